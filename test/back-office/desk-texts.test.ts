import { describe, expect, it } from 'vitest';
import { translateDealpos } from '../../renderer/src/back-office/dealpos-texts.ts';
import { type BackOfficeTextKey, messages } from '../../renderer/src/back-office/messages.ts';
import { parseRupiah } from '../../renderer/src/back-office/rupiah-input.ts';

// The words at the desk: what DealPOS said, in Indonesian beside it; prices as people type them.

type Tree = { [key: string]: string | Tree };
const lookup = (tree: Tree, key: string): string =>
  key
    .split('.')
    .reduce<string | Tree>(
      (node, part) => (typeof node === 'string' ? node : (node[part] ?? key)),
      tree,
    ) as string;

/** A minimal `t` over the Indonesian texts, with i18next's {{value}} interpolation. */
const id = (key: BackOfficeTextKey, values: Record<string, string | number> = {}) =>
  lookup(messages.id as unknown as Tree, key).replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    String(values[name] ?? ''),
  );

describe('DealPOS’s words in Indonesian', () => {
  it.each([
    ['Invoice has been Updated!', 'Faktur diperbarui'],
    ['Invoice has been Erased!', 'Faktur dihapus permanen'],
    [
      'reference number for sales order 20.06.00001 has been updated',
      'Nomor referensi pesanan penjualan 20.06.00001 diperbarui',
    ],
    ['Update Success', 'Berhasil disimpan'],
    ['Variant with code 1003L has been successfully deleted.', 'Varian 1003L berhasil dihapus'],
    ['Invoice 2099.01.99999 does not exist in Database', 'Faktur 2099.01.99999 tidak ada di DealPOS'],
    ['Path Shirt does not exist in Database', 'Path Shirt tidak ada di DealPOS'],
    [
      'You must have "EDIT" role in "Sell" Module OR "VoidInvoice" role in "Orders" Module',
      'Perlu peran “EDIT” di modul “Sell” atau peran “VoidInvoice” di modul “Orders”',
    ],
    [
      'Invoice B1.22.08.00003 fulfillment is Sent, not Unsent: it was not voided',
      'Faktur B1.22.08.00003 berstatus sudah dikirim, bukan belum dikirim: tidak dibatalkan',
    ],
  ])('“%s” means “%s”', (text, meaning) => {
    expect(translateDealpos(text, id)).toBe(meaning);
  });

  it('leaves a text it does not know alone (the screen shows DealPOS’s own words)', () => {
    expect(translateDealpos('Something new went wrong', id)).toBeNull();
  });
});

describe('prices as typed at an Indonesian desk', () => {
  it.each([
    ['150000', 150000],
    ['150.000', 150000],
    ['Rp 150.000', 150000],
    ['rp150.000', 150000],
    ['150,000', 150000],
    ['150.000,00', 150000],
    ['150.000,-', 150000],
    ['1.250.000', 1250000],
    ['0', 0],
  ])('reads “%s” as %i rupiah', (typed, amount) => {
    expect(parseRupiah(typed)).toBe(amount);
  });

  it.each(['', 'abc', '-5000', '150.00', '1500,50', '15.0000', '1e6'])('refuses “%s”', (typed) => {
    expect(parseRupiah(typed)).toBeNull();
  });
});
