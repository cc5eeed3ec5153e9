// The app's own catalog classes on `window`, for the benchmark's page scripts: the app bundle
// keeps them inside its modules. This page is served from the app's origin, so `new CatalogDb()`
// opens the same `dealpos-catalog` database the app's sync filled.
import { CatalogDb } from '../../renderer/src/catalog/catalog-db.ts';
import { CatalogLookup } from '../../renderer/src/catalog/catalog-lookup.ts';

Object.assign(globalThis, { CatalogDb, CatalogLookup, catalogBenchReady: true });
