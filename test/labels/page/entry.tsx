// The labels screen and the print page as the app mounts them (same components, same CSS, same
// CSP), in a page of their own: the app's navigation is wired elsewhere, and Electron cannot run
// here. `window.dealpos` is put there by the test over the real main-process handlers.
import '@radix-ui/themes/styles.css';
import '../../../renderer/src/app/app.css';
import { Theme } from '@radix-ui/themes';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createAppStores } from '../../../renderer/src/app/app-stores.ts';
import { bridgeRemote } from '../../../renderer/src/catalog/bridge-remote.ts';
import { CatalogDb } from '../../../renderer/src/catalog/catalog-db.ts';
import { CatalogLookup } from '../../../renderer/src/catalog/catalog-lookup.ts';
import { CatalogSync } from '../../../renderer/src/catalog/catalog-sync.ts';
import { routeScrollLockStyles } from '../../../renderer/src/csp/scroll-lock-styles.ts';
import { createI18n } from '../../../renderer/src/i18n/i18n.ts';
import { LabelsScreen } from '../../../renderer/src/labels/labels-screen.tsx';
import type { CatalogFinder } from '../../../renderer/src/labels/labels-state.ts';
import { LabelPrintPage } from '../../../renderer/src/labels/print-page.tsx';
import { labelPrintJobId } from '../../../renderer/src/labels/print-route.ts';
import { ApprovalDialog } from '../../../renderer/src/manager/approval-dialog.tsx';
import { StoresProvider } from '../../../renderer/src/stores/app-stores.ts';

async function main() {
  // As the app's main.tsx does: Radix's scroll lock styles go through the CSSOM.
  routeScrollLockStyles();
  const bridge = window.dealpos;
  const element = document.getElementById('root');
  if (!bridge || !element) throw new Error('no bridge or no #root');
  const root = createRoot(element);

  const jobId = labelPrintJobId(location.hash);
  if (jobId) {
    root.render(<LabelPrintPage bridge={bridge} jobId={jobId} />);
    return;
  }

  const params = new URLSearchParams(location.search);
  let catalog: CatalogFinder | null = null;
  if (params.has('catalog')) {
    // The real IndexedDB catalog of this page, filled by the real sync from the simulator.
    const db = new CatalogDb(`labels-${params.get('catalog')}`);
    await new CatalogSync(db, bridgeRemote(bridge)).run();
    catalog = new CatalogLookup(db);
  }
  const i18n = createI18n(params.get('lang') === 'id' ? 'id' : 'en');
  const stores = createAppStores(bridge, i18n, {
    labelsCatalog: catalog,
    today: () => params.get('today') ?? '2026-11-23',
  });
  Object.assign(window, { __labelsStore: stores.labels });
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <Theme appearance="light" accentColor="indigo" grayColor="slate" radius="medium" scaling="110%">
          {/* The app's one manager dialog: saving or deleting a label size asks for the passcode. */}
          <StoresProvider stores={stores}>
            <main style={{ padding: '24px' }}>
              <LabelsScreen />
            </main>
            <ApprovalDialog />
          </StoresProvider>
        </Theme>
      </I18nextProvider>
    </StrictMode>,
  );
}

void main();
