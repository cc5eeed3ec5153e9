import type { Catalog } from '../catalog/catalog.ts';
import { jakartaTimestamp } from '../jwt.ts';
import type { Rng } from '../prng.ts';
import type { Customer } from './customers.ts';
import type { Invoice } from './documents.ts';

const NOVEMBER_2026 = Date.UTC(2026, 10, 1, 2, 0, 0);

/**
 * Gives each seeded invoice a date in November 2026, a customer (one in three is a walk-in
 * sale) and 1-4 lines at today's selling price, some with a discount.
 */
export function seedInvoiceDetails(
  rng: Rng,
  invoices: readonly Invoice[],
  catalog: Catalog,
  customers: readonly Customer[],
): void {
  const sellable = catalog.variants.filter((v) => !v.discontinued && v.code !== '');
  for (const invoice of invoices) {
    const day = rng.int(0, 27);
    const minutes = rng.int(0, 10 * 60);
    const customer = rng.chance(1 / 3) || customers.length === 0 ? null : rng.pick(customers);
    const lineCount = sellable.length === 0 ? 0 : rng.int(1, 4);
    const lines: Invoice['detail']['lines'] = [];
    for (let i = 0; i < lineCount; i++) {
      const v = rng.pick(sellable);
      const quantity = rng.int(1, 3);
      const discount = rng.chance(0.25) ? Math.round((v.unitPrice * quantity * 0.1) / 1000) * 1000 : 0;
      lines.push({
        VariantID: v.id,
        Name: v.name,
        Code: v.code,
        Quantity: quantity,
        Price: v.unitPrice,
        Discount: discount,
      });
    }
    invoice.detail = {
      date: jakartaTimestamp(NOVEMBER_2026 + day * 86_400_000 + minutes * 60_000 - 7 * 3600_000),
      customer: customer
        ? { id: customer.id, code: customer.code, name: `${customer.firstName} ${customer.lastName}` }
        : null,
      lines,
    };
  }
}
