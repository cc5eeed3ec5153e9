export interface PhotoFetchOptions {
  /** Global fetch by default; tests pass a stand-in for the internet. */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  /** Default 8 s for the whole download. */
  timeoutMs?: number;
  /** Default 2 MB. */
  maxBytes?: number;
}

export type PhotoOutcome =
  | { kind: 'photo'; dataUrl: string }
  | {
      kind: 'skipped';
      reason: 'not-https' | 'failed' | 'status' | 'not-an-image' | 'too-large' | 'timeout';
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

/**
 * Downloads a customer's photo in the main process and hands it back as a `data:` URL (the
 * page's CSP allows images from nowhere else). Refuses anything but https, answers that are
 * not a JPEG/PNG/GIF/WebP/AVIF image (checked by content type and by the bytes), more than
 * `maxBytes`, or slower than `timeoutMs`. Never throws: a photo is nice to have.
 */
export async function fetchCustomerPhoto(
  url: string,
  options: PhotoFetchOptions = {},
): Promise<PhotoOutcome> {
  const maxBytes = options.maxBytes ?? 2 * 1024 * 1024;
  const send = options.fetch ?? ((target: string, init: RequestInit) => globalThis.fetch(target, init));
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'skipped', reason: 'not-https' };
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password) {
    return { kind: 'skipped', reason: 'not-https' };
  }
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 8_000);
  try {
    const response = await send(parsed.href, {
      signal: timeout,
      credentials: 'omit',
      redirect: 'follow',
      headers: { Accept: 'image/avif,image/webp,image/png,image/jpeg,image/gif' },
    });
    // A redirect may not step down to http.
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
