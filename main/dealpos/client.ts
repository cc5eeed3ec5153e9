import { z } from 'zod';
import { type CallOptions, DealposHttp, type DealposHttpOptions } from './http.ts';
import { barcodeLineSchema } from './schemas/barcode.ts';
import { pinSchema } from './schemas/customer.ts';
import { countSchema, messageSchema, pageOf } from './schemas/envelope.ts';
import { codeStockSchema } from './schemas/inventory.ts';
import { invoiceDetailSchema } from './schemas/invoice.ts';
import { productRecordSchema } from './schemas/product.ts';
import { categorySchema } from './schemas/store.ts';
import {
  addedVariantsSchema,
  variantDataRowSchema,
  variantDetailSchema,
  variantIdSchema,
  variantRecordSchema,
} from './schemas/variant.ts';
import { customerReads, outletReads } from './store-reads.ts';

/** Filters shared by List Variants, Variant Data and Variant Count. */
export interface VariantFilter {
  /** The reference page marks it required; whether DealPOS lists everything without it is unknown. */
  category?: string;
  type?: string;
  name?: string;
  code?: string;
  /** yyyy-mm-dd */
  releasedFrom?: string;
  releasedTo?: string;
}

export interface PageRequest {
  /** From 1. */
  pageNumber: number;
  pageSize: number;
}

/** Fields of `PUT Variant`; only `code` is required, and only what is given is changed. */
export interface VariantUpdate {
  code: string;
  name?: string;
  model?: string;
  unitPrice?: number;
  unitCost?: number;
  taxable?: boolean;
  discontinued?: boolean;
  outletPrices?: { outlet: string; price: number; extraCost?: number }[];
}

export interface NewVariant {
  code: string;
  model: string;
  unitPrice: number;
  unitCost?: number;
  discontinued?: boolean;
  description?: string;
}

/** Which invoice: by outlet name and number (the form the counter knows). */
export interface InvoiceRef {
  outlet: string;
  number: string;
}

const filterQuery = (filter: VariantFilter) => ({
  Category: filter.category,
  Type: filter.type,
  Name: filter.name,
  Code: filter.code,
  ReleasedFrom: filter.releasedFrom,
  ReleasedTo: filter.releasedTo,
});

/**
 * A typed method for each DealPOS operation the app uses. Every call goes through the governor
 * (`lane` defaults to interactive), and every answer is parsed into the app's own types.
 */
export function createDealposClient(options: DealposHttpOptions) {
  const http = new DealposHttp(options);
  const variantPage = pageOf(variantRecordSchema);
  const documentLines = (endpoint: string) => (outlet: string, number: string, call?: CallOptions) =>
    http.read(
      endpoint,
      { method: 'GET', query: { Outlet: outlet, Number: number } },
      z.array(barcodeLineSchema),
      call,
    );

  return {
    baseUrl: http.baseUrl,
    /** Fetches a token now: proves the host and credentials work. */
    authenticate: () => http.authenticate(),

    outlets: outletReads(http),

    categories: {
      list: (call?: CallOptions) => http.read('Category', { method: 'GET' }, z.array(categorySchema), call),
    },

    customers: {
      ...customerReads(http),
      /** The customer's PIN in clear. Main process only: never log it, never send it to a page. */
      pin: (customerId: string, call?: CallOptions) =>
        http.read('Customer/PIN', { method: 'GET', query: { ID: customerId } }, pinSchema, call),
    },

    variants: {
      list: (filter: VariantFilter, page: PageRequest, call?: CallOptions) =>
        http.read(
          'Variant',
          {
            method: 'GET',
            query: { ...filterQuery(filter), PageNumber: page.pageNumber, PageSize: page.pageSize },
          },
          variantPage,
          call,
        ),
      data: (filter: VariantFilter, page: PageRequest, call?: CallOptions) =>
        http.read(
          'Variant/Data',
          {
            method: 'GET',
            query: { ...filterQuery(filter), PageNumber: page.pageNumber, PageSize: page.pageSize },
          },
          pageOf(variantDataRowSchema),
          call,
        ),
      count: (filter: VariantFilter, call?: CallOptions) =>
        http.read('Variant/Count', { method: 'GET', query: filterQuery(filter) }, countSchema, call),
      detail: (key: { code: string } | { id: string }, call?: CallOptions) =>
        http.read(
          'Variant/Detail',
          { method: 'GET', query: 'code' in key ? { Code: key.code } : { ID: key.id } },
          variantDetailSchema,
          call,
        ),
      /** IDs of the given codes that exist and are not discontinued; unknown codes are simply absent. */
      idsByCodes: (codes: readonly string[], call?: CallOptions) =>
        // A list input cannot go in a GET body (fetch sends none), so this uses the POST twin.
        http.read(
          'Variant/GetIDByListCode',
          { method: 'POST', body: [...codes] },
          z.array(variantIdSchema),
          call,
        ),
      idsByCodesWithDiscontinued: (
        codes: readonly string[],
        discontinued: 'All' | 'Yes' | 'No' = 'All',
        call?: CallOptions,
      ) =>
        http.read(
          'Variant/GetIDByListCodeDiscontinued',
          { method: 'POST', body: { ListCode: [...codes], Discontinued: discontinued } },
          z.array(variantIdSchema),
          call,
        ),
      add: (productCode: string, variants: readonly NewVariant[], call?: CallOptions) =>
        http.write(
          'Variant/Add',
          {
            method: 'POST',
            body: {
              Code: productCode,
              Variants: variants.map((v) => ({
                Model: v.model,
                Code: v.code,
                UnitPrice: v.unitPrice,
                UnitCost: v.unitCost,
                Discontinued: v.discontinued ?? false,
                VariantDescription: v.description,
              })),
            },
          },
          addedVariantsSchema,
          call,
        ),
      update: (update: VariantUpdate, call?: CallOptions) =>
        http.write(
          'Variant',
          {
            method: 'PUT',
            body: {
              Code: update.code,
              Name: update.name,
              Model: update.model,
              UnitPrice: update.unitPrice,
              UnitCost: update.unitCost,
              Taxable: update.taxable,
              Discontinued: update.discontinued,
              OutletPrice: update.outletPrices?.map((p) => ({
                Outlet: p.outlet,
                Price: p.price,
                ExtraCost: p.extraCost ?? 0,
              })),
            },
          },
          messageSchema,
          call,
        ),
      remove: (code: string, call?: CallOptions) =>
        http.write('Variant', { method: 'DELETE', body: { Code: code } }, messageSchema, call),
    },

    products: {
      /** Products with all their variants (and on-hand stock with `queryInventory`), as live stores answer `GET /Product`. */
      list: (page: PageRequest, options: { queryInventory: boolean }, call?: CallOptions) =>
        http.read(
          'Product',
          {
            method: 'GET',
            query: {
              PageNumber: page.pageNumber,
              PageSize: page.pageSize,
              QueryInventory: options.queryInventory || undefined,
            },
          },
          pageOf(productRecordSchema),
          call,
        ),
    },

    inventory: {
      /** Each outlet's stock of the given codes, in one request; unknown codes are simply absent. */
      byCodesPerOutlet: (codes: readonly string[], call?: CallOptions) =>
        http.read(
          'Inventory/CodeArrayGroupByOutlet',
          { method: 'POST', body: { Code: [...codes] } },
          z.array(codeStockSchema),
          call,
        ),
    },

    barcodes: {
      /** Lines of a supplier bill, for one label per unit. */
      byBillNumber: documentLines('Barcode/ByBillNumber'),
      /** Lines of an outlet delivery (transfer), for one label per unit. */
      byOutletDeliveryNumber: documentLines('Barcode/ByOutletDeliveryNumber'),
    },

    salesOrders: {
      /** Records a courier's tracking number (and logistic service); empty fields are left unchanged by DealPOS. */
      setReferenceNumber: (
        order: {
          outlet: string;
          number: string;
          referenceNumber?: string;
          logisticServiceCode?: string;
          note?: string;
        },
        call?: CallOptions,
      ) =>
        http.write(
          'SalesOrder/ReferenceNumber',
          {
            method: 'PUT',
            body: {
              Outlet: order.outlet,
              Number: order.number,
              ReferenceNumber: order.referenceNumber,
              LogisticServiceCode: order.logisticServiceCode,
              Note: order.note,
            },
          },
          messageSchema,
          call,
        ),
    },

    invoices: {
      /** One invoice with its date, customer, total, lines and state: what to show before a void. */
      detail: (invoice: { outletId: string; number: string }, call?: CallOptions) =>
        http.read(
          'Invoice/Detail',
          { method: 'GET', query: { Number: invoice.number, OutletID: invoice.outletId } },
          invoiceDetailSchema,
          call,
        ),
      /** Moves the invoice to the recycle bin. `fulfillment` makes DealPOS refuse when the order's state differs. */
      void: (invoice: InvoiceRef & { note?: string; fulfillment?: 'Sent' | 'Unsent' }, call?: CallOptions) =>
        http.write(
          'Invoice/Void',
          {
            method: 'PUT',
            body: {
              Outlet: invoice.outlet,
              Number: invoice.number,
              Note: invoice.note,
              Fulfillment: invoice.fulfillment,
            },
          },
          messageSchema,
          call,
        ),
      restore: (invoice: InvoiceRef & { note?: string }, call?: CallOptions) =>
        http.write(
          'Invoice/Restore',
          { method: 'PUT', body: { Outlet: invoice.outlet, Number: invoice.number, Note: invoice.note } },
          messageSchema,
          call,
        ),
      /** Deletes for good an invoice already in the recycle bin. Cannot be undone. */
      erase: (invoice: InvoiceRef, call?: CallOptions) =>
        http.write(
          'Invoice/Erase',
          { method: 'DELETE', body: { Outlet: invoice.outlet, Number: invoice.number } },
          messageSchema,
          call,
        ),
    },
  };
}

export type DealposClient = ReturnType<typeof createDealposClient>;
