// The app's own catalog classes on `window`, for the benchmark's page scripts: the app bundle
// keeps them inside its modules. This page is served from the app's origin, so `new CatalogDb()`
// opens the same `dealpos-catalog` database the app's sync filled. Dexie itself, for the bulk
// write's one-record-per-item reference table; writePage, to write rows as the sync does.
import Dexie from 'dexie';
import { CatalogDb } from '../../renderer/src/catalog/catalog-db.ts';
import { CatalogLookup } from '../../renderer/src/catalog/catalog-lookup.ts';
import { writePage } from '../../renderer/src/catalog/page-write.ts';

Object.assign(globalThis, {
  CatalogDb,
  CatalogLookup,
  Dexie,
  catalogWritePage: writePage,
  catalogBenchReady: true,
});
