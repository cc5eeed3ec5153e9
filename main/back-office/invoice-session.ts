import type {
  ActivityEntry,
  BackOfficeAction,
  InvoiceHistory,
  InvoiceKnownState,
} from './back-office-channels.ts';

const invoiceActions: ReadonlySet<BackOfficeAction> = new Set([
  'invoice-void',
  'invoice-restore',
  'invoice-erase',
]);

const stateAfter: Partial<Record<BackOfficeAction, InvoiceKnownState>> = {
  'invoice-void': 'recycle-bin',
  'invoice-restore': 'active',
  'invoice-erase': 'erased',
};

// DealPOS matches outlet names and numbers without regard to case (SQL Server collation).
const keyOf = (outlet: string, number: string) => `${outlet.toLowerCase()}\u0000${number.toLowerCase()}`;

/**
 * What this counter did to each invoice since the app started. DealPOS has no "get invoice" in
 * the operations this app uses, so this is all the screen can say about an invoice: its own
 * writes and DealPOS's answers to them.
 */
export class InvoiceSession {
  readonly #events = new Map<string, ActivityEntry[]>();

  record(entry: ActivityEntry): void {
    if (!invoiceActions.has(entry.action) || entry.outlet === null) return;
    const key = keyOf(entry.outlet, entry.document);
    this.#events.set(key, [entry, ...(this.#events.get(key) ?? [])]);
  }

  history(outlet: string, number: string): InvoiceHistory {
    const events = this.#events.get(keyOf(outlet, number)) ?? [];
    return { outlet, number, known: knownState(events), events };
  }
}

/**
 * The state the newest clear answer leaves the invoice in. A refusal says nothing certain about
 * where it is; an uncertain write makes everything before it stale.
 */
function knownState(newestFirst: readonly ActivityEntry[]): InvoiceKnownState {
  for (const event of newestFirst) {
    if (event.result === 'uncertain') return 'unknown';
    if (event.result === 'done') return stateAfter[event.action] ?? 'unknown';
  }
  return 'unknown';
}
