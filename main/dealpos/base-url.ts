import { DealposError } from './errors.ts';

const subdomainPattern = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

const invalid = (message: string) => new DealposError({ kind: 'config', endpoint: 'base-url', message });

/**
 * Turns what an admin typed into the API base URL (always ending in `/api/v3/`).
 * - a bare subdomain: `acme` -> `https://acme.dealpos.net/api/v3/`
 * - a full https URL, with or without the `/api/v3` path (tenants also live on .dealpos.com and .dealpos.co.id)
 * - plain http only for localhost / 127.0.0.1 (the simulator)
 * Throws a `config` DealposError for anything else.
 */
export function resolveBaseUrl(input: string): URL {
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
  const loopback = loopbackHosts.has(url.hostname);
  if (url.protocol === 'http:' && !loopback) {
    throw invalid('The store address must start with https:// (plain http is only for the local simulator).');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw invalid('The store address must start with https://.');
  }

  const path = url.pathname.replace(/\/+$/, '');
  if (path === '' || path === '/') url.pathname = '/api/v3/';
  else if (/\/api\/v3$/i.test(path)) url.pathname = `${path}/`;
  else throw invalid('The store address should end with the host name or with /api/v3.');
  return url;
}
