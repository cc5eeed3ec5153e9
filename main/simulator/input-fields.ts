import { z } from 'zod';

// DealPOS reads arrive as query strings (every value a string, repeated keys an array) or as
// JSON (typed values). These fields accept both forms and give DealPOS-worded 400 messages.

const single = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);
const blankToUndefined = (value: unknown): unknown => {
  const v = single(value);
  return v === null || (typeof v === 'string' && v.trim() === '') ? undefined : v;
};

/** An optional string; blank counts as absent. */
export function text(name: string) {
  return z.preprocess((v) => {
    const b = blankToUndefined(v);
    return typeof b === 'number' ? String(b) : b;
  }, z.string({ error: `${name} must be a string` }).optional());
}

export function requiredText(name: string) {
  return z.preprocess(
    (v) => {
      const b = blankToUndefined(v);
      return typeof b === 'number' ? String(b) : b;
    },
    z.string({
      error: (issue) => (issue.input === undefined ? `${name} is required` : `${name} must be a string`),
    }),
  );
}

/** An optional whole number; "10" from a query string counts as 10. */
export function integer(name: string) {
  return z.preprocess(
    (v) => {
      const b = blankToUndefined(v);
      return typeof b === 'string' ? Number(b) : b;
    },
    z
      .number({ error: `${name} must be a whole number` })
      .int({ error: `${name} must be a whole number` })
      .optional(),
  );
}

/** An optional boolean; "true"/"false" in any case from a query string count too. */
export function flag(name: string) {
  return z.preprocess((v) => {
    const b = blankToUndefined(v);
    if (typeof b !== 'string') return b;
    const lower = b.toLowerCase();
    return lower === 'true' ? true : lower === 'false' ? false : b;
  }, z.boolean({ error: `${name} must be true or false` }).optional());
}

/** An optional string that must be one of `values`, compared without regard to case. */
export function choice<const T extends readonly [string, ...string[]]>(name: string, values: T) {
  return z.preprocess((v) => {
    const b = blankToUndefined(v);
    if (typeof b !== 'string') return b;
    return values.find((value) => value.toLowerCase() === b.toLowerCase()) ?? b;
  }, z.enum(values, { error: `${name} must be one of ${values.join(', ')}` }).optional());
}

/** A list of strings: a JSON array, or a repeated query key (`?ListCode=a&ListCode=b`). */
export function textList(name: string) {
  const error = `${name} must be a list of strings`;
  return z.preprocess(
    (v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.union([z.string(), z.number().transform(String)], { error }), { error }),
  );
}
