import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = new URL('../../', import.meta.url).pathname;

function sourceFiles(folder: string): string[] {
  return readdirSync(join(repo, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mts|cts)$/.test(entry.name))
    .map((entry) => relative(repo, join(entry.parentPath, entry.name)));
}

// A runtime import or require of electron (`import type` is erased and does not count).
const runtimeElectron =
  /(^|\n)\s*import\s+(?!type\s)[^;]*?from\s+['"]electron['"]|require\(\s*['"]electron['"]\s*\)|import\(\s*['"]electron['"]\s*\)/;

describe('the Electron boundary', () => {
  it('only the glue files load electron; everything else runs in plain Node', () => {
    const glue = [...sourceFiles('main'), ...sourceFiles('preload')]
      .filter((file) => runtimeElectron.test(readFileSync(join(repo, file), 'utf8')))
      .sort();
    const allowed = [
      'main/index.ts',
      'main/ipc/register.ts',
      'main/settings/electron-settings-backing.ts',
      'main/settings/safe-storage-vault.ts',
      'main/updates/electron-updater-port.ts',
      'main/window/create-window.ts',
      'preload/index.ts',
    ];
    expect(
      glue.every((file) => allowed.includes(file)),
      `electron is loaded by ${glue.join(', ')}`,
    ).toBe(true);
    expect(glue.length).toBeGreaterThan(0);
  });

  // A sandboxed preload can require `electron` and nothing else: any other require() kills it
  // and the page comes up without `window.dealpos`. Checks the build, when there is one.
  const preload = join(repo, 'out/preload/index.cjs');
  it.skipIf(!existsSync(preload))(
    'the built preload is one CommonJS file that requires only electron',
    () => {
      const bundle = readFileSync(preload, 'utf8');
      const required = [...bundle.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]);
      expect(new Set(required)).toEqual(new Set(['electron']));
      expect(bundle).not.toMatch(/^\s*(import|export)\s/m);
    },
  );
});
