import type {
  IpcResult,
  LabelDocument,
  LabelProfile,
  PrintJobView,
  PrintLabel,
} from '../main/app-contract.ts';
import { builtInProfiles } from '../main/labels/built-in-profiles.ts';
import { isSingleLabel, layoutOf } from '../main/labels/profile-geometry.ts';
import type { Dispatch } from '../test/labels/support/labels-page.ts';

// What the labels bench and the labels trace share: the job of 1,000 labels and a stand-in main.

export const labelCount = 1_000;

const profiles: LabelProfile[] = builtInProfiles.map((p) => ({
  ...structuredClone(p),
  builtIn: true,
  single: isSingleLabel(p),
  layout: layoutOf(p),
}));
export const roll = profiles.find((p) => p.id === 'roll-38x25') as LabelProfile;

const names = [
  'Kaos Polos Cotton Combed 30s',
  'Kemeja Flanel Oxford Lengan Panjang',
  'Celana Chino Slim Fit',
  'Tas Sekolah Karakter',
];
const sizes = ['S', 'M', 'L', 'XL', 'XXL'];

/** `distinct` different codes (each drawn once), `labelCount` labels in all. */
export function labelsOf(distinct: number): PrintLabel[] {
  return Array.from({ length: distinct }, (_, i) => ({
    name: names[i % names.length] as string,
    variant: sizes[i % sizes.length] as string,
    code: `SKU${String(10_000 + i)}-${sizes[i % sizes.length]}`,
    price: 49_000 + (i % 40) * 5_000,
    copies: labelCount / distinct,
    symbology: 'code128' as const,
  }));
}

/** What the bench sets before each run: the print page's job, the looked-up document. */
export interface StandInMain {
  job: PrintJobView | null;
  document: LabelDocument | null;
  /** Called when the print page says it has drawn its job. */
  rendered: ((pages: number) => void) | null;
  dispatch: Dispatch;
}

/**
 * Stands in for main: the print page asks for its job and says when it is drawn; the screen
 * starts as the app does (info, settings, a demo connection, so it opens on its frame) and
 * gets profiles, preferences and a looked-up document. No DealPOS, no simulator: the bench
 * measures drawing and printing, not the network.
 */
export function standInMain(): StandInMain {
  const answer = <T>(value: T): IpcResult<T> => ({ ok: true, value });
  const main: StandInMain = {
    job: null,
    document: null,
    rendered: null,
    dispatch: async (channel, _sender, payload) => {
      switch (channel) {
        case 'labels:print-job':
          return answer(main.job);
        case 'labels:print-rendered':
          main.rendered?.((payload as { pages: number }).pages);
          return answer(null);
        case 'app:info':
          return answer({ version: 'labels-bench', osLocale: 'en-US', secretProtection: 'os' });
        case 'settings:get':
          return answer({ language: 'en' });
        case 'connection:get':
          return answer({
            mode: 'demo',
            host: null,
            clientId: null,
            secretSet: true,
            outlet: { id: 'o1', name: 'Pluit' },
            online: true,
          });
        case 'outlets:list':
          return answer([{ id: 'o1', name: 'Pluit', code: 'PLT', suspended: false }]);
        case 'labels:profiles':
          return answer(profiles);
        case 'labels:preferences':
          return answer({
            priceSource: { bill: 'document', delivery: 'document' },
            profileId: roll.id,
            printerName: null,
            symbology: 'auto',
          });
        case 'labels:recent':
          return answer([]);
        case 'labels:printers':
          return answer({ available: true, printers: [] });
        case 'labels:lookup-document':
          return answer({ kind: 'found', document: main.document, recent: [main.document] });
        default:
          return answer(null);
      }
    },
  };
  return main;
}

/**
 * Chromium switches for the labels bench. Chrome 15x builds its omnibox popup as a WebUI page
 * (chrome://omnibox-popup.top-chrome) for every new window, even headless: a renderer that
 * spent ~4 s of CPU loading lit and mojo scripts while a run's print page was printing, on a
 * 2-core machine. Electron's hidden print window has no omnibox, so the bench turns it off, as
 * Puppeteer does by default (puppeteer/puppeteer#15278). Chromium reads only the last
 * --disable-features, so Playwright's own list (playwright-core 1.65's chromiumSwitches) is repeated.
 */
export const benchChromiumArgs = [
  `--disable-features=${[
    'AvoidUnnecessaryBeforeUnloadCheckSync',
    'DestroyProfileOnBrowserClose',
    'HttpsUpgrades',
    'HttpsFirstBalancedModeAutoEnable',
    'LensOverlay',
    'MediaRouter',
    'PaintHolding',
    'ThirdPartyStoragePartitioning',
    'AvoidCorsURLLoaderRestartOnRedirect',
    'TcpPortRandomizationWin',
    'OptimizationHints',
    'NetworkTimeServiceQuerying',
    'AimEnabled',
    'PreconnectToSearch',
    'WebUIOmniboxPopup',
    'WebUIOmniboxAimPopup',
  ].join(',')}`,
];
