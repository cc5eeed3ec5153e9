import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The main process's house rules (issue #13): main/ipc is the generic IPC machinery and knows no
// feature, and no two folders of main/ import each other, directly or round a longer loop, so a
// feature can be read (and moved) from the bottom up.

const repo = join(import.meta.dirname, '../..');
const mainDir = join(repo, 'main');

/** Folders main/ipc may use: itself, and the DealPOS client's error kinds and text bounding below it. */
const ipcMayImport = new Set(['ipc', 'dealpos']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

// Static imports and re-exports (type-only ones too: a type import ties folders as much as any),
// side-effect imports and dynamic imports; relative specifiers only.
const specifier = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.\.?\/[^'"\n]+)['"]/g;

/** The top folder of main/ a repo path sits in: "labels", "ipc", or "(root)" for main/*.ts. */
function folderOf(path: string): string | null {
  const inMain = posix.relative('main', path);
  if (inMain.startsWith('..')) return null;
  const [first, ...rest] = inMain.split('/');
  return rest.length === 0 ? '(root)' : (first ?? null);
}

interface Edge {
  from: string;
  to: string;
  file: string;
  target: string;
}

function importEdges(): Edge[] {
  return sourceFiles(mainDir).flatMap((full) => {
    const file = relative(repo, full).split('\\').join('/');
    const text = readFileSync(full, 'utf8');
    return [...text.matchAll(specifier)].flatMap((match) => {
      const target = posix.normalize(posix.join(dirname(file), match[1] ?? ''));
      const from = folderOf(file);
      const to = folderOf(target);
      return from && to && from !== to ? [{ from, to, file, target }] : [];
    });
  });
}

/** Every loop among folders, each as the folders in order with its first folder repeated at the end. */
function folderCycles(edges: Edge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of edges) next.set(from, (next.get(from) ?? new Set()).add(to));
  const cycles = new Map<string, string[]>();
  const walk = (start: string, at: string, path: string[]) => {
    for (const to of next.get(at) ?? []) {
      if (to === start) {
        // One entry per loop, whichever folder it was found from.
        const key = [...path].sort().join(' ');
        if (!cycles.has(key)) cycles.set(key, [...path, start]);
      } else if (!path.includes(to) && to > start) {
        walk(start, to, [...path, to]);
      }
    }
  };
  for (const start of next.keys()) walk(start, start, [start]);
  return [...cycles.values()];
}

describe('the main process layout', () => {
  const edges = importEdges();

  it('reads imports across folders at all (the check would pass on nothing otherwise)', () => {
    expect(edges.some((edge) => edge.from === '(root)' && edge.to === 'ipc')).toBe(true);
    expect(edges.some((edge) => edge.from === 'labels' && edge.to === 'ipc')).toBe(true);
  });

  it('keeps main/ipc generic: it imports no feature and not the composition root', () => {
    const outward = edges
      .filter((edge) => edge.from === 'ipc' && !ipcMayImport.has(edge.to))
      .map((edge) => `${edge.file} -> ${edge.target}`);
    expect(outward).toEqual([]);
  });

  it('has no loop between folders of main/', () => {
    const loops = folderCycles(edges).map((loop) => {
      const steps = loop.slice(1).map((to, i) => {
        const from = loop[i];
        const example = edges.find((edge) => edge.from === from && edge.to === to);
        return `${from} -> ${to} (${example?.file} imports ${example?.target})`;
      });
      return steps.join('; ');
    });
    expect(loops).toEqual([]);
  });

  it('finds a loop when there is one (the detector itself)', () => {
    const edge = (from: string, to: string): Edge => ({ from, to, file: '', target: '' });
    expect(folderCycles([edge('a', 'b'), edge('b', 'c'), edge('c', 'a'), edge('c', 'd')])).toEqual([
      ['a', 'b', 'c', 'a'],
    ]);
  });
});
