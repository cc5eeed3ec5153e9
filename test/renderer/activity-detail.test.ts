// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readableDetail } from '../../renderer/src/back-office/activity-detail.ts';
import { backOfficeTexts } from '../../renderer/src/back-office/messages.ts';
import type { BackOfficeT } from '../../renderer/src/back-office/use-back-office-text.ts';
import { createI18n } from '../../renderer/src/i18n/i18n.ts';
import { registerNamespace } from '../../renderer/src/i18n/namespace-texts.ts';
import { formatRupiah } from '../../renderer/src/money/format-rupiah.ts';

async function textsIn(language: 'en' | 'id'): Promise<BackOfficeT> {
  const i18n = createI18n(language);
  registerNamespace(i18n, backOfficeTexts);
  const getFixedT = i18n.getFixedT.bind(i18n) as unknown as (
    lng: string,
    ns: string,
  ) => (key: string, values?: object) => string;
  const fixed = getFixedT(language, backOfficeTexts.namespace);
  return (key, values) => fixed(key, values);
}

describe('the activity log says what was sent in words, not field names', () => {
  it('a price and a flag read as a shop would say them', async () => {
    const t = await textsIn('en');
    const text = readableDetail('UnitPrice=123500; Discontinued=true', t, formatRupiah);
    expect(text).toMatch(/^Selling price Rp\s?123\.500 · Discontinued \(no longer sold\): Yes$/);
    expect(text).not.toContain('UnitPrice');
  });

  it('in Indonesian too, outlet prices and courier references included', async () => {
    const t = await textsIn('id');
    expect(readableDetail('OutletPrice Pluit=140000', t, formatRupiah)).toMatch(/Pluit Rp\s?140\.000$/);
    expect(readableDetail('ReferenceNumber=JP1; LogisticServiceCode=JNE-REG', t, formatRupiah)).toBe(
      'Nomor resi: JP1 · Layanan kurir: JNE-REG',
    );
    expect(readableDetail('Fulfillment=Sent; with note', t, formatRupiah)).toBe(
      'Hanya jika: Sent · dengan catatan',
    );
  });

  it('a variant added names its code and price; an unknown part stays as written', async () => {
    const t = await textsIn('en');
    expect(readableDetail('1003M (M) UnitPrice=297000', t, formatRupiah)).toMatch(
      /^1003M \(M\): Selling price Rp\s?297\.000$/,
    );
    expect(readableDetail('Something=else', t, formatRupiah)).toBe('Something=else');
    expect(readableDetail('', t, formatRupiah)).toBe('');
  });
});
