import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, radixInlineStyles } from '../../main/window/content-security-policy.ts';

const directives = new Map(
  contentSecurityPolicy.split(';').map((part) => {
    const [name = '', ...values] = part.trim().split(/\s+/);
    return [name, values] as const;
  }),
);

describe("the page's Content Security Policy", () => {
  it.each([
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ])('%s allows only %j', (name, values) => {
    expect(directives.get(name)).toEqual(values);
  });

  it('runs no inline script and no eval, and allows no inline style but the two Radix needs', () => {
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
    const styles = directives.get('style-src') ?? [];
    expect(styles[0]).toBe("'self'");
    const hashes = radixInlineStyles.map(
      (css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`,
    );
    expect(styles.slice(1)).toEqual(hashes);
  });

  // The hashes only help while Radix renders exactly these strings: after a Radix upgrade that
  // changes one, this fails and points here, instead of a scroll area quietly growing two scrollbars.
  it.each([
    ['@radix-ui/react-scroll-area', radixInlineStyles[0]],
    ['@radix-ui/react-select', radixInlineStyles[1]],
  ])('the inline style %s renders is the one whose hash is allowed', (pkg, css) => {
    const require = createRequire(import.meta.url);
    const themes = require.resolve('@radix-ui/themes/package.json');
    const source = readFileSync(createRequire(themes).resolve(pkg), 'utf8');
    expect(source).toContain(css);
  });
});
