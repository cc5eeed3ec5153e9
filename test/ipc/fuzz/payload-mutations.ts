import fc from 'fast-check';
import { extraKeys, prototypeKeys } from './hostile-values.ts';

// Breaks a valid payload in one place: a field replaced by a wrong value, a field removed, a key
// the schema does not know (prototype keys among them), or an object sent as an array. Values
// are copied along the path, never changed in place, so shared examples stay valid.

type Path = readonly (string | number)[];
type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container =>
  Array.isArray(value) ||
  (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  isContainer(value) && !Array.isArray(value);

/** Every place in a JSON-like value, the root included. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (!isContainer(value)) return [prefix];
  const children = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return [
    prefix,
    ...children.flatMap((key) => pathsOf((value as Record<string | number, unknown>)[key], [...prefix, key])),
  ];
}

/** Sets a key as an own property, even `__proto__` (a plain assignment would change the prototype instead). */
function defineOwn(target: Container, key: string | number, value: unknown): void {
  // An array's length is not a key a payload can carry.
  if (Array.isArray(target) && key === 'length') return;
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A copy with the same own keys: holes of a sparse array stay holes, and an array's own `constructor` key is kept (slice would call it). */
function shallowCopy(value: Container): Container {
  if (!Array.isArray(value)) return { ...value };
  const copy: unknown[] = new Array(value.length);
  for (const key of Object.keys(value))
    defineOwn(copy, key, (value as unknown as Record<string, unknown>)[key]);
  return copy;
}

/** What `change` returns to take a field out. */
export const remove = Symbol('remove');

/** `root` with the node at `path` replaced by `change(node)`; `remove` takes the node out. Unchanged when the path is gone. */
export function changeAt(
  root: unknown,
  path: Path,
  change: (node: unknown) => unknown | typeof remove,
): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return change(root);
  if (!isContainer(root) || !Object.hasOwn(root, head)) return root;
  const copy = shallowCopy(root);
  const next = changeAt((root as Record<string | number, unknown>)[head], rest, change);
  if (next === remove) removeOwn(copy, head);
  else defineOwn(copy, head, next);
  return copy;
}

/**
 * Takes `key` out of a copy: an array's element moves the rest down as splice would, without
 * splice, which builds its result through the array's own `constructor` key (a mutation may have
 * set it, and splice then throws); any other key is deleted.
 */
function removeOwn(copy: Container, key: string | number): void {
  if (!Array.isArray(copy) || !/^\d+$/.test(String(key))) {
    delete (copy as Record<string | number, unknown>)[key];
    return;
  }
  for (let i = Number(key); i < copy.length - 1; i++) {
    if (Object.hasOwn(copy, i + 1)) defineOwn(copy, String(i), copy[i + 1]);
    else delete copy[i];
  }
  copy.length -= 1;
}

export type Mutation =
  | { kind: 'replace'; path: Path; value: unknown }
  | { kind: 'remove'; path: Path }
  | { kind: 'extra-key'; path: Path; key: string; value: unknown }
  | { kind: 'prototype-key'; path: Path; key: (typeof prototypeKeys)[number]; json: fc.JsonValue }
  | { kind: 'as-array'; path: Path; shape: 'wrapped' | 'values' | 'entries' | 'sparse' };

/** `node` with `key: json` first among its keys, as an own key: JSON.parse makes it so, as a page's JSON.parse would. */
function withPrototypeKey(node: Record<string, unknown>, key: string, json: fc.JsonValue): unknown {
  const keyed = JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(json)}}`) as Record<string, unknown>;
  for (const [name, value] of Object.entries(node)) defineOwn(keyed, name, value);
  return keyed;
}

function asArray(node: unknown, shape: Extract<Mutation, { kind: 'as-array' }>['shape']): unknown {
  if (!isPlainObject(node)) return [node];
  if (shape === 'values') return Object.values(node);
  if (shape === 'entries') return Object.entries(node);
  if (shape === 'wrapped') return [node];
  const sparse: unknown[] = [];
  sparse[7] = node;
  return sparse;
}

export function applyMutation(payload: unknown, mutation: Mutation): unknown {
  switch (mutation.kind) {
    case 'replace':
      return changeAt(payload, mutation.path, () => mutation.value);
    case 'remove':
      return mutation.path.length === 0 ? undefined : changeAt(payload, mutation.path, () => remove);
    case 'extra-key':
      return changeAt(payload, mutation.path, (node) => {
        if (!isContainer(node)) return node;
        const copy = shallowCopy(node);
        defineOwn(copy, mutation.key, mutation.value);
        return copy;
      });
    case 'prototype-key':
      return changeAt(payload, mutation.path, (node) =>
        isPlainObject(node) ? withPrototypeKey(node, mutation.key, mutation.json) : node,
      );
    case 'as-array':
      return changeAt(payload, mutation.path, (node) => asArray(node, mutation.shape));
  }
}

/** One to three mutations of `valid`, each at a place it has, with wrong values drawn from `values`. */
export function mutationsOf(
  valid: unknown,
  values: fc.Arbitrary<unknown>,
  keys: fc.Arbitrary<string> = extraKeys,
): fc.Arbitrary<unknown> {
  const path = fc.constantFrom(...pathsOf(valid));
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('replace' as const), path, value: values }), weight: 5 },
    { arbitrary: fc.record({ kind: fc.constant('remove' as const), path }), weight: 1 },
    {
      arbitrary: fc.record({ kind: fc.constant('extra-key' as const), path, key: keys, value: values }),
      weight: 2,
    },
    {
      arbitrary: fc.record({
        kind: fc.constant('prototype-key' as const),
        path,
        key: fc.constantFrom(...prototypeKeys),
        json: fc.jsonValue({ maxDepth: 2 }),
      }),
      weight: 2,
    },
    {
      arbitrary: fc.record({
        kind: fc.constant('as-array' as const),
        path,
        shape: fc.constantFrom('wrapped' as const, 'values' as const, 'entries' as const, 'sparse' as const),
      }),
      weight: 1,
    },
  );
  return fc
    .array(mutation, { minLength: 1, maxLength: 3 })
    .map((mutations) => mutations.reduce<unknown>(applyMutation, valid));
}
