import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { isPublicAddress } from './public-address.ts';

/** Every address a host name resolves to. */
export type LookupAll = (hostname: string) => Promise<{ address: string }[]>;

/** The system resolver (what fetch itself would use), every address of the name. */
export const systemLookup: LookupAll = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

export type TargetRefusal = 'not-https' | 'private-address' | 'failed';

/**
 * Whether a photo may be fetched from `url`, checked before anything connects to it: https only,
 * no credentials in the URL, and a host whose every address is on the public internet (a name
 * that resolves to this PC or the LAN is refused like the address itself). A name that does not
 * resolve is `failed`.
 */
export async function refusalOf(url: URL, lookup: LookupAll): Promise<TargetRefusal | null> {
  if (url.protocol !== 'https:' || url.username || url.password) return 'not-https';
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (isIP(host) !== 0) return isPublicAddress(host) ? null : 'private-address';
  let addresses: { address: string }[];
  try {
    addresses = await lookup(host);
  } catch {
    return 'failed';
  }
  if (addresses.length === 0) return 'failed';
  return addresses.every(({ address }) => isPublicAddress(address)) ? null : 'private-address';
}
