import { createCheckedHttpsFetch } from './checked-https-fetch.ts';
import { type LookupAll, refusalOf, systemLookup } from './photo-target.ts';

export interface PhotoFetchOptions {
  /** createCheckedHttpsFetch() by default (it re-checks the address as it connects); tests pass a stand-in for the internet. */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  /** Resolves a host name before each hop connects (node:dns by default; tests point names anywhere). */
  lookup?: LookupAll;
  /** Redirects followed at most; default 3. */
  maxRedirects?: number;
  /** Default 8 s for the whole download. */
  timeoutMs?: number;
  /** Default 2 MB. */
  maxBytes?: number;
}

export type PhotoOutcome =
  | { kind: 'photo'; dataUrl: string }
  | {
      kind: 'skipped';
      reason:
        | 'not-https'
        | 'private-address'
        | 'redirects'
        | 'failed'
        | 'status'
        | 'not-an-image'
        | 'too-large'
        | 'timeout';
    };

// Only raster formats Chromium shows in an <img>: no SVG, whose markup has no business here.
const acceptedTypes = /^image\/(jpeg|png|gif|webp|avif)\b/i;

/** The format the bytes really are, from their first bytes (the header may lie). */
function sniffImage(bytes: Uint8Array): string | null {
  const starts = (...values: number[]) => values.every((value, i) => bytes[i] === value);
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (ascii(0, 4) === 'GIF8') return 'image/gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  if (ascii(4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(8, 12))) return 'image/avif';
  return null;
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

const isRedirect = (status: number) => [301, 302, 303, 307, 308].includes(status);

/**
 * Downloads a customer's photo in the main process and hands it back as a `data:` URL (the
 * page's CSP allows images from nowhere else). Redirects are followed by hand, at most
 * `maxRedirects`, and every hop is checked before it connects (https, a public address: never
 * this PC or the LAN; see photo-target.ts). Refuses answers that are not a JPEG/PNG/GIF/WebP/AVIF
 * image (checked by content type and by the bytes), more than `maxBytes`, or slower than
 * `timeoutMs` in all. Never throws: a photo is nice to have.
 */
export async function fetchCustomerPhoto(
  url: string,
  options: PhotoFetchOptions = {},
): Promise<PhotoOutcome> {
  const maxBytes = options.maxBytes ?? 2 * 1024 * 1024;
  const send = options.fetch ?? createCheckedHttpsFetch();
  const lookup = options.lookup ?? systemLookup;
  const maxRedirects = options.maxRedirects ?? 3;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return { kind: 'skipped', reason: 'not-https' };
  }
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 8_000);
  try {
    let response: Response;
    for (let redirects = 0; ; redirects++) {
      const refusal = await refusalOf(target, lookup);
      if (refusal) return { kind: 'skipped', reason: refusal };
      response = await send(target.href, {
        signal: timeout,
        credentials: 'omit',
        // fetch would connect to wherever a redirect points before anything here could look.
        redirect: 'manual',
        headers: { Accept: 'image/avif,image/webp,image/png,image/jpeg,image/gif' },
      });
      if (!isRedirect(response.status)) break;
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (location === null) return { kind: 'skipped', reason: 'status' };
      if (redirects >= maxRedirects) return { kind: 'skipped', reason: 'redirects' };
      try {
        target = new URL(location, target);
      } catch {
        return { kind: 'skipped', reason: 'status' };
      }
    }
    // A fetch that followed a redirect itself may not have stepped down to http.
    if (response.url && !response.url.startsWith('https:')) {
      await response.body?.cancel();
      return { kind: 'skipped', reason: 'not-https' };
    }
    if (!response.ok) {
      await response.body?.cancel();
      return { kind: 'skipped', reason: 'status' };
    }
    if (!acceptedTypes.test(response.headers.get('content-type') ?? '')) {
      await response.body?.cancel();
      return { kind: 'skipped', reason: 'not-an-image' };
    }
    if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
      await response.body?.cancel();
      return { kind: 'skipped', reason: 'too-large' };
    }
    const bytes = await readCapped(response, maxBytes);
    if (!bytes) return { kind: 'skipped', reason: 'too-large' };
    const type = sniffImage(bytes);
    if (!type) return { kind: 'skipped', reason: 'not-an-image' };
    return { kind: 'photo', dataUrl: `data:${type};base64,${Buffer.from(bytes).toString('base64')}` };
  } catch {
    return { kind: 'skipped', reason: timeout.aborted ? 'timeout' : 'failed' };
  }
}
