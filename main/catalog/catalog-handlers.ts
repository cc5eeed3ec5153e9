import type { FeatureContext } from '../core/feature-context.ts';
import type { HandlersFor } from '../ipc/channel.ts';
import type { catalogChannels } from './catalog-channels.ts';
import { createCatalogSource } from './catalog-source.ts';

/** The catalog's channels: the pages the page's sync stores, lookups, stock in every outlet. */
export function createCatalogHandlers(services: FeatureContext): HandlersFor<typeof catalogChannels> {
  const source = createCatalogSource(
    () => services.connection.client(),
    services.now,
    () => services.connection.view().outlet?.name ?? null,
  );
  return {
    'catalog:page': ({ category, pageNumber, pageSize }) => source.page(category, pageNumber, pageSize),
    'catalog:categories': () => source.categories(),
    'catalog:lookup': ({ code }) => source.lookup(code),
    'catalog:products-page': ({ pageNumber, pageSize }) => source.productPage(pageNumber, pageSize),
    'catalog:stock-everywhere': ({ code }) => source.stockEverywhere(code),
  };
}
