import { describe, expect, it } from 'vitest';
import { receiveEn, receiveId } from '../../renderer/src/receive/messages.ts';
import { flatten, type Tree } from '../e2e/harness/texts.ts';

// As test/renderer/indonesian-texts.test.ts does for the other screens: no English left in the
// Indonesian count screen, except the words shops use as they are.
const shared = new Set(['ctrl', 'z', 'csv', 'pdf', 'label', 'dealpos', 'scan']);
const wordsOf = (text: string) =>
  text
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 0);

describe('the received-goods count speaks Bahasa Indonesia', () => {
  it('has every English text in Indonesian, with the same keys', () => {
    const english = flatten(receiveEn as unknown as Tree);
    const indonesian = flatten(receiveId as unknown as Tree);
    expect([...indonesian.keys()].sort()).toEqual([...english.keys()].sort());
    const untranslated = [...english]
      .filter(([key, text]) => indonesian.get(key) === text)
      .filter(([, text]) => wordsOf(text).some((word) => !shared.has(word.toLowerCase())));
    expect(untranslated).toEqual([]);
  });
});
