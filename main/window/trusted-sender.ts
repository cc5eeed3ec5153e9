import { isSameOrigin } from './app-origin.ts';

/**
 * The dispatcher's sender check: a message is trusted only when it came from the top frame of our
 * own page. `senderUrl` is undefined for a subframe (see main/ipc/register.ts), so an iframe,
 * whatever it loads, is refused.
 *
 * @param appOrigin the page's origin, e.g. "app://dealpos" (or the dev server's in development)
 */
export function trustedSenderCheck(appOrigin: string): (senderUrl: string | undefined) => boolean {
  return (senderUrl) => isSameOrigin(senderUrl, appOrigin);
}
