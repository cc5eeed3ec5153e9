import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Whether the built index.html carries a CSP of its own. It must not: the policy is the one
 * main's app:// handler sends as a header (main/window/content-security-policy.ts), which the
 * harness's server sends too, so the page runs here under exactly the policy it has in the app.
 */
export async function builtPageHasMetaCsp(outDir: string): Promise<boolean> {
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  return /http-equiv="Content-Security-Policy"/i.test(html);
}
