import type { Page } from 'playwright-core';

export interface TypedCredentials {
  host: string;
  clientId: string;
  clientSecret: string;
}

/**
 * From the welcome screen to a tested connection, keyboard only, as an admin at the counter
 * would: Enter on the focused first choice, type, Tab, type, Tab, type, Enter.
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
  await page.keyboard.press('Enter');
}

/** Picks an outlet card and saves with Enter. */
export async function chooseOutlet(page: Page, name: string): Promise<void> {
  const card = page.getByRole('radio', { name: new RegExp(name) });
  await card.click();
  await page.keyboard.press('Enter');
}
