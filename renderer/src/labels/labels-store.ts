import { createStore } from 'zustand/vanilla';
import { createJobSelector } from './current-job.ts';
import { documentActions, noOutletPrices } from './document-actions.ts';
import { todayIso } from './label-date.ts';
import type { LabelsDeps, LabelsState, LabelsStore } from './labels-state.ts';
import { outputActions } from './output-actions.ts';
import { profileActions } from './profile-actions.ts';

/** The rows of the current job, as the table shows them (the store's one job). */
export const rowsOf = (state: LabelsState) => state.selectJob(state).rows;
/** The job Print sends, or null when there is nothing to print (the store's one job). */
export const jobOf = (state: LabelsState) => state.selectJob(state).print;

/** The labels screen: the document, its lines and copies, the price source, profile, printer and output. */
export function createLabelsStore(deps: LabelsDeps): LabelsStore {
  const { bridge } = deps;
  const today = deps.today ?? (() => todayIso());

  return createStore<LabelsState>()((set, get) => ({
    started: false,
    kind: 'bill',
    outlet: '',
    outlets: [],
    number: '',
    lookingUp: false,
    problem: null,
    problemFor: null,
    document: null,
    fromRecent: false,
    fromScans: false,
    lines: [],
    catalog: new Map(),
    priceSource: 'catalog',
    priceSources: { bill: 'catalog', delivery: 'document' },
    outletPrices: noOutletPrices,
    symbology: 'auto',
    profiles: [],
    profileId: '',
    recent: [],
    printers: { available: false, printers: [] },
    printerName: null,
    busy: null,
    outcome: null,
    date: today(),
    previewPage: 0,
    loadError: null,
    selectJob: createJobSelector(),

    async start() {
      if (get().started) return;
      set({ started: true });
      const [connection, profiles, preferences, recent, printers] = await Promise.all([
        bridge.invoke('connection:get'),
        bridge.invoke('labels:profiles'),
        bridge.invoke('labels:preferences'),
        bridge.invoke('labels:recent'),
        bridge.invoke('labels:printers'),
      ]);
      const own = connection.ok ? (connection.value.outlet?.name ?? '') : '';
      set({
        outlet: get().outlet || own,
        outlets: own ? [own] : [],
        profiles: profiles.ok ? profiles.value : [],
        loadError: profiles.ok ? null : profiles.error,
        recent: recent.ok ? recent.value : [],
        printers: printers.ok ? printers.value : { available: false, printers: [] },
        ...(preferences.ok
          ? {
              priceSources: preferences.value.priceSource,
              priceSource: preferences.value.priceSource[get().kind],
              profileId: preferences.value.profileId,
              printerName: preferences.value.printerName,
              symbology: preferences.value.symbology,
            }
          : {}),
      });
      // Needs the Outlets role; without it the counter's own outlet is the only choice.
      const outlets = await bridge.invoke('outlets:list');
      if (outlets.ok) {
        const names = outlets.value.filter((o) => !o.suspended).map((o) => o.name);
        set({ outlets: own && !names.includes(own) ? [own, ...names] : names });
      }
    },

    setKind: (kind) => set({ kind, problem: null }),
    setOutlet: (outlet) => set({ outlet, problem: null }),
    setNumber: (number) => set({ number, problem: null }),
    showPage: (page) => set({ previewPage: Math.max(0, page) }),

    ...documentActions(set, get, deps, today),
    ...outputActions(set, get, bridge),
    ...profileActions(set, get, bridge),
  }));
}
