import { fetchCustomerPhoto, type PhotoFetchOptions } from './customer-photo.ts';

/** Photos kept for the session, so looking a customer up again costs no download. */
const capacity = 40;

/**
 * Customer photos for the page, as data: URLs, downloaded once per session. Failures are not
 * kept (the network may be back next time); they are logged with their reason only.
 */
export class PhotoSource {
  readonly #options: PhotoFetchOptions;
  readonly #log: (message: string) => void;
  readonly #photos = new Map<string, string>();

  constructor(options: PhotoFetchOptions, log: (message: string) => void) {
    this.#options = options;
    this.#log = log;
  }

  async get(url: string): Promise<string | null> {
    const kept = this.#photos.get(url);
    if (kept !== undefined) return kept;
    const outcome = await fetchCustomerPhoto(url, this.#options);
    if (outcome.kind === 'skipped') {
      this.#log(`customers: photo skipped (${outcome.reason})`);
      return null;
    }
    this.#photos.set(url, outcome.dataUrl);
    if (this.#photos.size > capacity) {
      const oldest = this.#photos.keys().next().value;
      if (oldest !== undefined) this.#photos.delete(oldest);
    }
    return outcome.dataUrl;
  }
}
