import { describe, expect, test } from 'vitest';
import { messages as backOffice } from '../../renderer/src/back-office/messages.ts';
import { messages as customers } from '../../renderer/src/customers/messages.ts';
import { en } from '../../renderer/src/i18n/en.ts';
import { id } from '../../renderer/src/i18n/id.ts';
import { labelsEn, labelsId } from '../../renderer/src/labels/messages.ts';
import { messages as manager } from '../../renderer/src/manager/messages.ts';
import { en as scanEn, id as scanId } from '../../renderer/src/scan/messages.ts';
import { storeCheckTexts } from '../../renderer/src/settings/store-check-texts.ts';
import { flatten, type Tree } from '../e2e/harness/texts.ts';

/**
 * Words Indonesian shops and DealPOS's own Indonesian screens use as they are
 * (renderer/src/i18n/GLOSSARY.md): a text made only of these may read the same in both languages.
 */
const sharedWords = new Set(
  [
    'DealPOS',
    'Companion',
    'English',
    'Bahasa',
    'Indonesia',
    'Outlet',
    'Email',
    'DEMO',
    'Offline',
    'Printer',
    'Barcode',
    'Label',
    'Model',
    'Mode',
    'Client',
    'ID',
    'Secret',
    'PIN',
    'CSV',
    'PDF',
    'ZPL',
    'Zebra',
    'mm',
    'OK',
    'Rp',
    'Total',
    'Status',
    'Scan',
  ].map((word) => word.toLowerCase()),
);

/** The words of a text, without placeholders, numbers and punctuation. */
const wordsOf = (text: string) =>
  text
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 0);

const namespaces = {
  app: [en, id],
  backOffice: [backOffice.en, backOffice.id],
  customers: [customers.en, customers.id],
  labels: [labelsEn, labelsId],
  manager: [manager.en, manager.id],
  scan: [scanEn, scanId],
  storeCheck: [storeCheckTexts.en, storeCheckTexts.id],
} as const;

describe('every Indonesian text is Indonesian', () => {
  test.each(Object.entries(namespaces))(
    '%s: no English text left untranslated',
    (_name, [english, indonesian]) => {
      const englishTexts = flatten(english as unknown as Tree);
      const indonesianTexts = flatten(indonesian as unknown as Tree);
      const untranslated = [...englishTexts]
        .filter(([key, text]) => indonesianTexts.get(key) === text)
        .filter(([, text]) => wordsOf(text).some((word) => !sharedWords.has(word.toLowerCase())))
        .map(([key, text]) => `${key}: ${text}`);
      expect(untranslated).toEqual([]);
      // The check itself sees every text: both languages have the same keys.
      expect([...indonesianTexts.keys()].sort()).toEqual([...englishTexts.keys()].sort());
    },
  );
});
