import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The policy the page must live under; renderer/index.html carries it as a meta tag. */
export const expectedCsp =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The CSP meta content of a built index.html, so the server's header is the very same text. */
export async function cspOfBuiltPage(outDir: string): Promise<string> {
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  if (!match?.[1]) throw new Error(`${outDir}/index.html has no Content-Security-Policy meta tag`);
  return match[1];
}
