import { createDealposClient } from '../main/dealpos/client.ts';
import type { DealposCredentials } from '../main/dealpos/http.ts';
import { RateGovernor } from '../main/dealpos/rate-governor.ts';

export interface RawDownload {
  ms: number;
  /** List requests made (plus the category list when `byCategory`); the token is not counted. */
  requests: number;
  rows: number;
}

/**
 * The floor for a catalog sync: the same list pages fetched one after another with the app's
 * DealPOS client (governor, zod parsing, retries and all) in this Node process, and nothing
 * stored. `byCategory` walks every category as DealPOS's "Category required" forces the sync to.
 * The token is fetched before the clock starts, as the app has one by the time it syncs.
 */
export async function rawDownload(
  baseUrl: string,
  credentials: DealposCredentials,
  options: { pageSize: number; byCategory: boolean },
): Promise<RawDownload> {
  const governor = new RateGovernor();
  const client = createDealposClient({ host: baseUrl, localStores: [baseUrl], credentials, governor });
  try {
    await client.authenticate();
    const started = performance.now();
    let requests = 0;
    let rows = 0;
    const walk = async (category: string | null) => {
      for (let pageNumber = 1; ; pageNumber++) {
        const page = await client.variants.list(
          category === null ? {} : { category },
          { pageNumber, pageSize: options.pageSize },
          { lane: 'background' },
        );
        requests++;
        rows += page.rows.length;
        const seen = (pageNumber - 1) * options.pageSize + page.rows.length;
        if (page.rows.length < options.pageSize || seen >= (page.total ?? Number.POSITIVE_INFINITY)) return;
      }
    };
    if (options.byCategory) {
      const categories = await client.categories.list({ lane: 'background' });
      requests++;
      for (const category of categories) await walk(category.name);
    } else {
      await walk(null);
    }
    return { ms: performance.now() - started, requests, rows };
  } finally {
    governor.close();
  }
}
