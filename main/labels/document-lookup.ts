import type { DealposClient } from '../dealpos/client.ts';
import { DealposError } from '../dealpos/errors.ts';
import type { DocumentLookupAnswer, LabelDocumentKind } from './label-channels.ts';

export interface DocumentQuery {
  kind: LabelDocumentKind;
  outlet: string;
  number: string;
}

/**
 * The lines of a supplier bill or an outlet delivery, for labels. Whether DealPOS answers an
 * unknown number with 400 or with an empty list is not documented (dealpos-api README, open
 * questions): both come back as `unknown` from here, the one place that decides it. Every
 * other failure (403 missing role, no network...) is thrown as the DealposError it is.
 */
export async function lookUpDocument(
  client: DealposClient,
  query: DocumentQuery,
  now: number,
): Promise<DocumentLookupAnswer> {
  const fetchLines =
    query.kind === 'bill' ? client.barcodes.byBillNumber : client.barcodes.byOutletDeliveryNumber;
  try {
    const lines = await fetchLines(query.outlet, query.number, { lane: 'interactive' });
    if (lines.length === 0) return { kind: 'unknown', dealposMessage: null };
    return {
      kind: 'found',
      document: { kind: query.kind, outlet: query.outlet, number: query.number, lines, fetchedAt: now },
    };
  } catch (error) {
    if (error instanceof DealposError && error.kind === 'bad-request') {
      return { kind: 'unknown', dealposMessage: error.dealposMessage ?? null };
    }
    throw error;
  }
}
