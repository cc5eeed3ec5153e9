import type { FeatureContext } from '../core/feature-context.ts';
import type { HandlersFor } from '../ipc/channel.ts';
import {
  type CatalogPageAnswer,
  type catalogChannels,
  type ProductPageAnswer,
  pageMessage,
} from './catalog-channels.ts';
import { createCatalogSource } from './catalog-source.ts';

/** The catalog's channels: the pages the page's sync stores, lookups, stock in every outlet. */
export function createCatalogHandlers(services: FeatureContext): HandlersFor<typeof catalogChannels> {
  const source = createCatalogSource(
    () => services.connection.client(),
    services.now,
    () => services.connection.view().outlet?.name ?? null,
  );
  // The sync runs in the page; main sees it page by page, and the log file says how far it got.
  const progress = (list: string, pageNumber: number, answer: CatalogPageAnswer | ProductPageAnswer) =>
    services.log(
      `catalog sync: ${list} page ${pageNumber}: ${answer.kind === 'page' ? `${answer.rows.length} items` : answer.kind}`,
    );
  return {
    'catalog:page': async ({ category, pageNumber, pageSize }) => {
      const answer = await source.page(category, pageNumber, pageSize);
      progress(category === null ? '/Variant' : '/Variant by category', pageNumber, answer);
      return pageMessage(answer);
    },
    'catalog:categories': () => source.categories(),
    'catalog:lookup': ({ code }) => source.lookup(code),
    'catalog:products-page': async ({ pageNumber, pageSize }) => {
      const answer = await source.productPage(pageNumber, pageSize);
      progress('/Product', pageNumber, answer);
      return pageMessage(answer);
    },
    'catalog:stock-everywhere': ({ code }) => source.stockEverywhere(code),
  };
}
