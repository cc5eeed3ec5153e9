import fc from 'fast-check';
import { nested } from './hostile-values.ts';

// The expensive payloads: 1 MB strings and keys, nesting thousands of levels deep, very wide
// objects and very long (or sparse) arrays. Each is built once per suite and shared, so the
// fuzz spends its time in the dispatcher, not in making strings.

const megabyte = 1 << 20;

export interface HugeValues {
  values: fc.Arbitrary<unknown>;
  /** Key names of a megabyte, for keys a schema does not know (a message that names them grows with them). */
  keys: fc.Arbitrary<string>;
}

/** One set of huge values; call once per suite (a few MB of memory, freed with the suite). */
export function hugeValues(): HugeValues {
  const strings = [
    'a'.repeat(megabyte),
    // Blank after `trim()`: a schema that trims must still refuse it for its length.
    ' '.repeat(megabyte),
    // Digits: what a PIN or a number-like field matches, but a million of them.
    '9'.repeat(megabyte),
    '\u0000'.repeat(megabyte),
    // Two UTF-16 units each: a length check that counts units must still refuse it.
    '\u{1F600}'.repeat(megabyte / 2),
    `${'a'.repeat(megabyte)}@example.co.id`,
  ];
  const hugeKey = (key: string): Record<string, unknown> => ({ [key]: 1 });
  const wide = Object.fromEntries(Array.from({ length: 10_000 }, (_, index) => [`k${index}`, index]));
  const long = Array.from({ length: 10_000 }, (_, index) => ({ code: `C${index}`, copies: 1 }));
  const sparse: unknown[] = [];
  sparse.length = 1_000_000;
  sparse[999_999] = 'last';

  const values = fc.oneof(
    { arbitrary: fc.constantFrom(...strings), weight: 4 },
    { arbitrary: fc.constantFrom(...strings).map(hugeKey), weight: 2 },
    {
      arbitrary: fc
        .record({
          depth: fc.integer({ min: 1_000, max: 10_000 }),
          as: fc.constantFrom('object' as const, 'array' as const),
          key: fc.constantFrom('a', 'code', 'job', 'labels', 'value'),
        })
        .map(({ depth, as, key }) => nested(depth, as, key)),
      weight: 3,
    },
    { arbitrary: fc.constantFrom<unknown>(wide, long, sparse), weight: 1 },
  );
  return { values, keys: fc.constantFrom(...strings) };
}
