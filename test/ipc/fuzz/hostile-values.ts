import fc from 'fast-check';

// Values a hostile or broken page could send over IPC. Electron structured-clones every payload,
// so only clonable values are generated: no functions, no symbols, no class instances beyond the
// ones the clone algorithm knows (Date, Map, Set, typed arrays, boxed primitives, BigInt).

/** Keys that mean something to every JavaScript object. */
export const prototypeKeys = ['__proto__', 'constructor', 'prototype'] as const;

/** Numbers a schema written for JSON may forget: NaN, the infinities, -0, beyond safe integers. */
export const oddNumbers: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    0,
    0.5,
    -1,
    1e308,
    -1e308,
    Number.MIN_VALUE,
    Number.EPSILON,
    2 ** 53,
    2 ** 53 + 2,
    1e21,
    2 ** 32,
    -(2 ** 63),
  ),
  fc.double(),
  fc.integer(),
);

/** Text that is empty, blank, control characters, lone surrogates, markup, or just too long. */
export const oddStrings: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\t\r\n',
    '\u0000',
    '\u202e',
    '\ud800',
    'null',
    'NaN',
    '<script>alert(1)</script>',
    '../../.config/DealPOS Companion/settings.json',
    '__proto__',
    'a'.repeat(301),
    '9'.repeat(65),
  ),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
);

/** Names for keys a schema does not know, prototype keys among them. */
export const extraKeys: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...prototypeKeys, 'toString', 'hasOwnProperty', 'then', 'isAdmin', ''),
  fc.string({ unit: 'binary', maxLength: 24 }),
);

/** An object whose prototype keys are its own, as JSON.parse makes them (an object literal would set the prototype). */
export const prototypeKeyed: fc.Arbitrary<unknown> = fc
  .record({ key: fc.constantFrom(...prototypeKeys), value: fc.jsonValue({ maxDepth: 2 }) })
  .map(({ key, value }) => JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value)}}`));

/** A chain of `depth` objects or arrays, built in a loop (a recursive builder would hit the stack first). */
export function nested(depth: number, as: 'object' | 'array', key = 'a', leaf: unknown = 1): unknown {
  let value = leaf;
  for (let level = 0; level < depth; level++) value = as === 'array' ? [value] : { [key]: value };
  return value;
}

/** Anything structured clone carries, a few levels deep. */
export const anyClonable: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 4,
  maxKeys: 6,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
  withObjectString: true,
  stringUnit: 'binary',
});

/** Any one wrong value: the pool a mutation draws from, and what a whole payload may be replaced by. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: anyClonable, weight: 4 },
  { arbitrary: oddNumbers, weight: 3 },
  { arbitrary: oddStrings, weight: 3 },
  { arbitrary: prototypeKeyed, weight: 1 },
  { arbitrary: fc.constantFrom(null, undefined, true, false, [], {}), weight: 2 },
  { arbitrary: fc.sparseArray(anyClonable, { maxLength: 500, maxNumElements: 4 }), weight: 1 },
  {
    arbitrary: fc
      .record({
        depth: fc.integer({ min: 2, max: 60 }),
        as: fc.constantFrom('object' as const, 'array' as const),
      })
      .map(({ depth, as }) => nested(depth, as)),
    weight: 1,
  },
);
