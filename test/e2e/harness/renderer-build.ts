import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const repoRoot = join(import.meta.dirname, '..', '..', '..');
export const rendererOutDir = join(repoRoot, 'out', 'renderer');
const rendererSourceDir = join(repoRoot, 'renderer');
// Several e2e files start at once (vitest runs files in parallel): one builds, the others wait.
const lockDir = join(repoRoot, 'out', '.renderer-build.lock');

async function mtimeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return null;
  }
}

async function newestSource(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? await newestSource(path) : ((await mtimeOf(path)) ?? 0);
    newest = Math.max(newest, time);
  }
  return newest;
}

async function isFresh(): Promise<boolean> {
  const built = await mtimeOf(join(rendererOutDir, 'index.html'));
  return built !== null && built >= (await newestSource(rendererSourceDir));
}

/** The renderer exactly as the app bundles it: electron-vite's own resolved renderer config. */
async function buildRenderer(): Promise<void> {
  const { resolveConfig } = await import('electron-vite');
  const { build } = await import('vite');
  const resolved = await resolveConfig(
    { root: repoRoot, configFile: join(repoRoot, 'electron.vite.config.ts'), logLevel: 'warn' },
    'build',
    'production',
  );
  const renderer = resolved.config?.renderer;
  if (!renderer) throw new Error('electron.vite.config.ts has no renderer section');
  await build({ ...renderer, logLevel: 'warn' });
}

async function acquireLock(): Promise<() => Promise<void>> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      await mkdir(lockDir, { recursive: false });
      return () => rm(lockDir, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        await mkdir(join(repoRoot, 'out'), { recursive: true });
        continue;
      }
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const since = await mtimeOf(lockDir);
      // A lock left by a run that was killed mid-build.
      if (since !== null && Date.now() - since > 120_000) await rm(lockDir, { recursive: true, force: true });
      if (Date.now() > deadline)
        throw new Error(`Timed out waiting for ${lockDir}; delete it if no build runs.`);
      await sleep(100);
    }
  }
}

/**
 * Makes sure out/renderer holds a build of the current renderer sources: builds it when it is
 * missing or older than any file under renderer/. Fails with what to run by hand otherwise.
 * Returns the folder to serve.
 */
export async function ensureRendererBuilt(): Promise<string> {
  if (await isFresh()) return rendererOutDir;
  const release = await acquireLock();
  try {
    if (!(await isFresh())) await buildRenderer();
  } catch (error) {
    throw new Error(
      `Could not build the renderer into out/renderer (${String(error)}). Run "npx electron-vite build" and read its errors.`,
    );
  } finally {
    await release();
  }
  if (!(await isFresh())) throw new Error('out/renderer is still missing or stale after building it.');
  return rendererOutDir;
}
