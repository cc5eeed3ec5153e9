import { pathToFileURL } from 'node:url';
import { createDealposClient, type DealposClient } from '../main/dealpos/client.ts';
import { RateGovernor } from '../main/dealpos/rate-governor.ts';
import { type RunningSimulator, startSimulator } from '../main/simulator/index.ts';
import { type ListPlace, stepAfterPage } from '../renderer/src/catalog/list-paging.ts';

// Issue 11: the requests a 100,000-variant catalog costs by each source, where fewer requests
// mean minutes less of a real store's 50-per-180-s quota. The simulator in its live profile
// (pages cut to 1,000 without a word, RecordsCount -1 on /Product, bare arrays on /Variant);
// the pages are walked with the app's DealPOS client and the sync's own end-of-list rule
// (`stepAfterPage`), nothing stored.

const variants = 100_000;
const askedPageSize = 5000;
/** DealPOS's window, and the share the governor keeps from background work. */
const realWindow = { limit: 50, seconds: 180, backgroundReserve: 0.2 };

const quotaMinutes = (requests: number) =>
  Math.round(
    (requests / (realWindow.limit * (1 - realWindow.backgroundReserve))) * (realWindow.seconds / 60) * 10,
  ) / 10;

type PageReader = (
  pageNumber: number,
  pageSize: number,
) => Promise<{ listRows: number; total: number | null }>;

/** Requests and list rows for one whole list, as the sync pages it. */
async function walk(read: PageReader): Promise<{ requests: number; listRows: number }> {
  let place: ListPlace = { nextPage: 1, pageSize: askedPageSize, shortPage: null, sizeProven: false };
  let requests = 0;
  let listRows = 0;
  let rowsThisRun = 0;
  for (;;) {
    const page = await read(place.nextPage, place.pageSize);
    requests++;
    const step = stepAfterPage(place, page.listRows, page.total);
    if (step.kind === 'restart') {
      rowsThisRun = 0;
      place = step.place;
      continue;
    }
    rowsThisRun += page.listRows;
    if (step.kind === 'done') break;
    place = step.place;
  }
  listRows = rowsThisRun;
  return { requests, listRows };
}

async function clientFor(sim: RunningSimulator): Promise<DealposClient> {
  const client = createDealposClient({
    host: sim.baseUrl,
    localStores: [sim.baseUrl],
    credentials: sim.credentials.full,
    // Counts do not depend on waiting: the simulator's window is wide open, and so is this one.
    governor: new RateGovernor({ limit: 100_000 }),
  });
  await client.authenticate();
  return client;
}

/** The request figures for both catalog sources against a 100,000-variant live-profile store. */
export async function catalogRequestsBySource(): Promise<Record<string, unknown>> {
  const sim = await startSimulator({
    variants,
    quiet: true,
    rateLimit: { limit: 100_000, windowSeconds: 180 },
  });
  try {
    const client = await clientFor(sim);
    let variantRows = 0;
    const products = await walk(async (pageNumber, pageSize) => {
      const page = await client.products.list({ pageNumber, pageSize }, { queryInventory: true });
      variantRows += page.rows.reduce((n, p) => n + p.variants.length, 0);
      return { listRows: page.rows.length, total: page.total ?? null };
    });
    const variantList = await walk(async (pageNumber, pageSize) => {
      const page = await client.variants.list({}, { pageNumber, pageSize });
      return { listRows: page.rows.length, total: page.total ?? null };
    });
    return {
      variants,
      products: products.listRows,
      variantsFromProducts: variantRows,
      askedPageSize,
      pageCap: 1000,
      product: {
        requests: products.requests,
        realQuotaMinutes: quotaMinutes(products.requests),
        brings: 'product, model, category, discontinued, picture, on-hand stock',
      },
      variant: {
        requests: variantList.requests,
        realQuotaMinutes: quotaMinutes(variantList.requests),
        brings: 'ID, Name, Code, Type, UnitPrice, UnitCost (live rows)',
      },
      /** /Product refused (one request), then /Variant. */
      variantAfterRefusedProduct: { requests: variantList.requests + 1 },
      method:
        "Live-profile simulator, pages walked with the app's DealPOS client and the sync's end-of-list rule (a short page ends a list only when the next is empty); the token is not counted; quota minutes assume 40 sync requests per 180 s window.",
    };
  } finally {
    await sim.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify({ catalogRequestsBySource: await catalogRequestsBySource() }, null, 2));
  // The governor keeps a timer for the end of its 180 s window; the figures are printed.
  process.exit(0);
}
