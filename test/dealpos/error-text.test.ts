import { describe, expect, it } from 'vitest';
import { boundedText, textLimit } from '../../main/dealpos/bounded-text.ts';
import { DealposError } from '../../main/dealpos/errors.ts';

describe("DealPOS's own words, wherever they go", () => {
  it('a megabyte error body is kept as a short text without control characters', () => {
    const body = `Record\tlocked\u0007 by \u001b[2Jsomeone\u202E\n${'y'.repeat(1024 * 1024)}`;
    const error = new DealposError({
      kind: 'conflict',
      endpoint: 'Invoice/Void',
      status: 409,
      dealposMessage: body,
    });
    for (const text of [error.message, error.dealposMessage ?? '', error.toJSON().dealposMessage ?? '']) {
      expect(text.length).toBe(textLimit);
      expect(text).toMatch(/^Record locked by \[2Jsomeone y+…$/);
    }
  });

  it('a short message stays as DealPOS wrote it', () => {
    const said = 'You must have "VIEW" role in "Outlets" Module';
    expect(
      new DealposError({ kind: 'forbidden', endpoint: 'Outlet', dealposMessage: said }).dealposMessage,
    ).toBe(said);
  });

  it('is never cut in the middle of a character', () => {
    const text = boundedText(`${'a'.repeat(textLimit - 2)}😀😀😀`);
    expect(text).toBe(`${'a'.repeat(textLimit - 2)}…`);
  });
});
