import { DealposError } from './errors.ts';

const subdomainPattern = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
/** Where DealPOS tenants live: `<tenant>.dealpos.net`, `.dealpos.com` or `.dealpos.co.id` (README). */
const dealposHostPattern = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+dealpos\.(?:net|com|co\.id)$/;
/** A local store is a simulator on this PC, never an address on the LAN. */
const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

const invalid = (message: string) => new DealposError({ kind: 'config', endpoint: 'base-url', message });

/**
 * Turns what an admin typed into the API base URL (always ending in `/api/v3/`).
 * - a bare subdomain: `acme` -> `https://acme.dealpos.net/api/v3/`
 * - a full https URL on a DealPOS host (`*.dealpos.net`, `*.dealpos.com`, `*.dealpos.co.id`),
 *   with or without the `/api/v3` path
 * - one of `localStores`: the origins of simulators on this PC the caller allows (the demo
 *   store once started; a test's simulator). Nothing else on this PC or the LAN.
 * Throws a `config` DealposError for anything else, before any request is made.
 */
export function resolveBaseUrl(input: string, localStores: readonly string[] = []): URL {
  const text = input.trim();
  if (text === '')
    throw invalid('Enter the store address, for example "acme" or "https://acme.dealpos.net".');
  if (subdomainPattern.test(text)) return new URL(`https://${text.toLowerCase()}.dealpos.net/api/v3/`);

  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw invalid(`"${text}" is not a store name or a web address.`);
  }
  if (url.username || url.password)
    throw invalid('The store address must not contain a user name or password.');
  if (url.search || url.hash) throw invalid('The store address must not contain "?" or "#" parts.');
  if (!isLocalStore(url, localStores)) {
    if (url.protocol !== 'https:') throw invalid('The store address must start with https://.');
    if (!dealposHostPattern.test(url.hostname) || url.port !== '') {
      throw invalid(
        `"${url.host}" is not a DealPOS address. Use the store name or its address on dealpos.net, dealpos.com or dealpos.co.id.`,
      );
    }
  }

  const path = url.pathname.replace(/\/+$/, '');
  if (path === '' || path === '/') url.pathname = '/api/v3/';
  else if (/\/api\/v3$/i.test(path)) url.pathname = `${path}/`;
  else throw invalid('The store address should end with the host name or with /api/v3.');
  return url;
}

/** Same scheme, host and port as one of the allowed local stores (whatever path either names). */
function isLocalStore(url: URL, localStores: readonly string[]): boolean {
  if (!loopbackHosts.has(url.hostname)) return false;
  return localStores.some((allowed) => {
    try {
      return new URL(allowed).origin === url.origin;
    } catch {
      return false;
    }
  });
}
