import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const repo = join(import.meta.dirname, '..', '..', '..');
const pageRoot = join(repo, 'test', 'labels', 'page');
export const labelsPageOut = join(repo, 'out', 'labels-page');
const lock = join(repo, 'out', '.labels-page.lock');

async function mtime(path: string): Promise<number> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return 0;
  }
}

async function newest(dir: string): Promise<number> {
  let latest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? await newest(path) : await mtime(path));
  }
  return latest;
}

async function fresh(): Promise<boolean> {
  const built = await mtime(join(labelsPageOut, 'index.html'));
  if (built === 0) return false;
  const sources = Math.max(await newest(join(repo, 'renderer', 'src')), await newest(pageRoot));
  return built >= sources;
}

/**
 * Builds test/labels/page (the labels screen and print page, bundled by Vite with the app's
 * React plugin) into out/labels-page, unless a build newer than every source is there already.
 * The bench and the end-to-end test share the build; a lock keeps two runs from building at once.
 */
export async function ensureLabelsPage(): Promise<string> {
  if (await fresh()) return labelsPageOut;
  await mkdir(join(repo, 'out'), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch {
      if ((await mtime(lock)) < Date.now() - 120_000) await rm(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lock}`);
      await sleep(100);
    }
  }
  try {
    if (!(await fresh())) {
      const { build } = await import('vite');
      const react = (await import('@vitejs/plugin-react')).default;
      await build({
        configFile: false,
        root: pageRoot,
        logLevel: 'warn',
        plugins: [react()],
        build: { outDir: labelsPageOut, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4096 },
      });
    }
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
  return labelsPageOut;
}
