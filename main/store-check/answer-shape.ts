import type { AnswerShape, EnvelopeKind, RecordsCountKind } from './store-check-channels.ts';

/** Enough to recognise a shape; an answer with more fields than this is described in part. */
const maxFields = 120;
const maxDepth = 7;

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Field paths to their JSON types; `dropped` when the answer had more fields than are kept. */
type Fields = Map<string, Set<string>> & { dropped?: boolean };

/** Adds `type` to the set of JSON types seen at `path` ("Variants[].Inventory"). */
function note(fields: Fields, path: string, type: string): void {
  let types = fields.get(path);
  if (!types) {
    if (fields.size >= maxFields) {
      fields.dropped = true;
      return;
    }
    types = new Set();
    fields.set(path, types);
  }
  types.add(type);
}

/** Walks a value and writes down each field's path and JSON type, never its value. */
function walk(fields: Fields, value: unknown, path: string, depth: number): void {
  const type = jsonType(value);
  if (path !== '') note(fields, path, type);
  if (depth >= maxDepth) return;
  if (Array.isArray(value)) {
    for (const item of value) walk(fields, item, `${path}[]`, depth + 1);
  } else if (type === 'object') {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      walk(fields, child, path === '' ? key : `${path}.${key}`, depth + 1);
    }
  }
}

function envelopeOf(body: unknown): EnvelopeKind {
  if (Array.isArray(body)) return 'bare-array';
  if (body !== null && typeof body === 'object') {
    if ('DataArray' in body) return 'DataArray';
    if ('Data' in body) return 'Data';
    return 'object';
  }
  if (body === undefined) return 'none';
  return 'scalar';
}

function recordsCountOf(body: unknown): RecordsCountKind {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return 'absent';
  const count =
    (body as Record<string, unknown>).RecordsCount ?? (body as Record<string, unknown>).TotalCount;
  if (count === undefined) return 'absent';
  if (typeof count !== 'number') return 'not-a-number';
  if (count === -1) return 'minus-one';
  return count >= 0 ? 'count' : 'negative';
}

/**
 * The shape of a DealPOS answer: its envelope, what its count says, and every field's name with
 * the JSON types seen for it across all rows ("string|null"). Values are never kept, so a
 * shape can be saved and sent without a customer's name, a price or a token in it. Rows of a
 * list are written `[]`: `DataArray[].Variants[].Inventory`.
 */
export function describeAnswer(body: unknown): AnswerShape {
  const fields: Fields = new Map<string, Set<string>>();
  walk(fields, body, '', 0);
  return {
    envelope: envelopeOf(body),
    recordsCount: recordsCountOf(body),
    fields: Object.fromEntries([...fields].map(([path, types]) => [path, [...types].sort().join('|')])),
    partial: fields.dropped === true,
  };
}
