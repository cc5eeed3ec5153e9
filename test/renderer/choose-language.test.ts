// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { chooseLanguage } from '../../renderer/src/i18n/choose-language.ts';

describe('the language the app starts in', () => {
  test('an Indonesian Windows gets Bahasa Indonesia', () => {
    for (const locale of ['id-ID', 'id', 'ID', 'id_ID', 'in-ID'])
      expect(chooseLanguage(null, locale), locale).toBe('id');
  });

  test('any other locale gets English', () => {
    for (const locale of ['en-US', 'en-GB', 'ms-MY', 'zh-CN', 'ido', ''])
      expect(chooseLanguage(null, locale), locale).toBe('en');
  });

  test('what the user picked wins over the OS', () => {
    expect(chooseLanguage('en', 'id-ID')).toBe('en');
    expect(chooseLanguage('id', 'en-US')).toBe('id');
  });
});
