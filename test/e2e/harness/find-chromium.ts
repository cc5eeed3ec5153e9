import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Where Chromium or Chrome usually lives on Linux, macOS and Windows. */
const systemCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** Playwright's own Chromium, where `npx playwright install chromium` could download it. */
function playwrightsOwn(): string | undefined {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** CHROMIUM_PATH, else a system Chromium or Chrome, else Playwright's own. Throws saying what to install. */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const found = systemCandidates.find((path) => existsSync(path)) ?? playwrightsOwn();
  if (found) return found;
  throw new Error(
    'The end-to-end tests need Chromium or Chrome and found none. Install one: on Debian or Ubuntu ' +
      '"sudo apt-get install chromium", elsewhere Google Chrome, or "npx playwright install chromium" where ' +
      'downloads are allowed; or set CHROMIUM_PATH to the browser binary.',
  );
}

/** Flags for a quiet, offline-friendly headless run in a container. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
