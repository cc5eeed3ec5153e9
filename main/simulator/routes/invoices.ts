import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { registerApiRoute } from '../api-route.ts';
import type { ApiClient } from '../credentials.ts';
import { badRequest, conflict, notInDatabase } from '../dealpos-error.ts';
import { choice, text } from '../input-fields.ts';
import { assertOutletAccess } from '../outlet-access.ts';
import { parseInput } from '../request-input.ts';
import { role } from '../roles.ts';
import type { Invoice } from '../seed/documents.ts';
import type { SimState } from '../state.ts';
import { DocumentRefFields, findByOutletAndNumber } from './document-ref.ts';

const InvoiceRequest = z.object({
  ...DocumentRefFields,
  InvoiceID: text('InvoiceID'),
  Note: text('Note'),
  Fulfillment: choice('Fulfillment', ['Sent', 'Unsent']),
});
type InvoiceRequest = z.output<typeof InvoiceRequest>;

const UPDATED = { Message: 'Invoice has been Updated!' };

// Role sentences from reference page 000, word for word.
const VOID_ROLES = [role('Sell', 'EDIT'), role('Orders', 'VoidInvoice')];
const RESTORE_ROLES = [role('Sell', 'EDIT'), role('Global', 'EDIT')];
const ERASE_ROLES = [role('ORDER', 'DELETE'), role('Global', 'DELETE')];

function findInvoice(state: SimState, request: InvoiceRequest, client: ApiClient | undefined): Invoice {
  const invoices = state.store.invoices;
  if (request.InvoiceID === undefined && request.Number === undefined) {
    // "Request can be send with payload Outlet+Number / OutletID + Number /InvoiceID only" (page 000).
    throw badRequest('Outlet and Number, OutletID and Number, or InvoiceID is required');
  }
  if (request.InvoiceID !== undefined) {
    const id = request.InvoiceID.trim().toLowerCase();
    const invoice = invoices.find((i) => i.id === id);
    if (!invoice) throw notInDatabase(`Invoice ${request.InvoiceID}`);
    assertOutletAccess(client, invoice.outlet);
    return invoice;
  }
  return findByOutletAndNumber(state.store, invoices, request, 'Invoice', client);
}

/** Invoice/Void, Invoice/Restore and Invoice/Erase: the recycle-bin cycle of an invoice. */
export function registerInvoiceRoutes(app: FastifyInstance, state: SimState): void {
  registerApiRoute(app, state, {
    method: 'PUT',
    path: 'Invoice/Void',
    role: VOID_ROLES,
    write: true,
    handler: ({ input, state, client }) => {
      const request = parseInput(InvoiceRequest, input);
      const invoice = findInvoice(state, request, client);
      if (invoice.state === 'voided')
        throw conflict(`Invoice ${invoice.number} is already in the Recycle Bin`);
      // "When provided it will prevent VOID when the specified Order.Fulfillment state does not match!"
      if (request.Fulfillment !== undefined && request.Fulfillment !== invoice.fulfillment) {
        throw conflict(
          `Invoice ${invoice.number} fulfillment is ${invoice.fulfillment}, not ${request.Fulfillment}: it was not voided`,
        );
      }
      invoice.state = 'voided';
      invoice.note = request.Note ?? invoice.note;
      return UPDATED;
    },
  });

  registerApiRoute(app, state, {
    method: 'PUT',
    path: 'Invoice/Restore',
    role: RESTORE_ROLES,
    write: true,
    handler: ({ input, state, client }) => {
      const request = parseInput(InvoiceRequest, input);
      const invoice = findInvoice(state, request, client);
      if (invoice.state !== 'voided') throw conflict(`Invoice ${invoice.number} is not in the Recycle Bin`);
      invoice.state = 'active';
      invoice.note = request.Note ?? invoice.note;
      return UPDATED;
    },
  });

  registerApiRoute(app, state, {
    method: 'DELETE',
    path: 'Invoice/Erase',
    role: ERASE_ROLES,
    write: true,
    handler: ({ input, state, client }) => {
      const invoice = findInvoice(state, parseInput(InvoiceRequest, input), client);
      if (invoice.state !== 'voided') {
        throw conflict(`Invoice ${invoice.number} must be in the Recycle Bin before it can be erased`);
      }
      // Erased for good: later requests for it answer 400, as for any unknown invoice.
      state.store.invoices.splice(state.store.invoices.indexOf(invoice), 1);
      return { Message: 'Invoice has been Erased!' };
    },
  });
}
