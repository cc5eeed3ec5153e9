import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimFixtures } from '../../main/simulator/index.ts';
import { type SimHarness, startHarness } from './harness.ts';

let h: SimHarness;
let fixtures: SimFixtures;
beforeAll(async () => {
  // Pinned to the reference pages' behaviour; the live profile has its own suite (live-profile.test.ts).
  h = await startHarness({ profile: 'docs' });
  fixtures = await h.fixtures();
});
afterAll(() => h.close());

const JSON_TYPE = { 'Content-Type': 'application/json' };

describe('DealPOS request quirks', () => {
  it('answers a bodyless GET that claims a JSON body with the 500 real DealPOS gives', async () => {
    const code = fixtures.sampleVariantCodes[0] ?? '';
    const broken = await h.call('GET', 'Variant/Detail', { query: { Code: code }, headers: JSON_TYPE });
    expect(broken.status).toBe(500);
    expect(Object.keys(broken.body as object)).toEqual([
      'Message',
      'ExceptionMessage',
      'ExceptionType',
      'StackTrace',
    ]);
    expect(broken.body).toMatchObject({
      Message: 'An error has occurred.',
      ExceptionType: 'System.NullReferenceException',
      StackTrace: null,
    });
    const fine = await h.call('GET', 'Variant/Detail', { query: { Code: code } });
    expect(fine.status).toBe(200);
  });

  it('answers a bodyless DELETE with a JSON content type the same way, deleting nothing', async () => {
    const code = fixtures.sampleVariantCodes[3] ?? '';
    const broken = await h.call('DELETE', 'Variant', { query: { Code: code }, headers: JSON_TYPE });
    expect(broken.status).toBe(500);
    expect((await h.call('GET', 'Variant/Detail', { query: { Code: code } })).status).toBe(200);
  });

  it('reads a GET with a JSON body, the form the reference curl examples use', async () => {
    const customer = fixtures.customers[0];
    const url = new URL('Customer/Code', h.sim.baseUrl);
    const payload = JSON.stringify({ Code: customer?.Code });
    const token = await h.tokenFor('full');
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(url, {
        method: 'GET',
        headers: {
          Authorization: `Bearer ${token}`,
          ...JSON_TYPE,
          'Content-Length': Buffer.byteLength(payload),
        },
      });
      req.on('response', (res) => {
        let body = '';
        res.on('data', (chunk) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end(payload);
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).ID).toBe(customer?.ID);
  });

  it('matches parameter names without regard to case, in the query and in a body', async () => {
    const customer = fixtures.customers[1];
    const query = await h.call('GET', 'Customer/Code', { query: { code: customer?.Code ?? '' } });
    expect(query.status).toBe(200);
    const body = await h.call('POST', 'Customer/Code', { body: { CODE: customer?.Code } });
    expect(body.status).toBe(200);
  });

  it('answers a body that is not valid JSON with 400', async () => {
    const token = await h.tokenFor('full');
    const response = await fetch(new URL('Variant/Detail', h.sim.baseUrl), {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, ...JSON_TYPE },
      body: '{"Code": ',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toHaveProperty('Message');
  });
});
