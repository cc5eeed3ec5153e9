import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimFixtures } from '../../main/simulator/index.ts';
import { messageOf, type SimHarness, startHarness } from './harness.ts';

// Response examples of reference page 001, verbatim: the shapes the simulator must answer.
const EMAIL_EXAMPLE = {
  Name: 'Tafta tata',
  Email: 'Tafta@dealpos.com',
  FirstName: 'Tafta',
  LastName: 'tata',
  Gender: true,
  Code: 'HW008',
  Phone: '021-66698155',
  Mobile: '081588818888',
  Address: 'Jl. Lenteng Agung',
  ReferredBy: '449e35af-190d-4137-aa13-9cf2cf6af57a',
  Group: 'Gold',
  ExpiredGroup: '31 Jul 2019',
  SignUpOutlet: 'Outlet1',
  ImageURL:
    '//res.cloudinary.com/dealposdev/image/upload//Contact/ff63d5ad-b42b-4a84-a77f-eb40f0bd6dd8/0.jpg',
  LoyaltyPoint: 88,
  Status: 'Active',
};
const CODE_EXAMPLE = {
  ID: '5acffe34-346f-4888-afd8-0a551e556681',
  Name: 'Tafta tata',
  Email: 'Tafta@dealpos.com',
  Title: 'Mr.',
  FirstName: 'Tafta',
  LastName: 'tata',
  Gender: 'Male',
  Code: 'HW008',
  Phone: '021-66698155',
  MobilePhone: '081588818888',
  Fax: '6325894',
  Address: 'Jl. Lenteng Agung',
  City: 'Jakarta',
  Nationality: 'Indonesian',
  ReferredBy: '449e35af-190d-4137-aa13-9cf2cf6af57a',
  Identification: '3173656111',
  Birthday: '18 Mar 1994',
  JoinDate: '22 Jul 2019',
  Group: 'Gold',
  ExpiredGroup: '31 Jul 2019',
  SignUpOutlet: 'Outlet1',
  ImageURL:
    '//res.cloudinary.com/dealposdev/image/upload//Contact/ff63d5ad-b42b-4a84-a77f-eb40f0bd6dd8/0.jpg',
  LoyaltyPoint: 88,
  Status: 'Active',
};

const NULLABLE = new Set(['ReferredBy', 'Group', 'ExpiredGroup', 'ImageURL']);

/** Same keys in the same order, and each value of the example's type (or null where DealPOS may send it). */
function expectShapeOf(actual: unknown, example: Record<string, unknown>) {
  const record = actual as Record<string, unknown>;
  expect(Object.keys(record)).toEqual(Object.keys(example));
  for (const [key, value] of Object.entries(example)) {
    if (record[key] === null && NULLABLE.has(key)) continue;
    expect(typeof record[key], key).toBe(typeof value);
  }
}

let h: SimHarness;
let fixtures: SimFixtures;
beforeAll(async () => {
  // Pinned to the reference pages' behaviour; the live profile has its own suite (live-profile.test.ts).
  h = await startHarness({ profile: 'docs' });
  fixtures = await h.fixtures();
});
afterAll(() => h.close());

describe('looking a customer up', () => {
  it('by email answers the Email example shape: no ID, Mobile, Gender as a boolean', async () => {
    const customer = fixtures.customers[0];
    const answer = await h.call('GET', 'Customer/Email', {
      query: { Email: customer?.Email.toUpperCase() ?? '' },
    });
    expect(answer.status).toBe(200);
    expectShapeOf(answer.body, EMAIL_EXAMPLE);
    const body = answer.body as Record<string, unknown>;
    expect(body.Code).toBe(customer?.Code);
    expect(body.Mobile).toBe(customer?.MobilePhone);
    expect(body).not.toHaveProperty('ID');
  });

  it('by code answers the full example shape with ID, MobilePhone and Gender as a word', async () => {
    const customer = fixtures.customers[1];
    const answer = await h.call('GET', 'Customer/Code', { query: { Code: customer?.Code ?? '' } });
    expect(answer.status).toBe(200);
    expectShapeOf(answer.body, CODE_EXAMPLE);
    const body = answer.body as Record<string, unknown>;
    expect(body.ID).toBe(customer?.ID);
    expect(['Male', 'Female']).toContain(body.Gender);
    expect(body.JoinDate).toMatch(/^\d{2} [A-Z][a-z]{2} \d{4}$/);
  });

  it('by mobile phone matches the stored 08... form only', async () => {
    const customer = fixtures.customers[2];
    const phone = customer?.MobilePhone ?? '';
    expect(phone).toMatch(/^08\d{8,11}$/);
    const found = await h.call('POST', 'Customer/MobilePhone', { body: { MobilePhone: phone } });
    expect(found.status).toBe(200);
    expectShapeOf(found.body, CODE_EXAMPLE);
    const international = await h.call('GET', 'Customer/MobilePhone', {
      query: { MobilePhone: `+62${phone.slice(1)}` },
    });
    expect(international.status).toBe(400);
    expect(messageOf(international)).toBe(
      `Customer with MobilePhone +62${phone.slice(1)} does not exist in Database`,
    );
  });

  it('answers 400 with DealPOS text for an unknown code', async () => {
    const answer = await h.call('GET', 'Customer/Code', { query: { Code: 'HW999' } });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ Message: 'Customer with Code HW999 does not exist in Database' });
  });

  it('gives each customer a status, and some have no picture while others have a protocol-relative one', async () => {
    expect(fixtures.customers.length).toBeGreaterThanOrEqual(20);
    expect(fixtures.customers.filter((c) => c.Status === 'Inactive')).toHaveLength(1);
    expect(fixtures.customers.filter((c) => c.Status === 'Suspended')).toHaveLength(1);
    const images = await Promise.all(
      fixtures.customers.slice(0, 10).map(async (c) => {
        const answer = await h.call('GET', 'Customer/Code', { query: { Code: c.Code } });
        return (answer.body as { ImageURL: string | null }).ImageURL;
      }),
    );
    expect(images).toContain(null);
    expect(images.some((url) => url?.startsWith('//'))).toBe(true);
  });
});

describe('reading a customer PIN', () => {
  it('answers the six-digit PIN of that customer', async () => {
    const customer = fixtures.customers[3];
    const answer = await h.call('GET', 'Customer/PIN', { query: { ID: customer?.ID ?? '' } });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ PIN: customer?.PIN });
    expect(customer?.PIN).toMatch(/^\d{6}$/);
  });

  it('answers 400 for an unknown customer ID', async () => {
    const answer = await h.call('GET', 'Customer/PIN', {
      query: { ID: '00000000-0000-4000-8000-000000000000' },
    });
    expect(answer.status).toBe(400);
  });
});
