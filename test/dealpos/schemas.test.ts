import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DealposError } from '../../main/dealpos/errors.ts';
import { barcodeLineSchema } from '../../main/dealpos/schemas/barcode.ts';
import { customerSchema, pinSchema } from '../../main/dealpos/schemas/customer.ts';
import { countSchema, messageSchema, pageOf } from '../../main/dealpos/schemas/envelope.ts';
import { parseResponse } from '../../main/dealpos/schemas/parse.ts';
import {
  addedVariantsSchema,
  variantIdSchema,
  variantRecordSchema,
} from '../../main/dealpos/schemas/variant.ts';

// The response examples of the DealPOS reference pages (shared/dealpos-api), parsed as the app parses them.

const customerByCode = {
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

describe('DealPOS answers parsed into the app types', () => {
  it('reads the Customer/Code example, making the protocol-relative photo URL https', () => {
    expect(parseResponse('Customer/Code', customerSchema, customerByCode)).toEqual({
      id: '5acffe34-346f-4888-afd8-0a551e556681',
      code: 'HW008',
      name: 'Tafta tata',
      email: 'Tafta@dealpos.com',
      mobilePhone: '081588818888',
      group: 'Gold',
      groupExpires: '31 Jul 2019',
      loyaltyPoints: 88,
      status: 'Active',
      joinDate: '22 Jul 2019',
      signUpOutlet: 'Outlet1',
      imageUrl:
        'https://res.cloudinary.com/dealposdev/image/upload//Contact/ff63d5ad-b42b-4a84-a77f-eb40f0bd6dd8/0.jpg',
    });
  });

  it('reads the Customer/Email example, which has Mobile instead of MobilePhone and no ID', () => {
    const { ID: _id, MobilePhone: _m, Gender: _g, ...rest } = customerByCode;
    const customer = parseResponse('Customer/Email', customerSchema, {
      ...rest,
      Mobile: '081588818888',
      Gender: true,
    });
    expect(customer.id).toBeUndefined();
    expect(customer.mobilePhone).toBe('081588818888');
  });

  it('names the endpoint and the field when a field the app uses has the wrong type', () => {
    const attempt = () =>
      parseResponse('Customer/Code', customerSchema, { ...customerByCode, LoyaltyPoint: '88' });
    expect(attempt).toThrow(DealposError);
    expect(attempt).toThrow(/Customer\/Code.*LoyaltyPoint/);
  });

  it('reads the Barcode/ByBillNumber example lines', () => {
    const lines = parseResponse('Barcode/ByBillNumber', z.array(barcodeLineSchema), [
      {
        VariantID: '6f96d108-1af5-45de-a593-74719a0ee8e2',
        Name: 'Cardigan (L)',
        Code: '1315L',
        Quantity: 10,
        UnitPrice: 280000,
      },
      {
        VariantID: 'bb5fd4fc-e7fb-4e99-92f4-b3caac23c183',
        Name: 'Boots (36)',
        Code: '200536',
        Quantity: 15,
        UnitPrice: 540000,
      },
    ]);
    expect(lines[1]).toEqual({
      variantId: 'bb5fd4fc-e7fb-4e99-92f4-b3caac23c183',
      name: 'Boots (36)',
      code: '200536',
      quantity: 15,
      unitPrice: 540000,
    });
  });

  it('reads GetIDByListCode rows with and without the Discontinued flag', () => {
    const rows = parseResponse('Variant/GetIDByListCodeDiscontinued', z.array(variantIdSchema), [
      { ID: 'e156', ProductID: '418c', Code: '1342L', Discontinued: false },
      { ID: 'd2df', ProductID: '6126', Code: '1342M' },
    ]);
    expect(rows.map((r) => [r.code, r.discontinued])).toEqual([
      ['1342L', false],
      ['1342M', undefined],
    ]);
  });

  it('reads the Add Variant answer', () => {
    const added = parseResponse('Variant/Add', addedVariantsSchema, {
      ID: '9525a6b0-297f-4b4a-97c7-0ae876bb44cd',
      Variants: [
        { Code: '1000S', ID: '9ad47be6-bf1c-4dd5-87a8-193fe56d1035' },
        { Code: '1000M', ID: 'b3d68610-22a5-445d-8c5c-c79487373aa2' },
      ],
      ListVariantID: ['9ad47be6-bf1c-4dd5-87a8-193fe56d1035', 'b3d68610-22a5-445d-8c5c-c79487373aa2'],
    });
    expect(added).toEqual({
      productId: '9525a6b0-297f-4b4a-97c7-0ae876bb44cd',
      variants: [
        { code: '1000S', id: '9ad47be6-bf1c-4dd5-87a8-193fe56d1035' },
        { code: '1000M', id: 'b3d68610-22a5-445d-8c5c-c79487373aa2' },
      ],
    });
  });

  it('reads every list envelope DealPOS is known to use', () => {
    const page = pageOf(z.object({ n: z.number() }));
    const row = { n: 1 };
    expect(parseResponse('x', page, [row])).toEqual({ rows: [row], total: undefined });
    expect(parseResponse('x', page, { Data: [row], RecordsCount: 7 })).toEqual({ rows: [row], total: 7 });
    expect(parseResponse('x', page, { DataArray: [row], RecordsCount: 7 })).toEqual({
      rows: [row],
      total: 7,
    });
    expect(parseResponse('x', page, { Data: [row], TotalCount: 9 })).toEqual({ rows: [row], total: 9 });
    expect(() => parseResponse('x', page, { Rows: [row] })).toThrow(DealposError);
  });

  it('live table: List envelopes — RecordsCount -1, or no count at all, reads as an unknown total', () => {
    const page = pageOf(z.object({ n: z.number() }));
    const row = { n: 1 };
    expect(parseResponse('Product', page, { DataArray: [row], RecordsCount: -1 })).toEqual({
      rows: [row],
      total: undefined,
    });
    expect(parseResponse('x', page, { Data: [row] })).toEqual({ rows: [row], total: undefined });
    expect(parseResponse('x', page, { Data: [row], RecordsCount: 2.5 })).toEqual({
      rows: [row],
      total: undefined,
    });
  });

  it('reads a variant count whatever its envelope', () => {
    for (const body of [12, { Count: 12 }, { RecordsCount: 12 }, { TotalCount: 12 }, { Total: 12 }]) {
      expect(parseResponse('Variant/Count', countSchema, body)).toBe(12);
    }
    expect(() => parseResponse('Variant/Count', countSchema, { Something: 12 })).toThrow(/Variant\/Count/);
  });

  it('reads write answers, including the bare string of a variant delete', () => {
    expect(parseResponse('Invoice/Void', messageSchema, { Message: 'Invoice has been Updated!' })).toBe(
      'Invoice has been Updated!',
    );
    expect(
      parseResponse('Variant', messageSchema, 'Variant with code 1003L has been successfully deleted.'),
    ).toMatch(/1003L/);
  });

  it('keeps a PIN a string, even when DealPOS sends digits as a number', () => {
    expect(parseResponse('Customer/PIN', pinSchema, { PIN: '012345' })).toBe('012345');
    expect(parseResponse('Customer/PIN', pinSchema, { PIN: 123654 })).toBe('123654');
  });

  it('treats a missing Discontinued flag on a variant row as not discontinued, and unknown fields as harmless', () => {
    const row = parseResponse('Variant', variantRecordSchema, {
      ID: 'a',
      Code: '1315L',
      Name: 'Cardigan (L)',
      UnitPrice: 280000,
      SomethingNew: { nested: true },
    });
    expect(row).toMatchObject({ code: '1315L', discontinued: false, unitPrice: 280000 });
    expect(row).not.toHaveProperty('SomethingNew');
  });
});
