import type { SimState } from './state.ts';

/**
 * Which DealPOS the simulator imitates. `live` (the default) answers as live tenants were seen to
 * answer in public integrations (`/work/shared/dealpos-api/README.md`, "What live stores
 * answered"); `docs` answers as the reference pages describe. Where they differ, the app must
 * survive both.
 */
export type SimProfile = 'live' | 'docs';

export const SIM_PROFILES: readonly SimProfile[] = ['live', 'docs'];

/** How the token answer states its lifetime. */
export type TokenAnswerShape =
  /** Live: `expiredAt` (camelCase, +07:00 local time) and no `expires_in`. */
  | 'expiredAt'
  /** Both `expires_in` (seconds) and `expiredat`, as some clients were written for. */
  | 'expires_in+expiredat';

/** What a PageSize above maxPageSize gets. */
export type PageSizeOverflow =
  /** Live: fewer rows, no error (clients that asked for 100000000 got 1000). */
  | 'cap'
  /** A 400 naming the limit. */
  | 'refuse';

/** The start-up defaults each profile brings; a start option or /_sim/config overrides them. */
export interface ProfileDefaults {
  categoryRequired: boolean;
  tokenLifetimeSeconds: number;
  tokenAnswer: TokenAnswerShape;
  pageSizeOverflow: PageSizeOverflow;
}

export const PROFILE_DEFAULTS: Record<SimProfile, ProfileDefaults> = {
  // Live: GET /Variant answered without a Category; the token was good for about 48 h.
  live: {
    categoryRequired: false,
    tokenLifetimeSeconds: 48 * 3600,
    tokenAnswer: 'expiredAt',
    pageSizeOverflow: 'cap',
  },
  // The reference pages mark Category required and document `expires_in`.
  docs: {
    categoryRequired: true,
    tokenLifetimeSeconds: 3600,
    tokenAnswer: 'expires_in+expiredat',
    pageSizeOverflow: 'refuse',
  },
};

export function isLive(state: SimState): boolean {
  return state.options.profile === 'live';
}
