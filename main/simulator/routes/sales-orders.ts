import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { registerApiRoute } from '../api-route.ts';
import { text } from '../input-fields.ts';
import { parseInput } from '../request-input.ts';
import { role } from '../roles.ts';
import type { SimState } from '../state.ts';
import { DocumentRefFields, findByOutletAndNumber } from './document-ref.ts';

const ReferenceNumberRequest = z.object({
  ...DocumentRefFields,
  ReferenceNumber: text('ReferenceNumber'),
  LogisticServiceCode: text('LogisticServiceCode'),
  Note: text('Note'),
});

/** PUT SalesOrder/ReferenceNumber. Empty fields leave the stored value alone (reference page 001). */
export function registerSalesOrderRoutes(app: FastifyInstance, state: SimState): void {
  registerApiRoute(app, state, {
    method: 'PUT',
    path: 'SalesOrder/ReferenceNumber',
    role: [role('Sell', 'EDIT')],
    write: true,
    handler: ({ input, state, client }) => {
      const request = parseInput(ReferenceNumberRequest, input);
      const order = findByOutletAndNumber(
        state.store,
        state.store.salesOrders,
        request,
        'Sales Order',
        client,
      );
      if (request.ReferenceNumber !== undefined) order.referenceNumber = request.ReferenceNumber;
      if (request.LogisticServiceCode !== undefined) order.logisticServiceCode = request.LogisticServiceCode;
      if (request.Note !== undefined) order.note = request.Note;
      return { Message: `reference number for sales order ${order.number} has been updated` };
    },
  });
}
