import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { registerRead } from '../api-route.ts';
import { parseInput } from '../request-input.ts';
import { role } from '../roles.ts';
import type { Invoice } from '../seed/documents.ts';
import type { SimState } from '../state.ts';
import { DocumentRefFields, findByOutletAndNumber } from './document-ref.ts';

const DetailQuery = z.object(DocumentRefFields);

/**
 * Invoice/Detail's answer. Live clients call `Invoice/Detail?Number=&OutletID=` (README, live
 * table "Other reads"); its body is not public, so lines borrow Bill/Detail's live form
 * `Variants: [{VariantID, Name, Code, Quantity, Price, Discount}]`.
 */
function invoiceDetail(invoice: Invoice) {
  const { detail } = invoice;
  const total = detail.lines.reduce((sum, l) => sum + l.Quantity * l.Price - l.Discount, 0);
  return {
    ID: invoice.id,
    Number: invoice.number,
    Date: detail.date,
    Outlet: invoice.outlet.name,
    OutletID: invoice.outlet.id,
    Customer: detail.customer
      ? { ID: detail.customer.id, Code: detail.customer.code, Name: detail.customer.name }
      : null,
    // A voided invoice sits in the Recycle Bin until it is restored or erased.
    Status: invoice.state === 'voided' ? 'Void' : 'Active',
    Fulfillment: invoice.fulfillment,
    Note: invoice.note,
    Total: total,
    Variants: detail.lines,
  };
}

/** GET Invoice/Detail (and its POST twin): one invoice by Outlet or OutletID plus Number. */
export function registerInvoiceDetailRoute(app: FastifyInstance, state: SimState): void {
  registerRead(app, state, {
    path: 'Invoice/Detail',
    role: [role('Orders', 'VIEW'), role('Sell', 'EDIT')],
    handler: ({ input, state, client }) =>
      invoiceDetail(
        findByOutletAndNumber(
          state.store,
          state.store.invoices,
          parseInput(DetailQuery, input),
          'Invoice',
          client,
        ),
      ),
  });
}
