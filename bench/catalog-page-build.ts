import { join } from 'node:path';

const repoRoot = join(import.meta.dirname, '..');
export const benchPageOutDir = join(repoRoot, 'out', 'bench-page');

/**
 * Builds bench/page (the app's CatalogDb and CatalogLookup on `window`) into out/bench-page,
 * to be served under /bench/ of the app's origin. Takes a second or two; done on every run so
 * the page always holds the current catalog sources. Returns the folder to serve.
 */
export async function buildBenchPage(): Promise<string> {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: join(import.meta.dirname, 'page'),
    base: '/bench/',
    logLevel: 'warn',
    build: { outDir: benchPageOutDir, emptyOutDir: true, minify: true },
  });
  return benchPageOutDir;
}
