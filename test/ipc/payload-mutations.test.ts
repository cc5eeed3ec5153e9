import { describe, expect, it } from 'vitest';
import { changeAt, remove } from './fuzz/payload-mutations.ts';

// The fuzz suite's own tool: a mutation must never throw on the hostile shapes it builds, or the
// suite fails on its own harness instead of on the app (a seed once gave an array its own
// `constructor` key, and removing one of its elements threw inside Array.prototype.splice).

describe('taking a field out of a payload for the fuzz suite', () => {
  it('removes an element of an array that carries its own constructor key, keeping that key', () => {
    const list: unknown[] = ['a', 'b', 'c'];
    Object.defineProperty(list, 'constructor', { value: 'hostile', enumerable: true });
    const changed = changeAt({ lines: list }, ['lines', 1], () => remove) as { lines: unknown[] };
    expect([...changed.lines]).toEqual(['a', 'c']);
    expect(Object.hasOwn(changed.lines, 'constructor')).toBe(true);
    expect(list).toHaveLength(3);
  });

  it('keeps the holes of a sparse array where they were', () => {
    const sparse: unknown[] = ['a'];
    sparse[3] = 'd';
    const changed = changeAt(sparse, [0], () => remove) as unknown[];
    expect(changed).toHaveLength(3);
    expect(Object.keys(changed)).toEqual(['2']);
    expect(changed[2]).toBe('d');
  });

  it('deletes a key of an array that is not an index, without touching the elements', () => {
    const list: unknown[] = ['a', 'b'];
    Object.defineProperty(list, 'constructor', { value: 'hostile', enumerable: true });
    const changed = changeAt(list, ['constructor'], () => remove) as unknown[];
    expect([...changed]).toEqual(['a', 'b']);
    expect(Object.hasOwn(changed, 'constructor')).toBe(false);
  });
});
