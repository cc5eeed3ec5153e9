// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { en } from '../../renderer/src/i18n/en.ts';
import { id } from '../../renderer/src/i18n/id.ts';

type Tree = { [key: string]: string | Tree };

const flatten = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : flatten(value, `${prefix}${key}.`),
  );

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('the texts of both languages', () => {
  const english = new Map(flatten(en));
  const indonesian = new Map(flatten(id));

  test('Indonesian has every English key and no other', () => {
    expect([...indonesian.keys()].sort()).toEqual([...english.keys()].sort());
  });

  test('no text is empty, and both languages fill in the same values', () => {
    for (const [key, text] of english) {
      const other = indonesian.get(key) ?? '';
      expect(text.trim(), key).not.toBe('');
      expect(other.trim(), key).not.toBe('');
      expect(placeholders(other), key).toEqual(placeholders(text));
    }
  });

  test('the Connect screen speaks as an Indonesian shop worker would', () => {
    expect(id.welcome.connect).toBe('Hubungkan ke toko DealPOS saya');
    expect(id.welcome.demo).toBe('Coba demo');
    // DealPOS's own back office names the two fields so: the admin copies them from there.
    expect(id.connect.clientId).toBe('Client ID');
    expect(id.connect.clientSecret).toBe('Client Secret');
    expect(id.connect.test).toBe('Uji koneksi');
  });
});
