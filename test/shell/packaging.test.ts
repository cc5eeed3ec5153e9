import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { builtInFeedUrl } from '../../main/updates/built-in-feed.ts';
import { windowIconPath } from '../../main/window/window-icon.ts';
import { windowOptions } from '../../main/window/window-options.ts';

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
    expect(block('win')).toEqual(['target:', '  - nsis', 'icon: resources/icon.ico']);
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

const root = new URL('../../', import.meta.url);
const file = (path: string) => readFileSync(new URL(path, root));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe("the app's icon", () => {
  it('is what the installer, the Linux menus, Windows and macOS are given', () => {
    expect(topLevel('icon')).toBe('resources/icon.png');
    expect(mapping('mac')).toEqual({ icon: 'resources/icon.icns' });
    expect(block('linux')).toContain('icon: resources/icons');
    expect(block('win')).toContain('icon: resources/icon.ico');
    expect(block('nsis')).toEqual(
      expect.arrayContaining(['installerIcon: resources/icon.ico', 'uninstallerIcon: resources/icon.ico']),
    );
    expect(topLevel('directories') ?? '').toBe('');
    expect(block('directories')).toContain('buildResources: resources');
  });

  it.each([16, 32, 48, 64, 128, 256, 512])('is drawn at %i px', (size) => {
    expect(pngSize(file(`resources/icons/${size}x${size}.png`))).toEqual([size, size]);
  });

  it('has its SVG sources and a 512 px icon.png next to them', () => {
    expect(existsSync(new URL('resources/icon.svg', root))).toBe(true);
    expect(existsSync(new URL('resources/icon-small.svg', root))).toBe(true);
    expect(pngSize(file('resources/icon.png'))).toEqual([512, 512]);
  });

  it('gives Windows an ICO holding 16 to 256 px, each a PNG', () => {
    const ico = file('resources/icon.ico');
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, index) => {
      const at = 6 + 16 * index;
      const png = ico.subarray(
        ico.readUInt32LE(at + 12),
        ico.readUInt32LE(at + 12) + ico.readUInt32LE(at + 8),
      );
      return pngSize(png)[0];
    });
    expect(sizes).toEqual([16, 32, 48, 64, 128, 256]);
  });

  it('gives macOS an ICNS from 16 to 1024 px', () => {
    const icns = file('resources/icon.icns');
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      types.push(icns.subarray(at, at + 4).toString('ascii'));
    }
    expect(types).toEqual(['icp4', 'icp5', 'icp6', 'ic07', 'ic08', 'ic09', 'ic10']);
  });

  it('is the window icon on Windows and Linux, from next to app.asar once installed', () => {
    const extra = block('extraResources');
    expect(extra).toEqual(['- from: resources/icons/256x256.png', '  to: icon.png']);
    const installed = windowIconPath({
      platform: 'win32',
      isPackaged: true,
      resourcesPath: 'C:/Program Files/DealPOS Companion/resources',
      appRoot: 'unused',
    });
    expect(installed?.replaceAll('\\', '/')).toBe('C:/Program Files/DealPOS Companion/resources/icon.png');
    const developing = windowIconPath({
      platform: 'linux',
      isPackaged: false,
      resourcesPath: '',
      appRoot: '.',
    });
    expect(developing && existsSync(new URL(developing, root))).toBe(true);
    const options = windowOptions({ preloadPath: 'p', isDevelopment: false, iconPath: installed ?? '' });
    expect(options).toMatchObject({ icon: installed });
    expect(
      windowIconPath({ platform: 'darwin', isPackaged: true, resourcesPath: 'r', appRoot: 'a' }),
    ).toBeUndefined();
  });
});

describe('updates', () => {
  it('come from a generic feed, the same address the app falls back to when no admin set one', () => {
    expect(mapping('publish')).toEqual({ provider: 'generic', url: builtInFeedUrl });
  });
});
