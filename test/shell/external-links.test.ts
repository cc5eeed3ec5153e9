import { describe, expect, it, vi } from 'vitest';
import { openExternalUrl, safeExternalUrl } from '../../main/window/external-links.ts';

describe('links handed to the system browser', () => {
  it.each([
    ['https://www.dealpos.com/help', 'https://www.dealpos.com/help'],
    ['http://example.com', 'http://example.com/'],
    ['HTTPS://Acme.DealPOS.net/a?b=1#c', 'https://acme.dealpos.net/a?b=1#c'],
  ])('%s is a web page and opens as %s', (value, expected) => {
    expect(safeExternalUrl(value)).toBe(expected);
  });

  it.each([
    ['a local file', 'file:///C:/Windows/System32/calc.exe'],
    ['script', 'javascript:alert(1)'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['a network share', 'smb://server/share'],
    ['a custom protocol handler', 'ms-msdt:/id PCWDiagnostic'],
    ['our own page', 'app://dealpos/index.html'],
    ['a user name in front of the host', 'https://dealpos.com@evil.example/'],
    ['a user name and password', 'https://user:pass@example.com/'],
    ['a relative path', '/index.html'],
    ['not text', 42],
    ['an address longer than any browser takes', `https://example.com/${'a'.repeat(3000)}`],
  ])('%s is refused', (_what, value) => {
    expect(safeExternalUrl(value)).toBeNull();
  });

  it('a web page goes to the browser; anything else never reaches it', () => {
    const open = vi.fn(async (_url: string) => {});
    expect(openExternalUrl('https://www.dealpos.com/', open)).toBe(true);
    expect(openExternalUrl('file:///etc/passwd', open)).toBe(false);
    expect(open.mock.calls).toEqual([['https://www.dealpos.com/']]);
  });

  it('a browser that fails to start does not break the app', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const open = vi.fn(async () => {
      throw new Error('no browser');
    });
    expect(openExternalUrl('https://www.dealpos.com/', open)).toBe(true);
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    warn.mockRestore();
  });
});
