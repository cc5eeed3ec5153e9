import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { type Agent, request } from 'node:https';
import type { LookupFunction } from 'node:net';
import { Readable } from 'node:stream';
import { isPublicAddress } from './public-address.ts';

/** Statuses whose Response may not have a body. */
const bodiless = new Set([204, 205, 304]);

export interface CheckedHttpsOptions {
  /** Which resolved addresses may be connected to; public internet addresses by default. */
  isAllowedAddress?(address: string): boolean;
  /** TLS settings (tests pass one trusting their own certificate). */
  agent?: Agent;
}

/**
 * A GET over https for customer photos, in the shape of fetch: it never follows a redirect
 * (the caller checks each hop) and checks, as the socket connects, that every address the name
 * resolved to is allowed. The address connected to is the one checked, so a name that answers
 * one address to the check before the request and another to the connection (DNS rebinding)
 * still cannot reach this PC or the LAN.
 */
export function createCheckedHttpsFetch(options: CheckedHttpsOptions = {}) {
  const isAllowed = options.isAllowedAddress ?? isPublicAddress;

  const checkedLookup: LookupFunction = (hostname, lookupOptions, callback) => {
    dnsLookup(hostname, { ...lookupOptions, all: true }, (error, found) => {
      const addresses = found as unknown as LookupAddress[];
      if (error) return callback(error, '', 0);
      if (addresses.length === 0 || !addresses.every(({ address }) => isAllowed(address))) {
        const refused = Object.assign(new Error(`${hostname} is not on the public internet`), {
          code: 'EREFUSED',
        });
        return callback(refused, '', 0);
      }
      // Node asks for every address when it races IPv4 and IPv6 (autoSelectFamily), else for one.
      if (lookupOptions.all) {
        return (callback as unknown as (e: null, all: LookupAddress[]) => void)(null, addresses);
      }
      const [first] = addresses as [LookupAddress];
      return callback(null, first.address, first.family);
    });
  };

  return (url: string, init: RequestInit): Promise<Response> =>
    new Promise((resolve, reject) => {
      const outgoing = request(
        url,
        {
          method: 'GET',
          headers: Object.fromEntries(new Headers(init.headers)),
          lookup: checkedLookup,
          ...(options.agent ? { agent: options.agent } : {}),
          ...(init.signal ? { signal: init.signal } : {}),
        },
        (incoming) => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(incoming.headers)) {
            for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
              headers.append(name, one);
            }
          }
          const status = incoming.statusCode ?? 502;
          const body = bodiless.has(status) ? null : (Readable.toWeb(incoming) as ReadableStream<Uint8Array>);
          if (body === null) incoming.resume();
          resolve(new Response(body, { status, headers }));
        },
      );
      outgoing.on('error', reject);
      outgoing.end();
    });
}
