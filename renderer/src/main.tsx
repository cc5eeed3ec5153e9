// Bundled into a CSS file of its own: the CSP allows no inline style and no remote font.
import '@radix-ui/themes/styles.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/app.tsx';
import { createAppStores } from './app/app-stores.ts';
import { dealposBridge } from './bridge/dealpos-bridge.ts';
import { routeScrollLockStyles } from './csp/scroll-lock-styles.ts';
import { reportPageErrors } from './errors/report-page-errors.ts';
import { createI18n } from './i18n/i18n.ts';
import { LabelPrintPage } from './labels/print-page.tsx';
import { labelPrintJobId } from './labels/print-route.ts';
import { ReceiveReportPage } from './receive/report/report-page.tsx';
import { receiveReportJobId } from './receive/report/report-route.ts';
import { StoresProvider } from './stores/app-stores.ts';

routeScrollLockStyles();
const root = document.getElementById('root');
// Main's hidden print window opens this same page on the print route of one label job.
const printJobId = labelPrintJobId(location.hash);
// And on the report route of one discrepancy report (issue #15).
const reportJobId = receiveReportJobId(location.hash);

if (root && printJobId) {
  createRoot(root).render(
    <StrictMode>
      <LabelPrintPage bridge={dealposBridge()} jobId={printJobId} />
    </StrictMode>,
  );
} else if (root && reportJobId) {
  createRoot(root).render(
    <StrictMode>
      <ReceiveReportPage bridge={dealposBridge()} jobId={reportJobId} />
    </StrictMode>,
  );
} else if (root) {
  // The page's uncaught errors go to main's log file (main/logging).
  reportPageErrors(window, dealposBridge(), () => location.hash.replace(/^#\/?/, '') || 'start');
  const i18n = createI18n();
  const stores = createAppStores(dealposBridge(), i18n);
  void stores.session.getState().start();
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <StoresProvider stores={stores}>
          <App />
        </StoresProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}
