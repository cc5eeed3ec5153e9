import type { Page } from 'playwright-core';

interface KeySpec {
  key: string;
  code: string;
  keyCode: number;
  text?: string;
  shift?: boolean;
}

function specFor(ch: string): KeySpec {
  if (/[a-z]/.test(ch))
    return { key: ch, code: `Key${ch.toUpperCase()}`, keyCode: ch.toUpperCase().charCodeAt(0), text: ch };
  if (/[A-Z]/.test(ch))
    return { key: ch, code: `Key${ch}`, keyCode: ch.charCodeAt(0), text: ch, shift: true };
  if (/\d/.test(ch)) return { key: ch, code: `Digit${ch}`, keyCode: ch.charCodeAt(0), text: ch };
  const punctuation: Record<string, KeySpec> = {
    '-': { key: '-', code: 'Minus', keyCode: 189, text: '-' },
    '.': { key: '.', code: 'Period', keyCode: 190, text: '.' },
    '/': { key: '/', code: 'Slash', keyCode: 191, text: '/' },
    ' ': { key: ' ', code: 'Space', keyCode: 32, text: ' ' },
  };
  const spec = punctuation[ch];
  if (!spec) throw new Error(`no key for ${JSON.stringify(ch)}`);
  return spec;
}

/**
 * Types `text` (then Enter) as trusted key events whose timestamps are `intervalMs` apart, set
 * through the DevTools protocol. The page sees the keys at the given pace however busy this
 * machine is, so a scanner (4 ms) and a person (110 ms) are told apart deterministically.
 */
export async function typeAtPace(page: Page, text: string, intervalMs: number, enter = true): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    let at = Date.now() / 1000;
    const send = async (type: 'keyDown' | 'keyUp', spec: KeySpec) => {
      await cdp.send('Input.dispatchKeyEvent', {
        type,
        key: spec.key,
        code: spec.code,
        windowsVirtualKeyCode: spec.keyCode,
        modifiers: spec.shift ? 8 : 0,
        timestamp: at,
        ...(type === 'keyDown' && spec.text
          ? { text: spec.text, unmodifiedText: spec.text.toLowerCase() }
          : {}),
      });
    };
    const keys = [...text].map(specFor);
    if (enter) keys.push({ key: 'Enter', code: 'Enter', keyCode: 13, text: '\r' });
    for (const spec of keys) {
      await send('keyDown', spec);
      await send('keyUp', spec);
      at += intervalMs / 1000;
    }
  } finally {
    await cdp.detach();
  }
}
