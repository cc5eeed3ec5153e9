import type { StoreApi } from 'zustand/vanilla';
import type {
  Approval,
  CatalogItem,
  DealposBridge,
  IpcError,
  LabelDocument,
  LabelDocumentKind,
  LabelProfile,
  LabelProfileInput,
  OutletPriceRow,
  PriceSource,
  PrintAnswer,
  PrintersAnswer,
  ProfileCheck,
  RecentDocument,
  SaveFileAnswer,
  SaveProfileAnswer,
} from '../bridge/contract.ts';
// Brings the interface below into every program that builds this store.
import type {} from '../stores/app-stores.ts';
import type { CurrentJob, JobInputs } from './current-job.ts';
import type { JobLine } from './job-lines.ts';
import type { CatalogFacts } from './label-price.ts';
import type { LookupProblem } from './lookup-problem.ts';

/** The catalog cache of this PC, as labels use it (renderer/src/catalog's CatalogLookup). */
export interface CatalogFinder {
  find(code: string): Promise<CatalogItem | undefined>;
}

export type LabelsBridge = Pick<DealposBridge, 'invoke'>;

export interface LabelsDeps {
  bridge: LabelsBridge;
  /** Null where the page has no catalog cache: the selling price source then falls back to the document. */
  catalog: CatalogFinder | null;
  /** Today as yyyy-mm-dd (tests fix it). */
  today?(): string;
}

export type OutputOutcome = PrintAnswer | SaveFileAnswer | { kind: 'error'; error: IpcError };

export interface OutletPrices {
  /** Which document the rows belong to: they are cached for that job only. */
  documentKey: string | null;
  rows: ReadonlyMap<string, OutletPriceRow>;
  busy: boolean;
  error: IpcError | null;
}

export interface LabelsState {
  started: boolean;
  kind: LabelDocumentKind;
  outlet: string;
  outlets: string[];
  number: string;
  lookingUp: boolean;
  problem: LookupProblem | null;
  /** The number and outlet the problem is about (the fields may have changed since). */
  problemFor: { kind: LabelDocumentKind; number: string; outlet: string } | null;
  document: LabelDocument | null;
  /** The document came from the recent list, not from DealPOS just now. */
  fromRecent: boolean;
  /** The lines came from the Scan screen's list of scans, not from a DealPOS document. */
  fromScans: boolean;
  lines: JobLine[];
  /** What the catalog cache knows per code; a code not in the map has not been looked up yet. */
  catalog: ReadonlyMap<string, CatalogFacts | null>;
  priceSource: PriceSource;
  priceSources: Record<LabelDocumentKind, PriceSource>;
  outletPrices: OutletPrices;
  symbology: 'auto' | 'code128';
  profiles: LabelProfile[];
  profileId: string;
  recent: RecentDocument[];
  printers: PrintersAnswer;
  printerName: string | null;
  busy: 'print' | 'pdf' | 'zpl' | null;
  outcome: OutputOutcome | null;
  date: string;
  previewPage: number;
  loadError: IpcError | null;

  /**
   * The current job: the table's rows, the preview's pages and what Print sends, worked out once
   * per change of what it is made of (`createJobSelector`). Call it with this state.
   */
  selectJob(state: JobInputs): CurrentJob;

  start(): Promise<void>;
  setKind(kind: LabelDocumentKind): void;
  setOutlet(outlet: string): void;
  setNumber(number: string): void;
  lookUp(): Promise<void>;
  openRecent(document: RecentDocument): void;
  /** Labels for items scanned at the counter: one line per item, copies = times scanned. No DealPOS request. */
  openScans(scans: readonly { item: CatalogItem; count: number }[], outlet: string): void;
  setCopies(key: string, copies: number): void;
  /** Every line back to one label per unit. */
  resetCopies(): void;
  /** Every line to zero labels, to then type the few that are wanted. */
  clearCopies(): void;
  choosePriceSource(source: PriceSource): Promise<void>;
  retryOutletPrices(): Promise<void>;
  chooseSymbology(symbology: 'auto' | 'code128'): void;
  chooseProfile(id: string): void;
  choosePrinter(name: string | null): void;
  showPage(page: number): void;
  print(): Promise<void>;
  savePdf(): Promise<void>;
  saveZpl(): Promise<void>;
  /** Checks a profile being edited without saving it (no DealPOS request). */
  checkProfile(input: LabelProfileInput): Promise<ProfileCheck | null>;
  /** Saves a profile with a manager's approval: main's answer, or its error (a refusal is not shown here). */
  saveProfile(input: LabelProfileInput, approval: Approval): Promise<SaveProfileAnswer | IpcError>;
  /** Deletes a profile with a manager's approval: main's error, or null once deleted. */
  deleteProfile(id: string, approval: Approval): Promise<IpcError | null>;
}

export type LabelsStore = StoreApi<LabelsState>;
export type SetLabels = StoreApi<LabelsState>['setState'];
export type GetLabels = () => LabelsState;

// The app builds this store once (app/app-stores.ts); components read it with useAppStore.
declare module '../stores/app-stores.ts' {
  interface AppStores {
    /** The label job outlives a switch to another tab. */
    labels: LabelsStore;
  }
}
