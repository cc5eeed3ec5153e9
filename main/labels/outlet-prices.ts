import type { DealposClient } from '../dealpos/client.ts';
import { DealposError } from '../dealpos/errors.ts';
import type { OutletPriceRow } from './label-channels.ts';

/** Requests in flight at once; the governor still decides when each goes out. */
const parallel = 3;

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The outlet's own price of each code, one `Variant/Detail` request per code on the interactive
 * lane (DealPOS has no batch form for outlet prices). A code DealPOS does not know (its 400)
 * answers `found: false`; any other failure fails the whole call, as a partial price list
 * would print some labels at the wrong price.
 */
export async function fetchOutletPrices(
  client: DealposClient,
  outlet: string,
  codes: readonly string[],
): Promise<OutletPriceRow[]> {
  const unique = [...new Set(codes)];
  const rows = new Map<string, OutletPriceRow>();
  let next = 0;
  let failed = false;
  const worker = async () => {
    // After a failure the other workers stop asking: those requests would be wasted quota.
    while (!failed && next < unique.length) {
      const code = unique[next++] as string;
      try {
        rows.set(code, await priceOf(client, outlet, code));
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, unique.length) }, worker));
  return unique.map((code) => rows.get(code) as OutletPriceRow);
}

async function priceOf(client: DealposClient, outlet: string, code: string): Promise<OutletPriceRow> {
  try {
    const detail = await client.variants.detail({ code }, { lane: 'interactive' });
    const own = detail.outletPrices.find((p) => sameText(p.outlet, outlet));
    return { code, found: true, outletPrice: own?.price ?? null, sellingPrice: detail.unitPrice };
  } catch (error) {
    if (error instanceof DealposError && error.kind === 'bad-request') {
      return { code, found: false, outletPrice: null, sellingPrice: null };
    }
    throw error;
  }
}
