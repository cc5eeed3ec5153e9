import { describe, expect, it } from 'vitest';
import { normalizeMobilePhone } from '../../main/customers/phone-number.ts';

describe('a mobile number as a customer says it', () => {
  it.each([
    ['+62 812-7953-1027', '081279531027'],
    ['0812 7953 1027', '081279531027'],
    ['62812 7953 1027', '081279531027'],
    ['6281279531027', '081279531027'],
    ['+6281279531027', '081279531027'],
    ['081279531027', '081279531027'],
    ['0812.7953.1027', '081279531027'],
    ['(0812) 7953-1027', '081279531027'],
    ['+62 (812) 7953 1027', '081279531027'],
    ['+62 0812 7953 1027', '081279531027'],
    ['812 7953 1027', '081279531027'],
    ['  0896-1234-5678  ', '089612345678'],
    ['0878 1234 56', '0878123456'],
    ['+62 852-1234-56789', '0852123456789'],
  ])('reads "%s" as %s', (written, stored) => {
    expect(normalizeMobilePhone(written)).toBe(stored);
  });

  it.each([
    ['021-5550123', 'a Jakarta landline'],
    ['+65 8123 4567', 'a Singapore number'],
    ['0812 7953 10x7', 'a letter in it'],
    ['0812', 'too short'],
    ['0812 3456 7890 1234', 'too long'],
    ['', 'nothing'],
    ['++62 812 7953 1027', 'a doubled plus'],
    ['0812/7953/1027', 'slashes'],
  ])('refuses "%s" (%s)', (written) => {
    expect(normalizeMobilePhone(written)).toBeNull();
  });
});
