import type { Page } from 'playwright-core';

export interface TypedCredentials {
  host: string;
  clientId: string;
  clientSecret: string;
  /** The manager passcode typed twice on a first connect (issue #12); null when one is set already. */
  passcode?: string | null;
}

/** The manager passcode the end-to-end flows connect with. */
export const e2ePasscode = '2468';

/**
 * From the welcome screen to a tested connection, keyboard only, as an admin at the counter
 * would: Enter on the focused first choice, type, Tab, type, Tab, type (Tab, passcode, Tab,
 * passcode), Enter.
 */
export async function typeCredentials(page: Page, credentials: TypedCredentials): Promise<void> {
  await page.getByRole('button', { name: /Connect to my DealPOS store/ }).waitFor();
  await page.keyboard.press('Enter');
  await page.getByLabel('Store address').waitFor();
  // insertText types a whole value as one input event: a scanner or paste, and much faster than keys.
  await page.keyboard.insertText(credentials.host);
  await page.keyboard.press('Tab');
  await page.keyboard.insertText(credentials.clientId);
  await page.keyboard.press('Tab');
  await page.keyboard.insertText(credentials.clientSecret);
  const passcode = credentials.passcode === undefined ? e2ePasscode : credentials.passcode;
  if (passcode !== null) {
    // The form asks for the manager passcode, twice, once main has said none is set yet.
    await page.locator('#connect-passcode').waitFor();
    for (let i = 0; i < 2; i++) {
      await page.keyboard.press('Tab');
      await page.keyboard.insertText(passcode);
    }
  }
  await page.keyboard.press('Enter');
}

/** Picks an outlet card and saves with Enter. */
export async function chooseOutlet(page: Page, name: string): Promise<void> {
  const card = page.getByRole('radio', { name: new RegExp(name) });
  await card.click();
  await page.keyboard.press('Enter');
}
