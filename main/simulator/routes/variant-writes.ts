import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { registerApiRoute } from '../api-route.ts';
import type { Catalog } from '../catalog/catalog.ts';
import { type Component, type OutletPrice, type Variant, variantDisplayName } from '../catalog/records.ts';
import { VARIANT_TYPES } from '../catalog/variant-types.ts';
import { badRequest, conflict, notInDatabase } from '../dealpos-error.ts';
import { choice, flag, integer, requiredText, text } from '../input-fields.ts';
import { parseInput } from '../request-input.ts';
import { role } from '../roles.ts';
import type { SimState } from '../state.ts';
import { findOutlet, type SimStore } from '../store.ts';

const list = (name: string) => z.array(z.unknown(), { error: `${name} must be a list` }).optional();

const AddRequest = z.object({ Code: requiredText('Code'), Variants: list('Variants') });
const NewVariant = z.object({
  Model: text('Model'),
  Code: requiredText('Variant Code'),
  UnitCost: integer('UnitCost'),
  UnitPrice: integer('UnitPrice'),
  Discontinued: flag('Discontinued'),
  VariantDescription: text('VariantDescription'),
});

const UpdateRequest = z.object({
  Code: requiredText('Code'),
  Name: text('Name'),
  Model: text('Model'),
  // "Backwards compatibility with property Variant" (reference page 002).
  Variant: text('Variant'),
  ProductCode: text('ProductCode'),
  Weight: integer('Weight'),
  Type: choice('Type', VARIANT_TYPES),
  OrderPrice: integer('OrderPrice'),
  UnitCost: integer('UnitCost'),
  UnitPrice: integer('UnitPrice'),
  Taxable: flag('Taxable'),
  LoyaltyPoint: flag('LoyaltyPoint'),
  Discontinued: flag('Discontinued'),
  Description: text('Description'),
  Components: list('Components'),
  OutletPrice: list('OutletPrice'),
});
const ComponentInput = z.object({
  Code: requiredText('Component Code'),
  Name: text('Name'),
  Qty: integer('Qty'),
});
const OutletPriceInput = z.object({
  Outlet: requiredText('Outlet'),
  Price: integer('Price'),
  ExtraCost: integer('ExtraCost'),
});

const DeleteRequest = z.object({ Code: requiredText('Code') });

function existingVariant(catalog: Catalog, code: string): Variant {
  const variant = catalog.variantByCode(code);
  if (!variant) throw notInDatabase(`Variant with code ${code}`);
  return variant;
}

function components(catalog: Catalog, items: readonly unknown[]): Component[] {
  return items.map((item) => {
    const c = parseInput(ComponentInput, item);
    const part = existingVariant(catalog, c.Code);
    return { Name: c.Name ?? part.name, Code: part.code, Qty: c.Qty ?? 1 };
  });
}

/** Outlet prices are upserted per outlet: outlets the request leaves out keep theirs. */
function mergedOutletPrices(store: SimStore, current: OutletPrice[] | null, items: readonly unknown[]) {
  const merged = [...(current ?? [])];
  for (const item of items) {
    const p = parseInput(OutletPriceInput, item);
    const outlet = findOutlet(store, p.Outlet);
    if (!outlet) throw notInDatabase(`Outlet ${p.Outlet}`);
    const entry: OutletPrice = { Outlet: outlet.name, Price: p.Price ?? 0, ExtraCost: p.ExtraCost ?? 0 };
    const index = merged.findIndex((m) => m.Outlet === outlet.name);
    if (index >= 0) merged[index] = entry;
    else merged.push(entry);
  }
  return merged.length > 0 ? merged : null;
}

/** POST Variant/Add, PUT Variant and DELETE Variant. Each checks everything before it changes anything. */
export function registerVariantWriteRoutes(app: FastifyInstance, state: SimState): void {
  registerApiRoute(app, state, {
    method: 'POST',
    path: 'Variant/Add',
    role: [role('Products', 'ADD')],
    write: true,
    handler: ({ input, state }) => {
      const request = parseInput(AddRequest, input);
      const catalog = state.store.catalog;
      const product = catalog.productByCode(request.Code);
      if (!product) throw notInDatabase(`Product with Code ${request.Code}`);
      const wanted = (request.Variants ?? []).map((item) => parseInput(NewVariant, item));
      if (wanted.length === 0) throw badRequest('Variants is required');
      const codes = new Set<string>();
      for (const w of wanted) {
        if (catalog.hasCode(w.Code) || codes.has(w.Code.toUpperCase())) {
          throw conflict(`Variant code ${w.Code} already exists`);
        }
        codes.add(w.Code.toUpperCase());
      }
      const template = product.variants[0];
      const added = wanted.map((w): Variant => {
        const model = w.Model ?? '';
        const variant: Variant = {
          id: randomUUID(),
          product,
          code: w.Code.trim(),
          model,
          name: variantDisplayName(product.name, model),
          type: product.type,
          orderPrice: 0,
          unitCost: w.UnitCost ?? 0,
          unitPrice: w.UnitPrice ?? 0,
          taxable: template?.taxable ?? true,
          loyaltyPoint: template?.loyaltyPoint ?? true,
          discontinued: w.Discontinued ?? false,
          weight: template?.weight ?? 0,
          description: w.VariantDescription ?? '',
          outletPrices: null,
          components: null,
          seq: catalog.nextSeq(),
        };
        catalog.addVariant(variant);
        return variant;
      });
      return {
        ID: product.id,
        Variants: added.map((v) => ({ Code: v.code, ID: v.id })),
        ListVariantID: added.map((v) => v.id),
      };
    },
  });

  registerApiRoute(app, state, {
    method: 'PUT',
    path: 'Variant',
    role: [role('Products', 'EDIT')],
    write: true,
    handler: ({ input, state }) => {
      const u = parseInput(UpdateRequest, input);
      const store = state.store;
      const variant = existingVariant(store.catalog, u.Code);
      if (u.ProductCode !== undefined && u.ProductCode.toUpperCase() !== variant.product.code.toUpperCase()) {
        // Moving a variant to another product is not simulated; refusing beats pretending.
        throw badRequest(`Moving variant ${variant.code} to product ${u.ProductCode} is not supported`);
      }
      const newComponents = u.Components ? components(store.catalog, u.Components) : undefined;
      const newOutletPrices = u.OutletPrice
        ? mergedOutletPrices(store, variant.outletPrices, u.OutletPrice)
        : undefined;
      const model = u.Model ?? u.Variant;
      if (model !== undefined) variant.model = model;
      if (u.Name !== undefined) variant.name = u.Name;
      else if (model !== undefined) variant.name = variantDisplayName(variant.product.name, model);
      if (u.Weight !== undefined) variant.weight = u.Weight;
      if (u.Type !== undefined) variant.type = u.Type;
      if (u.OrderPrice !== undefined) variant.orderPrice = u.OrderPrice;
      if (u.UnitCost !== undefined) variant.unitCost = u.UnitCost;
      if (u.UnitPrice !== undefined) variant.unitPrice = u.UnitPrice;
      if (u.Taxable !== undefined) variant.taxable = u.Taxable;
      if (u.LoyaltyPoint !== undefined) variant.loyaltyPoint = u.LoyaltyPoint;
      if (u.Discontinued !== undefined) variant.discontinued = u.Discontinued;
      if (u.Description !== undefined) variant.description = u.Description;
      if (newComponents !== undefined) variant.components = newComponents.length > 0 ? newComponents : null;
      if (newOutletPrices !== undefined) variant.outletPrices = newOutletPrices;
      return { Message: 'Update Success' };
    },
  });

  registerApiRoute(app, state, {
    method: 'DELETE',
    path: 'Variant',
    role: [role('Products', 'DELETE')],
    write: true,
    handler: ({ input, state }) => {
      const { Code } = parseInput(DeleteRequest, input);
      const variant = existingVariant(state.store.catalog, Code);
      state.store.catalog.removeVariant(variant);
      // DealPOS answers this one with a bare JSON string, not a {Message} object.
      return `Variant with code ${variant.code} has been successfully deleted.`;
    },
  });
}
