import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { type ApiCall, registerRead } from '../api-route.ts';
import { notInDatabase } from '../dealpos-error.ts';
import { requiredText } from '../input-fields.ts';
import { assertOutletAccess } from '../outlet-access.ts';
import { parseInput } from '../request-input.ts';
import { role } from '../roles.ts';
import type { LabelDocument } from '../seed/documents.ts';
import type { SimState } from '../state.ts';
import { findOutlet } from '../store.ts';

const DocumentQuery = z.object({ Outlet: requiredText('Outlet'), Number: requiredText('Number') });

/**
 * The lines of one outlet's document. A number that exists only at another outlet is unknown
 * here: numbering is per outlet, and two outlets may both have "2026.11.00001".
 */
function documentLines(call: ApiCall, documents: readonly LabelDocument[], label: string) {
  const { state, input } = call;
  const query = parseInput(DocumentQuery, input);
  const outlet = findOutlet(state.store, query.Outlet);
  if (!outlet) throw notInDatabase(`Outlet ${query.Outlet}`);
  assertOutletAccess(call.client, outlet);
  const number = query.Number.trim().toLowerCase();
  const document = documents.find((d) => d.outlet === outlet && d.number.toLowerCase() === number);
  if (!document) throw notInDatabase(`${label} ${query.Number}`);
  return document.lines;
}

/** Barcode/ByBillNumber and Barcode/ByOutletDeliveryNumber: label lines `[{VariantID, Name, Code, Quantity, UnitPrice}]`. */
export function registerBarcodeRoutes(app: FastifyInstance, state: SimState): void {
  const productsView = [role('Products', 'VIEW')];
  registerRead(app, state, {
    path: 'Barcode/ByBillNumber',
    role: productsView,
    handler: (call) => documentLines(call, call.state.store.bills, 'Bill'),
  });
  registerRead(app, state, {
    path: 'Barcode/ByOutletDeliveryNumber',
    role: productsView,
    handler: (call) => documentLines(call, call.state.store.deliveries, 'Outlet Delivery'),
  });
}
