import type { SessionState } from '../session/session-store.ts';

export type Screen = 'loading' | 'failed' | 'welcome' | 'connect' | 'frame';

/**
 * Which screen the page shows. A live connection without an outlet stays on Connect: the
 * credentials are saved but the counter does not know its outlet yet (main announces the save
 * before the outlet is chosen, and a restart may fall between the two).
 */
export function screenFor(session: Pick<SessionState, 'phase' | 'connection' | 'welcomeChoice'>): Screen {
  if (session.phase !== 'ready') return session.phase;
  const { mode, outlet } = session.connection;
  if (mode === 'none') return session.welcomeChoice;
  if (mode === 'live' && outlet === null) return 'connect';
  return 'frame';
}
