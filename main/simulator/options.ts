import {
  type PageSizeOverflow,
  PROFILE_DEFAULTS,
  type SimProfile,
  type TokenAnswerShape,
} from './profile.ts';

/** What a test or the CLI chooses when it starts the simulator. */
export interface SimulatorOptions {
  /** Answer like live tenants (`live`, the default) or like the reference pages (`docs`); see profile.ts. */
  profile?: SimProfile;
  /** TCP port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** Seed for every generated record and for the credentials (default 42). */
  seed?: number;
  /** How many variants the catalog holds (default 5000). */
  variants?: number;
  /** Largest PageSize the lists serve (default 1000): larger is capped (live) or refused (docs). */
  maxPageSize?: number;
  /** What a larger PageSize gets; the profile decides by default. */
  pageSizeOverflow?: PageSizeOverflow;
  /** Whether Variant list/Data/Count insist on Category (docs: true, as the reference page marks it; live: false). */
  categoryRequired?: boolean;
  /** How the token answer states its lifetime; the profile decides by default. */
  tokenAnswer?: TokenAnswerShape;
  /** The account-wide fixed window (default 50 requests per 180 s). */
  rateLimit?: { limit: number; windowSeconds: number };
  /** Lifetime of an issued access token in seconds (live: 48 h, docs: 3600). */
  tokenLifetimeSeconds?: number;
  /** Whether Token/OAuth2 counts toward the window (default false; unknown for real DealPOS). */
  countTokenRequests?: boolean;
  /** Suppress the one-line-per-request log on stderr. */
  quiet?: boolean;
  /**
   * Serve the test controls under /_sim/ (fixtures with the demo credentials and seeded PINs,
   * config, faults, reset). Default true, for tests, benchmarks and `npm run sim`; the demo store
   * turns them off, because any process on the PC can reach its loopback port.
   */
  controls?: boolean;
}

/** The behaviour switches a test may change while the simulator runs (POST /_sim/config). */
export interface SimConfig {
  latencyMs: number;
  /** Share (0..1) of API requests answered with a 5xx before the handler runs. */
  errorRate: number;
  /** Share (0..1) of API requests whose connection is destroyed without an answer. */
  dropRate: number;
  tokenLifetimeSeconds: number;
  rateLimit: { limit: number; windowSeconds: number };
  suspended: boolean;
  categoryRequired: boolean;
  maxPageSize: number;
  pageSizeOverflow: PageSizeOverflow;
  tokenAnswer: TokenAnswerShape;
  countTokenRequests: boolean;
}

export interface ResolvedOptions {
  profile: SimProfile;
  port: number;
  seed: number;
  variants: number;
  quiet: boolean;
  controls: boolean;
  config: SimConfig;
}

export function resolveOptions(options: SimulatorOptions = {}): ResolvedOptions {
  const profile = options.profile ?? 'live';
  const defaults = PROFILE_DEFAULTS[profile];
  return {
    profile,
    port: options.port ?? 0,
    seed: options.seed ?? 42,
    variants: options.variants ?? 5000,
    quiet: options.quiet ?? false,
    controls: options.controls ?? true,
    config: {
      latencyMs: 0,
      errorRate: 0,
      dropRate: 0,
      tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? defaults.tokenLifetimeSeconds,
      rateLimit: options.rateLimit ?? { limit: 50, windowSeconds: 180 },
      suspended: false,
      categoryRequired: options.categoryRequired ?? defaults.categoryRequired,
      maxPageSize: options.maxPageSize ?? 1000,
      pageSizeOverflow: options.pageSizeOverflow ?? defaults.pageSizeOverflow,
      tokenAnswer: options.tokenAnswer ?? defaults.tokenAnswer,
      countTokenRequests: options.countTokenRequests ?? false,
    },
  };
}

/** A fresh copy, so a test's config changes never leak into the start options. */
export function copyConfig(config: SimConfig): SimConfig {
  return { ...config, rateLimit: { ...config.rateLimit } };
}
