import { type ApiClient, deriveClients } from './credentials.ts';
import { FaultQueue } from './faults.ts';
import { copyConfig, type ResolvedOptions, type SimConfig } from './options.ts';
import { createRng, deriveSeed, type Rng } from './prng.ts';
import { RateWindow } from './rate-window.ts';
import { createStats, type SimStats } from './stats.ts';
import { type SimStore, seedStore } from './store.ts';
import { TokenRegistry } from './token-registry.ts';

/** Everything one running simulator knows; routes and controls share this one object. */
export interface SimState {
  readonly options: ResolvedOptions;
  readonly clients: readonly ApiClient[];
  readonly tokens: TokenRegistry;
  readonly window: RateWindow;
  readonly faults: FaultQueue;
  config: SimConfig;
  store: SimStore;
  stats: SimStats;
  /** Drives errorRate/dropRate, seeded so a flaky run can be replayed. */
  chaos: Rng;
}

export function createState(options: ResolvedOptions): SimState {
  return {
    options,
    clients: deriveClients(options.seed),
    tokens: new TokenRegistry(),
    window: new RateWindow(),
    faults: new FaultQueue(),
    config: copyConfig(options.config),
    store: seedStore(options.seed, options.variants, options.profile),
    stats: createStats(),
    chaos: createRng(deriveSeed(options.seed, 'chaos')),
  };
}

/** Back to the start: data re-seeded, config, counters, window and queued faults cleared. Tokens stay valid. */
export function resetState(state: SimState): void {
  state.config = copyConfig(state.options.config);
  state.store = seedStore(state.options.seed, state.options.variants, state.options.profile);
  state.stats = createStats();
  state.chaos = createRng(deriveSeed(state.options.seed, 'chaos'));
  state.window.clear();
  state.faults.clear();
}
