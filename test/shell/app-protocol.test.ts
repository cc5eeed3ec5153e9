import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../main/window/app-protocol-handler.ts';
import { contentSecurityPolicy } from '../../main/window/content-security-policy.ts';
import { resolveAppPath } from '../../main/window/protocol-path.ts';

// The handler is plain web Request/Response, so it runs here on real files in a temporary
// folder laid out like out/renderer, exactly as protocol.handle('app', ...) runs it in the app.

const root = join(tmpdir(), 'dealpos-renderer-root');

describe('which file an app:// address serves', () => {
  it.each([
    ['app://dealpos/', 'index.html'],
    ['app://dealpos/index.html', 'index.html'],
    ['app://dealpos/assets/index-6CwNYnKt.js', 'assets/index-6CwNYnKt.js'],
    ['app://dealpos/assets/index.css?v=3#top', 'assets/index.css'],
    ['app://dealpos/assets/', 'assets/index.html'],
    ['app://dealpos/assets/./logo%20kecil.png', 'assets/logo kecil.png'],
    ['app://DEALPOS/index.html', 'index.html'],
    // The URL parser folds these before we see them, and they stay inside.
    ['app://dealpos/assets/../index.html', 'index.html'],
    ['app://dealpos/../../index.html', 'index.html'],
    // An encoded parent folder is a parent folder to the URL parser as well; an encoded leading
    // slash is only an empty segment. Both stay inside.
    ['app://dealpos/%2e%2e/%2e%2e/etc/passwd', 'etc/passwd'],
    ['app://dealpos/%2fetc%2fpasswd', 'etc/passwd'],
  ])('%s is %s under the renderer folder', (url, file) => {
    expect(resolveAppPath(root, url)).toBe(join(root, file));
  });

  it.each([
    ['an encoded slash with dots', 'app://dealpos/..%2f..%2fetc%2fpasswd'],
    ['an encoded backslash with dots', 'app://dealpos/..%5c..%5cWindows%5cwin.ini'],
    ['a mixed-case encoding', 'app://dealpos/assets/%2E%2E%2F%2E%2E%2F.ssh/id_rsa'],
    ['a Windows drive', 'app://dealpos/C:/Windows/win.ini'],
    ['an encoded Windows drive', 'app://dealpos/C%3a%5cWindows%5cwin.ini'],
    ['a NUL byte', 'app://dealpos/index.html%00.png'],
    ['a broken escape', 'app://dealpos/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['a port', 'app://dealpos:8080/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['not a URL at all', '/etc/passwd'],
  ])('%s is refused', (_what, url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });
});

describe('what the app:// protocol answers', () => {
  let dir: string;
  let handle: (request: Request) => Promise<Response>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dealpos-protocol-'));
    const renderer = join(dir, 'renderer');
    await mkdir(join(renderer, 'assets'), { recursive: true });
    await writeFile(join(renderer, 'index.html'), '<!doctype html><title>DealPOS Companion</title>');
    await writeFile(join(renderer, 'assets', 'index.js'), 'console.log(1)');
    await writeFile(join(renderer, 'assets', 'index.css'), 'body{}');
    await writeFile(join(renderer, 'assets', 'logo.svg'), '<svg/>');
    await writeFile(join(renderer, 'assets', 'font.woff2'), 'wOF2');
    await writeFile(join(renderer, 'assets', 'data.bin'), 'x');
    // A file next to the renderer folder, which no address may reach.
    await writeFile(join(dir, 'settings.json'), '{"secret":"do-not-serve"}');
    handle = createAppProtocolHandler({ root: renderer, readFile: (path) => readFile(path) });
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('the page comes with the strict Content Security Policy header', async () => {
    const response = await handle(new Request('app://dealpos/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await response.text()).toContain('DealPOS Companion');
  });

  it.each([
    ['app://dealpos/', 'text/html; charset=utf-8'],
    ['app://dealpos/assets/index.js', 'text/javascript; charset=utf-8'],
    ['app://dealpos/assets/index.css', 'text/css; charset=utf-8'],
    ['app://dealpos/assets/logo.svg', 'image/svg+xml'],
    ['app://dealpos/assets/font.woff2', 'font/woff2'],
    ['app://dealpos/assets/data.bin', 'application/octet-stream'],
  ])('%s is served as %s, never sniffed', async (url, type) => {
    const response = await handle(new Request(url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });

  it.each([
    'app://dealpos/%2e%2e/settings.json',
    'app://dealpos/..%2fsettings.json',
    'app://dealpos/assets/%2e%2e%2f%2e%2e%2fsettings.json',
    'app://dealpos/..%5csettings.json',
  ])('%s does not reach a file outside the renderer folder', async (url) => {
    const response = await handle(new Request(url));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('do-not-serve');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });

  it('a missing file and a folder are a 404 with the CSP header too', async () => {
    for (const url of ['app://dealpos/nothing.js', 'app://dealpos/assets']) {
      const response = await handle(new Request(url));
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    }
  });

  it('only GET and HEAD are answered', async () => {
    const post = await handle(new Request('app://dealpos/index.html', { method: 'POST', body: 'x' }));
    expect(post.status).toBe(405);
    expect(post.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    const head = await handle(new Request('app://dealpos/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
