import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { registerRead } from '../api-route.ts';
import { badRequest, DealposError, notInDatabase } from '../dealpos-error.ts';
import { requiredText, text } from '../input-fields.ts';
import { isLive } from '../profile.ts';
import { parseInput } from '../request-input.ts';
import { role } from '../roles.ts';
import type { Customer } from '../seed/customers.ts';
import type { SimState } from '../state.ts';
import { customerByEmailShape, customerShape } from './customer-shapes.ts';

const CONTACTS_VIEW = [role('Contacts', 'VIEW')];

type Lookup = 'Email' | 'Code' | 'MobilePhone' | 'ID';

// Email and Code ignore case (SQL Server collation); MobilePhone must match the stored "08..."
// form exactly, so a client has to normalise "+62 812..." itself.
const matchers: Record<Lookup, (c: Customer, value: string) => boolean> = {
  Email: (c, v) => c.email.toLowerCase() === v.toLowerCase(),
  Code: (c, v) => c.code.toLowerCase() === v.toLowerCase(),
  MobilePhone: (c, v) => c.mobilePhone === v,
  ID: (c, v) => c.id.toLowerCase() === v.toLowerCase(),
};

function findCustomer(state: SimState, field: Lookup, input: unknown): Customer {
  const value = parseInput(z.object({ [field]: requiredText(field) }), input)[field] as string;
  const customer = state.store.customers.find((c) => matchers[field](c, value.trim()));
  if (!customer) throw notInDatabase(`Customer with ${field} ${value}`);
  return customer;
}

const DetailQuery = z.object({
  ID: text('ID'),
  Code: text('Code'),
  Email: text('Email'),
  MobilePhone: text('MobilePhone'),
});

/**
 * Customer/Detail, the replacement DealPOS names for the deprecated Customer/Email: one customer
 * by ID, Code, Email or MobilePhone (README, live table "Deprecated"). The reference pages do
 * not know it, so the docs profile answers 404 (an unknown route: no body).
 */
function customerDetail(state: SimState, input: unknown): Customer {
  if (!isLive(state)) throw new DealposError(404, undefined);
  const query = parseInput(DetailQuery, input);
  const field = (['ID', 'Code', 'Email', 'MobilePhone'] as const).find((f) => query[f] !== undefined);
  if (field === undefined) throw badRequest('Please provide a value of ID, Code, Email or MobilePhone');
  const value = (query[field] as string).trim();
  const customer = state.store.customers.find((c) => matchers[field](c, value));
  if (!customer) throw notInDatabase(`Customer with ${field} ${value}`);
  return customer;
}

/** Customer/Detail, Customer/Email, Customer/Code, Customer/MobilePhone and Customer/PIN, each GET and POST. */
export function registerCustomerRoutes(app: FastifyInstance, state: SimState): void {
  registerRead(app, state, {
    path: 'Customer/Detail',
    role: CONTACTS_VIEW,
    handler: ({ input, state }) => customerShape(customerDetail(state, input)),
  });
  registerRead(app, state, {
    path: 'Customer/Email',
    role: CONTACTS_VIEW,
    handler: ({ input, state }) => customerByEmailShape(findCustomer(state, 'Email', input)),
  });
  registerRead(app, state, {
    path: 'Customer/Code',
    role: CONTACTS_VIEW,
    handler: ({ input, state }) => customerShape(findCustomer(state, 'Code', input)),
  });
  registerRead(app, state, {
    path: 'Customer/MobilePhone',
    role: CONTACTS_VIEW,
    handler: ({ input, state }) => customerShape(findCustomer(state, 'MobilePhone', input)),
  });
  registerRead(app, state, {
    path: 'Customer/PIN',
    role: CONTACTS_VIEW,
    // The PIN in clear: the companion compares it in its main process and never shows it.
    handler: ({ input, state }) => ({ PIN: findCustomer(state, 'ID', input).pin }),
  });
}
