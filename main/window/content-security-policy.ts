import { createHash } from 'node:crypto';

/**
 * The two `<style>` elements Radix renders inline (ScrollArea's and Select's viewports, both used
 * by Radix Themes), which hide the native scrollbar under Radix's own. Without them a scroll area
 * shows two scrollbars. They are fixed strings, so their hashes let exactly these two in while
 * every other inline style stays refused; test/shell/content-security-policy.test.ts checks they
 * still match the installed Radix.
 *
 * Not allowed here: react-remove-scroll's body scroll lock under a modal Dialog, whose CSS is
 * computed at run time; the page applies those rules through a constructed stylesheet instead
 * (renderer/src/csp/scroll-lock-styles.ts), which this policy does not govern. That route takes
 * only the library's own text (numbers aside); any other <style> still meets this policy.
 */
export const radixInlineStyles = [
  '[data-radix-scroll-area-viewport]{scrollbar-width:none;-ms-overflow-style:none;-webkit-overflow-scrolling:touch;}[data-radix-scroll-area-viewport]::-webkit-scrollbar{display:none}',
  '[data-radix-select-viewport]{scrollbar-width:none;-ms-overflow-style:none;-webkit-overflow-scrolling:touch;}[data-radix-select-viewport]::-webkit-scrollbar{display:none}',
] as const;

const hashSource = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The page's Content Security Policy: scripts, styles, fonts and requests only from the app
 * itself, images also as data: URLs, no plugins, no <base>, no form posts, no framing. Sent as a
 * header on every `app://` response; it is the page's only policy (index.html carries no meta).
 * React's `style={{...}}` props set styles through the CSSOM, which CSP does not govern.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${radixInlineStyles.map(hashSource).join(' ')}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
