import { describe, expect, test } from 'vitest';
import { describeAnswer } from '../../main/store-check/answer-shape.ts';

describe('the shape of an answer, as the report writes it', () => {
  test('a live product page: the envelope, RecordsCount -1, and each field with every JSON type seen', () => {
    const shape = describeAnswer({
      DataArray: [
        { Name: 'Kemeja Batik', ImageUrl: null, Variants: [{ Code: '1315L', Weight: null, Inventory: 4 }] },
        {
          Name: 'Celana',
          ImageUrl: '//res.cloudinary.com/x.jpg',
          Variants: [{ Code: '', Weight: 0.3, Inventory: 0 }],
        },
      ],
      RecordsCount: -1,
    });
    expect(shape).toMatchObject({ envelope: 'DataArray', recordsCount: 'minus-one', partial: false });
    expect(shape.fields).toEqual({
      DataArray: 'array',
      'DataArray[]': 'object',
      'DataArray[].Name': 'string',
      'DataArray[].ImageUrl': 'null|string',
      'DataArray[].Variants': 'array',
      'DataArray[].Variants[]': 'object',
      'DataArray[].Variants[].Code': 'string',
      'DataArray[].Variants[].Weight': 'null|number',
      'DataArray[].Variants[].Inventory': 'number',
      RecordsCount: 'number',
    });
    expect(JSON.stringify(shape)).not.toMatch(/Kemeja|1315L|cloudinary/);
  });

  test('a bare array, a {Data, RecordsCount} page and a non-JSON answer are told apart', () => {
    expect(describeAnswer([{ ID: 'a' }])).toMatchObject({ envelope: 'bare-array', recordsCount: 'absent' });
    expect(describeAnswer({ Data: [], RecordsCount: 12 })).toMatchObject({
      envelope: 'Data',
      recordsCount: 'count',
    });
    expect(describeAnswer(undefined)).toMatchObject({ envelope: 'none', fields: {} });
  });

  test('a huge answer is described in part and says so', () => {
    const wide = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`F${i}`, i]));
    const shape = describeAnswer(wide);
    expect(shape.partial).toBe(true);
    expect(Object.keys(shape.fields).length).toBeLessThanOrEqual(120);
  });
});
