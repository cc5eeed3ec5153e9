import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, test } from 'vitest';

// The renderer's house rules (issue #13): the app shell on top, features in the middle, shared
// pieces at the bottom, and nothing imports upwards. A folder of renderer/src not listed here
// fails the test too, so a new folder takes a place in the table on purpose.

const rendererSrc = resolve(import.meta.dirname, '..', '..', 'renderer', 'src');

const layers = {
  /** The app shell: page start, the stores built once, the screens' routing, the frame and its tabs. */
  shell: ['main.tsx', 'app', 'frame'],
  /** What a cashier or an admin uses: one folder per feature. */
  feature: [
    'labels',
    'scan',
    'customers',
    'back-office',
    'connect',
    'settings',
    'welcome',
    'manager',
    'outlet',
    'quota',
    'receive',
  ],
  /** Pieces every feature may use; they know no feature. */
  shared: [
    'bridge',
    'catalog',
    'csp',
    'errors',
    'export',
    'i18n',
    'money',
    'scanner',
    'session',
    'stores',
    'ui',
  ],
} as const;

const rank = { shell: 3, feature: 2, shared: 1 } as const;
type Layer = keyof typeof layers;

/**
 * Features import each other only here, each for a reason: the manager's one approval dialog
 * guards actions in several features, and the outlet choice is the same form in Connect and
 * Settings. Any other feature-to-feature import fails: put the piece in a shared folder.
 */
const allowedBetweenFeatures = new Set([
  'labels -> manager',
  'customers -> manager',
  'back-office -> manager',
  'settings -> manager',
  'connect -> outlet',
  'settings -> outlet',
  // Received goods are checked from a bill or delivery looked up on the Labels screen, and the
  // count's labels go back through that screen's job (issue #15).
  'labels -> receive',
]);

/** The top-level entry (folder or file) of renderer/src a path belongs to, or null outside it. */
function placeOf(path: string): string | null {
  const inside = relative(rendererSrc, path);
  if (inside.startsWith('..')) return null;
  return inside.split(sep)[0] ?? null;
}

function layerOf(place: string): Layer | null {
  for (const layer of Object.keys(layers) as Layer[]) {
    if ((layers[layer] as readonly string[]).includes(place)) return layer;
  }
  return null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

// `import … from '…'`, `export … from '…'`, `import '…'`, `import('…')` and
// `declare module '…'` (a feature adding its store to the app's list names the module it extends).
const specifierPattern = /(?:\bfrom\s*|\bimport\s*\(?\s*|\bdeclare\s+module\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

interface Edge {
  file: string;
  from: string;
  to: string;
}

/** Every relative import between two top-level places of renderer/src. */
function importEdges(): Edge[] {
  const edges: Edge[] = [];
  for (const file of sourceFiles(rendererSrc)) {
    const from = placeOf(file);
    if (from === null) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(specifierPattern)) {
      const to = placeOf(resolve(dirname(file), match[1] ?? ''));
      if (to !== null && to !== from) edges.push({ file: relative(rendererSrc, file), from, to });
    }
  }
  return edges;
}

const edges = importEdges();
const describeEdge = (edge: Edge) => `${edge.file}: ${edge.from} -> ${edge.to}`;

describe('the renderer is layered: shell on top, features in the middle, shared pieces at the bottom', () => {
  test('the import graph was read (the regex still finds imports)', () => {
    expect(edges.length).toBeGreaterThan(100);
    expect(edges.some((edge) => edge.from === 'app' && edge.to === 'stores')).toBe(true);
  });

  test('every folder of renderer/src has a place in the layer table', () => {
    const places = readdirSync(rendererSrc).filter((name) => !/\.(d\.ts|css|md)$/.test(name));
    expect(places.filter((place) => layerOf(place) === null)).toEqual([]);
  });

  test('nothing imports a layer above its own (a feature never reaches the shell, a shared piece never a feature)', () => {
    const upward = edges.filter((edge) => {
      const from = layerOf(edge.from);
      const to = layerOf(edge.to);
      return from !== null && to !== null && rank[to] > rank[from];
    });
    expect(upward.map(describeEdge)).toEqual([]);
  });

  test('features import each other only through the few pieces they share on purpose', () => {
    const across = edges.filter(
      (edge) =>
        layerOf(edge.from) === 'feature' &&
        layerOf(edge.to) === 'feature' &&
        !allowedBetweenFeatures.has(`${edge.from} -> ${edge.to}`),
    );
    expect(across.map(describeEdge)).toEqual([]);
  });
});
