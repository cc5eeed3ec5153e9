import { isSameOrigin } from './app-origin.ts';

/** A route of the app's page that may use only some channels (e.g. the hidden label print page). */
export interface RestrictedRoute {
  /** The hash that opens the page on this route, e.g. "#labels-print/". */
  hashPrefix: string;
  /** The only channels a page on this route may call. */
  channels: readonly string[];
}

/**
 * The dispatcher's sender check: a message is trusted only when it came from the top frame of our
 * own page. `senderUrl` is undefined for a subframe (see main/ipc/register.ts), so an iframe,
 * whatever it loads, is refused. A page on a restricted route is trusted for that route's
 * channels only.
 *
 * @param appOrigin the page's origin, e.g. "app://dealpos" (or the dev server's in development)
 * @param restricted routes whose pages may call only the channels listed for them
 */
export function trustedSenderCheck(
  appOrigin: string,
  restricted: readonly RestrictedRoute[] = [],
): (senderUrl: string | undefined, channel: string) => boolean {
  return (senderUrl, channel) => {
    if (senderUrl === undefined || !isSameOrigin(senderUrl, appOrigin)) return false;
    const hash = new URL(senderUrl).hash;
    const route = restricted.find((candidate) => hash.startsWith(candidate.hashPrefix));
    return route === undefined || route.channels.includes(channel);
  };
}
