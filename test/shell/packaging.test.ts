import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// No YAML parser is a direct dependency, so the test reads the few lines it checks by their
// layout: top-level `key: value` lines, and the two-space-indented block under a key.

const yml = readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8');
const lines = yml.split(/\r?\n/).filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));

function topLevel(key: string): string | undefined {
  const line = lines.find((candidate) => candidate.startsWith(`${key}:`));
  return line?.slice(key.length + 1).trim();
}

function block(key: string): string[] {
  const start = lines.indexOf(`${key}:`);
  if (start < 0) return [];
  const body: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('  ')) break;
    body.push(line.slice(2));
  }
  return body;
}

function mapping(key: string): Record<string, string> {
  return Object.fromEntries(
    block(key).map((line) => {
      const match = /^([A-Za-z0-9]+):\s*(\S+)\s*$/.exec(line);
      if (!match) throw new Error(`Not a "key: value" line under ${key}: ${line}`);
      return [match[1], match[2]];
    }),
  );
}

const expectedFuses = {
  runAsNode: 'false',
  enableCookieEncryption: 'true',
  enableNodeOptionsEnvironmentVariable: 'false',
  enableNodeCliInspectArguments: 'false',
  enableEmbeddedAsarIntegrityValidation: 'true',
  onlyLoadAppFromAsar: 'true',
  loadBrowserProcessSpecificV8Snapshot: 'false',
  grantFileProtocolExtraPrivileges: 'false',
};

describe('the packaged app', () => {
  it('is DealPOS Companion, with its code in an asar archive built from out/', () => {
    expect(topLevel('appId')).toBe('com.dealpos.companion');
    expect(topLevel('productName')).toBe('DealPOS Companion');
    expect(topLevel('asar')).toBe('true');
    expect(block('files')).toContain('- out/**');
  });

  it('ships for Windows as an installer and for Linux as AppImage and deb', () => {
    expect(block('win')).toEqual(['target:', '  - nsis']);
    expect(block('linux')).toEqual(expect.arrayContaining(['target:', '  - AppImage', '  - deb']));
  });

  it('flips every security fuse, and only those', () => {
    expect(mapping('electronFuses')).toEqual(expectedFuses);
  });

  it.each(Object.keys(expectedFuses))('%s is a fuse electron-builder knows by that name', (fuse) => {
    // electron-builder's own config schema, found the way electron-builder finds it.
    const require = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'));
    expect(Object.keys(schema.definitions.FuseOptionsV1.properties)).toContain(fuse);
  });
});

describe('what SECURITY.md promises about the packaged binary', () => {
  const security = readFileSync(new URL('../../SECURITY.md', import.meta.url), 'utf8');
  const binary = security.slice(security.indexOf('## The binary'), security.indexOf('## Electronegativity'));

  it('does not promise an integrity-checked app.asar on Linux, and says what protects that build instead', () => {
    // Electron checks asar integrity on macOS and Windows only; electron-builder embeds no hash for Linux.
    expect(binary).not.toMatch(/loaded only from an integrity-checked `app\.asar`/);
    const linux = binary.split('\n').find((line) => line.startsWith('| Linux'));
    expect(linux).toMatch(/\*\*Not checked\.\*\*/);
    expect(linux).toMatch(/owned by root/);
    expect(binary).toMatch(/does not protect/);
  });
});
