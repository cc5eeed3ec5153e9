import type { DealposClient } from '../dealpos/client.ts';
import { DealposError } from '../dealpos/errors.ts';
import type { InvoiceDetail } from '../dealpos/schemas/invoice.ts';
import type { IpcError } from '../ipc/channel.ts';
import { ServiceError } from '../ipc/service-error.ts';
import type { InvoiceLookup, InvoiceSummary } from './back-office-channels.ts';

/** How many lines travel to the page: the card shows the first few and counts the rest. */
export const summaryLines = 5;

export interface InvoiceReaderOptions {
  /** The connected account's client; throws `not-connected` before there is one. */
  client(): DealposClient;
  /** The counter's own outlet (from the connection view), whose ID costs no request. */
  counterOutlet(): { id: string; name: string } | null;
  /** The app log, for a failure that is not DealPOS's (a bug): the screen still falls back. */
  log(message: string): void;
}

const nameKey = (name: string) => name.trim().toLowerCase();

/**
 * Reads an invoice with `Invoice/Detail?Number=&OutletID=` (README, live table "Other reads") at
 * interactive priority. DealPOS wants the outlet's ID while the screen speaks of outlet names:
 * the counter's own outlet is known from the connection; any other comes from the outlet list,
 * read once per connected account and kept here.
 */
export function createInvoiceReader(options: InvoiceReaderOptions) {
  // The list belongs to the client it was read with: a new connection reads it again.
  let outletIds: { client: DealposClient; ids: Promise<Map<string, string>> } | null = null;

  const outletsOf = (client: DealposClient): Promise<Map<string, string>> => {
    if (outletIds?.client !== client) {
      const ids = client.outlets
        .list({ lane: 'interactive' })
        .then((outlets) => new Map(outlets.map((o) => [nameKey(o.name), o.id])));
      // A failed read is not kept: the next invoice asks again.
      ids.catch(() => {
        if (outletIds?.ids === ids) outletIds = null;
      });
      outletIds = { client, ids };
    }
    return outletIds.ids;
  };

  const outletIdOf = async (client: DealposClient, outlet: string): Promise<string | null> => {
    const counter = options.counterOutlet();
    if (counter && nameKey(counter.name) === nameKey(outlet)) return counter.id;
    return (await outletsOf(client)).get(nameKey(outlet)) ?? null;
  };

  return {
    async read(ref: { outlet: string; number: string }): Promise<InvoiceLookup> {
      try {
        const client = options.client();
        const outletId = await outletIdOf(client, ref.outlet);
        if (outletId === null) {
          return {
            status: 'unreadable',
            error: { kind: 'bad-request', message: `DealPOS's outlet list has no outlet ${ref.outlet}.` },
          };
        }
        const detail = await client.invoices.detail(
          { outletId, number: ref.number },
          { lane: 'interactive' },
        );
        return { status: 'found', invoice: summaryOf(detail) };
      } catch (error) {
        const info = failureOf(error);
        if (info.kind === 'internal') options.log(`back-office invoice read ${ref.number}: ${String(error)}`);
        return isMissing(info, ref.number)
          ? { status: 'missing', error: info }
          : { status: 'unreadable', error: info };
      }
    },
  };
}

export type InvoiceReader = ReturnType<typeof createInvoiceReader>;

/**
 * DealPOS says "Invoice 2099.01.99999 does not exist in Database" (400) for a number it does not
 * have. Any other 400 (an outlet it does not know, a parameter a tenant names differently) says
 * nothing about the invoice, so the screen falls back to the number alone.
 */
function isMissing(error: IpcError, number: string): boolean {
  const said = error.dealposMessage?.toLowerCase() ?? '';
  return (
    error.kind === 'bad-request' &&
    said.includes('does not exist') &&
    said.includes(number.trim().toLowerCase()) &&
    !said.startsWith('outlet')
  );
}

function failureOf(error: unknown): IpcError {
  if (error instanceof DealposError) {
    const { kind, message, dealposMessage } = error.toJSON();
    return dealposMessage ? { kind, message, dealposMessage } : { kind, message };
  }
  if (error instanceof ServiceError) return { kind: error.kind, message: error.message };
  return { kind: 'internal', message: 'Something went wrong in the app. Please try again.' };
}

const stateOf = (status: string | undefined): InvoiceSummary['state'] => {
  const said = status?.trim().toLowerCase();
  // The simulator and the reference pages say "Void" for an invoice in the Recycle Bin.
  if (said === 'void' || said === 'voided') return 'recycle-bin';
  return said === 'active' ? 'active' : 'unknown';
};

/** What the card needs of an invoice, and no more over IPC. */
export function summaryOf(detail: InvoiceDetail): InvoiceSummary {
  return {
    number: detail.number,
    date: detail.date ?? null,
    customer: detail.customer?.name.trim() || null,
    total: detail.total,
    state: stateOf(detail.status),
    status: detail.status ?? null,
    fulfillment: detail.fulfillment ?? null,
    lines: detail.lines.slice(0, summaryLines).map((line) => ({
      code: line.code,
      name: line.name,
      quantity: line.quantity,
      amount: line.quantity * line.price - line.discount,
    })),
    lineCount: detail.lines.length,
  };
}
