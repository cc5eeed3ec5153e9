import type { BackOfficeTextKey } from './messages.ts';

type T = (key: BackOfficeTextKey, values?: Record<string, string | number>) => string;

// DealPOS writes English only. These are the texts its reference pages show (the success
// messages and the 403 role sentence) and the simulator's wording where the pages give none (the
// state refusals); a text not listed here is shown as DealPOS wrote it, untranslated.

/** "Invoice 2026.11.00001" in "Invoice 2026.11.00001 does not exist in Database". */
function translateWhat(what: string, t: T): string {
  const forms: [RegExp, BackOfficeTextKey][] = [
    [/^Invoice (.+)$/i, 'dealpos.whatInvoice'],
    [/^Sales Order (.+)$/i, 'dealpos.whatOrder'],
    [/^Outlet (.+)$/i, 'dealpos.whatOutlet'],
    [/^Variant with code (.+)$/i, 'dealpos.whatVariant'],
    [/^Product with code (.+)$/i, 'dealpos.whatProduct'],
  ];
  for (const [pattern, key] of forms) {
    const match = pattern.exec(what);
    if (match?.[1]) return t(key, { value: match[1] });
  }
  return what;
}

/** `You must have "EDIT" role in "Sell" Module OR "VoidInvoice" role in "Orders" Module` (reference page 000). */
function translateRoles(text: string, t: T): string | null {
  const match = /^You must have (.+)$/i.exec(text.trim());
  if (!match?.[1]) return null;
  const parts = match[1]
    .split(/\s+OR\s+/i)
    .map((part) => /^"([^"]+)" role in "([^"]+)" Module$/i.exec(part.trim()));
  if (parts.some((part) => part === null)) return null;
  const roles = parts.map((part) =>
    t('dealpos.roleOne', { right: part?.[1] ?? '', module: part?.[2] ?? '' }),
  );
  return t('dealpos.role', { roles: roles.join(t('dealpos.or')) });
}

const fulfillmentWord = (word: string, t: T) =>
  /^sent$/i.test(word) ? t('dealpos.sent') : t('dealpos.unsent');

const known: { pattern: RegExp; say(match: RegExpExecArray, t: T): string }[] = [
  { pattern: /^Invoice has been Updated!?$/i, say: (_, t) => t('dealpos.invoiceUpdated') },
  { pattern: /^Invoice has been Erased!?$/i, say: (_, t) => t('dealpos.invoiceErased') },
  {
    pattern: /^reference number for sales order (.+) has been updated\.?$/i,
    say: (m, t) => t('dealpos.referenceUpdated', { number: m[1] ?? '' }),
  },
  { pattern: /^Update Success!?$/i, say: (_, t) => t('dealpos.updateSuccess') },
  {
    pattern: /^Variant with code (.+) has been successfully deleted\.?$/i,
    say: (m, t) => t('dealpos.variantDeleted', { code: m[1] ?? '' }),
  },
  {
    pattern: /^(.+) does not exist in Database\.?$/i,
    say: (m, t) => t('dealpos.notInDatabase', { what: translateWhat(m[1] ?? '', t) }),
  },
  {
    pattern: /^Invoice (.+) is already in the Recycle Bin$/i,
    say: (m, t) => t('dealpos.alreadyInBin', { number: m[1] ?? '' }),
  },
  {
    pattern: /^Invoice (.+) is not in the Recycle Bin$/i,
    say: (m, t) => t('dealpos.notInBin', { number: m[1] ?? '' }),
  },
  {
    pattern: /^Invoice (.+) must be in the Recycle Bin before it can be erased$/i,
    say: (m, t) => t('dealpos.eraseNeedsBin', { number: m[1] ?? '' }),
  },
  {
    pattern: /^Invoice (.+) fulfillment is (Sent|Unsent), not (Sent|Unsent): it was not voided$/i,
    say: (m, t) =>
      t('dealpos.fulfillmentMismatch', {
        number: m[1] ?? '',
        actual: fulfillmentWord(m[2] ?? '', t),
        wanted: fulfillmentWord(m[3] ?? '', t),
      }),
  },
  {
    pattern: /^Variant code (.+) already exists$/i,
    say: (m, t) => t('dealpos.codeExists', { code: m[1] ?? '' }),
  },
];

/**
 * What DealPOS's English text means in the language of `t`, or null when this app does not know
 * the text. The screen shows it beside DealPOS's own words, never instead of them.
 */
export function translateDealpos(text: string, t: T): string | null {
  const trimmed = text.trim();
  const roles = translateRoles(trimmed, t);
  if (roles) return roles;
  for (const { pattern, say } of known) {
    const match = pattern.exec(trimmed);
    if (match) return say(match, t);
  }
  return null;
}
