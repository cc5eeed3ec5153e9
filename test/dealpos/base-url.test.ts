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
    ['http://127.0.0.1:4010/api/v3/', 'http://127.0.0.1:4010/api/v3/'],
    ['http://localhost:4010', 'http://localhost:4010/api/v3/'],
  ])('%s becomes %s', (typed, expected) => {
    expect(resolveBaseUrl(typed).href).toBe(expected);
  });

  it.each([
    ['', 'Enter the store address'],
    ['http://acme.dealpos.net', 'https://'],
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
