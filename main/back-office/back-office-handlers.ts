import type { FeatureContext } from '../core/feature-context.ts';
import type { ApprovedCall } from '../ipc/approval.ts';
import type { HandlersFor } from '../ipc/channel.ts';
import { activityCsv, activityCsvFileName } from './activity-csv.ts';
import { ActivityLog } from './activity-log.ts';
import type { BackOfficeAction, backOfficeChannels, InvoiceAnswer } from './back-office-channels.ts';
import { createInvoiceReader } from './invoice-reader.ts';
import { InvoiceSession } from './invoice-session.ts';
import { addVariants, deleteVariant, readVariantSheet, updateVariant } from './variant-edits.ts';
import { WriteDesk } from './write-desk.ts';

/** What a log line says was sent with an order's reference, e.g. "ReferenceNumber=JP1; LogisticServiceCode=JNE-REG". */
function referenceDetail(order: {
  referenceNumber?: string | undefined;
  logisticServiceCode?: string | undefined;
}) {
  return [
    order.referenceNumber === undefined ? null : `ReferenceNumber=${order.referenceNumber}`,
    order.logisticServiceCode === undefined ? null : `LogisticServiceCode=${order.logisticServiceCode}`,
  ]
    .filter((part) => part !== null)
    .join('; ');
}

/** The log's detail of a write a manager approved: who approved it, as they typed their name. */
const approvedDetail = (call: ApprovedCall | undefined): string =>
  call?.approver ? `Approved by ${call.approver}` : '';

/** Invoice void/restore/erase, sales-order references and variant edits (issue #7). */
export function createBackOfficeHandlers(context: FeatureContext): HandlersFor<typeof backOfficeChannels> {
  const log = new ActivityLog(context.openStore('back-office-activity'));
  const invoices = new InvoiceSession();
  const desk = new WriteDesk({
    log,
    now: context.now,
    counterOutlet: () => context.connection.view().outlet?.name ?? null,
    onEntry: (entry) => invoices.record(entry),
    appLog: context.log,
  });
  const reader = createInvoiceReader({
    client: () => context.connection.client(),
    counterOutlet: () => context.connection.view().outlet,
    log: context.log,
  });
  // Called before a write is sent: "not connected" is refused without a request and without a log line.
  const client = () => context.connection.client();

  const invoiceWrite = async (
    action: BackOfficeAction,
    ref: { outlet: string; number: string },
    detail: string,
    write: (dealpos: ReturnType<typeof client>) => Promise<string>,
  ): Promise<InvoiceAnswer> => {
    const dealpos = client();
    const outcome = await desk.run({ action, outlet: ref.outlet, document: ref.number, detail }, () =>
      write(dealpos),
    );
    return { outcome, invoice: invoices.history(ref.outlet, ref.number) };
  };

  return {
    'back-office:invoice-void': (input) =>
      invoiceWrite(
        'invoice-void',
        input,
        [input.fulfillment ? `Fulfillment=${input.fulfillment}` : null, input.note ? 'with note' : null]
          .filter((part) => part !== null)
          .join('; '),
        (dealpos) => dealpos.invoices.void(input),
      ),

    'back-office:invoice-restore': (input) =>
      invoiceWrite('invoice-restore', input, input.note ? 'with note' : '', (dealpos) =>
        dealpos.invoices.restore(input),
      ),

    // Erase and variant delete are reached only with a manager's approval (main/manager/approval-guard.ts).
    'back-office:invoice-erase': (input, call?: ApprovedCall) =>
      invoiceWrite('invoice-erase', input, approvedDetail(call), (dealpos) => dealpos.invoices.erase(input)),

    'back-office:invoice-history': ({ outlet, number }) => invoices.history(outlet, number),

    'back-office:invoice-read': async (ref) => {
      const readAt = context.now();
      const lookup = await reader.read(ref);
      return { readAt, lookup, history: invoices.history(ref.outlet, ref.number) };
    },

    'back-office:order-reference': (input) => {
      const dealpos = client();
      return desk.run(
        {
          action: 'order-reference',
          outlet: input.outlet,
          document: input.number,
          detail: referenceDetail(input),
        },
        () => dealpos.salesOrders.setReferenceNumber(input),
      );
    },

    'back-office:variant': ({ code }) => readVariantSheet(client(), code),

    'back-office:variant-update': (input) => updateVariant(client(), desk, input),

    'back-office:variant-add': (input) => addVariants(client(), desk, input),

    'back-office:variant-delete': ({ code }, call?: ApprovedCall) =>
      deleteVariant(client(), desk, code, approvedDetail(call)),

    'back-office:activity': (input) => log.latest(input?.limit ?? 200),

    'back-office:activity-csv': () => ({
      fileName: activityCsvFileName(context.now()),
      csv: activityCsv(log.all()),
    }),
  };
}
