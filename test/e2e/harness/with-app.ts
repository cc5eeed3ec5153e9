import { expect } from 'vitest';
import { type AppOptions, type AppUnderTest, launchApp } from './app-under-test.ts';
import type { Suite } from './suite.ts';

// Chromium says this about any meta CSP with frame-ancestors; it is a console notice, not a violation.
const knownNotices = [/frame-ancestors' is ignored when delivered via a <meta> element/];

/**
 * Opens the app for one flow, runs it, then checks that the page broke no CSP rule and threw
 * nothing, and closes everything (the demo store too) whatever happened.
 */
export async function withApp(
  suite: Suite,
  options: AppOptions,
  flow: (app: AppUnderTest) => Promise<void>,
): Promise<void> {
  const app = await launchApp(suite, options);
  try {
    await flow(app);
    expect(app.cspViolations, 'CSP violations').toEqual([]);
    expect(
      app.pageErrors.filter((text) => !knownNotices.some((notice) => notice.test(text))),
      'page errors',
    ).toEqual([]);
  } finally {
    await app.close();
  }
}
