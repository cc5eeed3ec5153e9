/** What a test or the CLI chooses when it starts the simulator. */
export interface SimulatorOptions {
  /** TCP port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** Seed for every generated record and for the credentials (default 42). */
  seed?: number;
  /** How many variants the catalog holds (default 5000). */
  variants?: number;
  /** Largest PageSize the variant lists accept (default 1000); larger answers 400. */
  maxPageSize?: number;
  /** Whether Variant list/Data/Count insist on Category, as the reference page marks it (default true). */
  categoryRequired?: boolean;
  /** The account-wide fixed window (default 50 requests per 180 s). */
  rateLimit?: { limit: number; windowSeconds: number };
  /** Lifetime of an issued access token in seconds (default 3600). */
  tokenLifetimeSeconds?: number;
  /** Whether Token/OAuth2 counts toward the window (default false; unknown for real DealPOS). */
  countTokenRequests?: boolean;
  /** Suppress the one-line-per-request log on stderr. */
  quiet?: boolean;
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
  countTokenRequests: boolean;
}

export interface ResolvedOptions {
  port: number;
  seed: number;
  variants: number;
  quiet: boolean;
  config: SimConfig;
}

export function resolveOptions(options: SimulatorOptions = {}): ResolvedOptions {
  return {
    port: options.port ?? 0,
    seed: options.seed ?? 42,
    variants: options.variants ?? 5000,
    quiet: options.quiet ?? false,
    config: {
      latencyMs: 0,
      errorRate: 0,
      dropRate: 0,
      tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 3600,
      rateLimit: options.rateLimit ?? { limit: 50, windowSeconds: 180 },
      suspended: false,
      categoryRequired: options.categoryRequired ?? true,
      maxPageSize: options.maxPageSize ?? 1000,
      countTokenRequests: options.countTokenRequests ?? false,
    },
  };
}

/** A fresh copy, so a test's config changes never leak into the start options. */
export function copyConfig(config: SimConfig): SimConfig {
  return { ...config, rateLimit: { ...config.rateLimit } };
}
