import { describe, expect, it } from 'vitest';
import { resolveBaseUrl } from '../../main/dealpos/base-url.ts';
import { DealposError } from '../../main/dealpos/errors.ts';

describe('the store address an admin types', () => {
  it.each([
    ['acme', 'https://acme.dealpos.net/api/v3/'],
    ['  Toko-Maju ', 'https://toko-maju.dealpos.net/api/v3/'],
    ['https://acme.dealpos.com', 'https://acme.dealpos.com/api/v3/'],
    ['https://acme.dealpos.co.id/api/v3', 'https://acme.dealpos.co.id/api/v3/'],
    ['https://acme.dealpos.net/api/v3/', 'https://acme.dealpos.net/api/v3/'],
    ['https://ACME.DealPOS.co.id', 'https://acme.dealpos.co.id/api/v3/'],
  ])('%s becomes %s', (typed, expected) => {
    expect(resolveBaseUrl(typed).href).toBe(expected);
  });

  it('a simulator on this PC is used only when the app allows that very address', () => {
    const allowed = ['http://127.0.0.1:4010/api/v3/', 'http://localhost:4011'];
    expect(resolveBaseUrl('http://127.0.0.1:4010', allowed).href).toBe('http://127.0.0.1:4010/api/v3/');
    expect(resolveBaseUrl('http://localhost:4011/api/v3', allowed).href).toBe(
      'http://localhost:4011/api/v3/',
    );
    for (const refused of ['http://127.0.0.1:4012', 'http://localhost:4010', 'https://127.0.0.1:4010']) {
      expect(() => resolveBaseUrl(refused, allowed), refused).toThrow(DealposError);
    }
    // An allowed address on the LAN is still not a local store.
    expect(() => resolveBaseUrl('http://192.168.1.20:4010', ['http://192.168.1.20:4010'])).toThrow(
      /https:\/\//,
    );
  });

  it.each([
    'https://evil.example.com',
    'https://acme.dealpos.net.evil.com',
    'https://dealpos.net',
    'https://acme-dealpos.net',
    'https://acme.dealpos.net:8443',
    'https://192.168.1.20/api/v3',
    'https://127.0.0.1:4010',
    'https://[::1]/',
  ])('%s is not a DealPOS address and is refused', (typed) => {
    try {
      resolveBaseUrl(typed);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DealposError);
      expect((error as DealposError).kind).toBe('config');
      expect((error as DealposError).message).toMatch(/not a DealPOS address/);
    }
  });

  it.each([
    ['', 'Enter the store address'],
    ['http://acme.dealpos.net', 'https://'],
    ['http://127.0.0.1:4010', 'https://'],
    ['https://user:pw@acme.dealpos.net', 'user name or password'],
    ['https://acme.dealpos.net/?x=1', '"?" or "#"'],
    ['ftp://acme.dealpos.net', 'https://'],
    ['https://acme.dealpos.net/admin', '/api/v3'],
    ['acme store', 'not a store name'],
    ['-acme', 'not a store name'],
  ])('%j is refused with a message saying why', (typed, why) => {
    try {
      resolveBaseUrl(typed);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DealposError);
      expect((error as DealposError).kind).toBe('config');
      expect((error as DealposError).message).toContain(why);
    }
  });
});
