import type { InvokeChannel } from '../../../main/app-contract.ts';
import { rollProfile } from '../../support/label-profiles.ts';

// One payload per channel that its schema accepts, each with every optional field filled in, so
// a mutation can break any field. `satisfies Record<InvokeChannel, unknown>` makes the compiler
// ask for an entry when a channel is added; a test checks each entry is still accepted.

const outlet = 'Toko Pusat';
const code = '8991234567890';
const jobId = '3f1c2b4e-8d7a-4c2e-9b1a-2f6e5d4c3b2a';

const labelProfile = () => ({
  ...rollProfile('Rol 38 x 25', { width: 38, height: 25 }),
  id: 'custom-roll-38x25',
  dpi: 203,
});

const labelJob = () => ({
  profileId: 'roll-38x25',
  outletName: outlet,
  date: '2026-11-03',
  labels: [{ name: 'Kaos Polos', variant: 'M / Hitam', code, price: 85_000, copies: 2, symbology: 'ean13' }],
});

const receiveReport = () => ({
  document: { kind: 'bill', number: 'PB/2026/11/0001', outlet },
  finishedAt: 1_795_000_000_000,
  countedBy: 'Sari',
  lines: [
    {
      variantId: 'v-1',
      code,
      name: 'Kaos Polos M / Hitam',
      expected: 6,
      counted: 5,
      unitPrice: 85_000,
      corrections: [{ from: 4, to: 5, reason: 'Satu karton terlewat' }],
    },
  ],
  unexpected: [{ code: '8990000000017', name: 'Topi Rajut', counted: 1, unitPrice: 45_000 }],
});

/** A fresh table on every call: mutations work on their own copies. */
export function validPayloads() {
  return {
    'app:info': undefined,
    'settings:get': undefined,
    'settings:set-language': { language: 'id' },
    'connection:get': undefined,
    'connection:test': { host: 'acme', clientId: 'client-1', clientSecret: 'secret-1' },
    'connection:save': {
      host: 'acme',
      clientId: 'client-1',
      clientSecret: 'secret-1',
      allowWeakEncryption: false,
    },
    'connection:choose-outlet': { outletId: '1', outletName: outlet },
    'connection:start-demo': undefined,
    'connection:disconnect': undefined,
    'outlets:list': undefined,
    'quota:get': undefined,
    'catalog:page': { category: 'Pakaian/Kaos', pageNumber: 1, pageSize: 100 },
    'catalog:categories': undefined,
    'catalog:lookup': { code },
    'catalog:products-page': { pageNumber: 2, pageSize: 100 },
    'catalog:stock-everywhere': { code },
    'customers:find': { by: 'email', value: 'budi@example.co.id' },
    'customers:photo': { code: 'M0001' },
    'customers:check-pin': { code: 'M0001', pin: '123456' },
    'customers:clear-lockout': { code: 'M0001', approval: { passcode: '2468', approver: 'Ibu Sari' } },
    'customers:audit': { limit: 50 },
    'customers:audit-csv': undefined,
    'customers:recent': undefined,
    'labels:lookup-document': { kind: 'bill', outlet, number: 'PB/2026/11/0001' },
    'labels:outlet-prices': { outlet, codes: [code, 'KAOS-M-HITAM'] },
    'labels:profiles': undefined,
    'labels:check-profile': labelProfile(),
    'labels:save-profile': labelProfile(),
    'labels:delete-profile': {
      id: 'custom-roll-38x25',
      approval: { passcode: '2468', approver: 'Ibu Sari' },
    },
    'labels:recent': undefined,
    'labels:preferences': undefined,
    'labels:save-preferences': {
      priceSource: { bill: 'document', delivery: 'catalog' },
      profileId: 'roll-38x25',
      printerName: 'Zebra ZD220',
      symbology: 'auto',
    },
    'labels:printers': undefined,
    'labels:print': { job: labelJob(), target: { kind: 'printer', name: 'Zebra ZD220' } },
    'labels:save-pdf': { job: labelJob(), fileName: 'label-PB-2026-11-0001.pdf' },
    'labels:save-zpl': { fileName: 'label.zpl', zpl: `^XA^FO20,20^BEN,50^FD${code}^FS^XZ` },
    'labels:print-job': { jobId },
    'labels:print-rendered': { jobId, pages: 3 },
    'back-office:invoice-void': {
      outlet,
      number: '2026.11.00005',
      note: 'Salah input',
      fulfillment: 'Unsent',
    },
    'back-office:invoice-restore': { outlet, number: '2026.11.00005', note: 'Dikembalikan' },
    'back-office:invoice-erase': {
      outlet,
      number: '2026.11.00005',
      approval: { passcode: '2468', approver: 'Ibu Sari' },
    },
    'back-office:invoice-read': { outlet, number: '2026.11.00005' },
    'back-office:invoice-history': { outlet, number: '2026.11.00005' },
    'back-office:order-reference': {
      outlet,
      number: 'SO/2026/11/0001',
      referenceNumber: 'JP1234567890',
      logisticServiceCode: 'JNE-REG',
      note: 'Kirim sore',
    },
    'back-office:variant': { code },
    'back-office:variant-update': {
      code,
      name: 'Kaos Polos',
      model: 'M',
      unitPrice: 85_000,
      unitCost: 50_000,
      taxable: true,
      discontinued: false,
      outletPrices: [{ outlet, price: 80_000, extraCost: 0 }],
    },
    'back-office:variant-add': {
      productCode: 'KAOS',
      variants: [
        {
          code: 'KAOS-XL',
          model: 'XL',
          unitPrice: 90_000,
          unitCost: 52_000,
          discontinued: false,
          description: 'Katun',
        },
      ],
    },
    'back-office:variant-delete': { code, approval: { passcode: '2468', approver: 'Ibu Sari' } },
    'back-office:activity': { limit: 100 },
    'back-office:activity-csv': undefined,
    'store-check:plan': undefined,
    'store-check:run': undefined,
    'store-check:progress': undefined,
    'store-check:last': undefined,
    'store-check:report': undefined,
    'manager:status': undefined,
    'support:save-bundle': { catalog: { items: 12_345, completedAt: 1_764_600_000_000, unfinished: false } },
    'updates:state': undefined,
    'updates:check': undefined,
    'updates:restart': undefined,
    'updates:set-busy': { reason: 'count', busy: true },
    'updates:set-feed': {
      feedUrl: 'https://updates.toko.example/dealpos/',
      approval: { passcode: '2468', approver: 'Ibu Sari' },
    },
    'logs:page-error': {
      kind: 'error',
      message: 'TypeError: x is undefined',
      stack: 'TypeError: x is undefined\n    at labels.tsx:12:3',
      where: 'labels',
    },
    'manager:set-passcode': { current: '2468', next: '13579' },
    'receive:report-csv': { report: receiveReport(), language: 'id' },
    'receive:save-report-pdf': { report: receiveReport(), language: 'en' },
    'receive:report-job': { jobId },
    'receive:report-rendered': { jobId, pages: 1 },
  } satisfies Record<InvokeChannel, unknown>;
}
