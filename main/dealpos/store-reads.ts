import { z } from 'zod';
import type { CallOptions, DealposHttp } from './http.ts';
import { createRoutePreference } from './route-preference.ts';
import { customerSchema } from './schemas/customer.ts';
import { outletSchema } from './schemas/store.ts';

/**
 * The outlet list. Live DealPOS refused a GET without `Suspended` ("bare GET demands Suspended
 * param"); clients sent `?Suspended=false` or `POST Outlet/p {}` (README, live table "Outlet
 * list"). The GET carries both the live and the documented filter; when a tenant refuses it,
 * the POST twin is used from then on and suspended outlets are filtered here, since live
 * `Outlet/p` with `{}` answered every outlet.
 */
export function outletReads(http: DealposHttp) {
  const outlets = z.array(outletSchema);
  const prefer = createRoutePreference(['bad-request', 'not-found']);
  const everyOutlet = (call?: CallOptions) =>
    http.read('Outlet/p', { method: 'POST', body: { Access: 'All', SuspendedStatus: 'All' } }, outlets, call);
  return {
    list: async (call?: CallOptions & { includeSuspended?: boolean }) => {
      if (call?.includeSuspended) return everyOutlet(call);
      const active = await prefer(
        () =>
          http.read(
            'Outlet',
            { method: 'GET', query: { Suspended: false, Access: 'All', SuspendedStatus: 'No' } },
            outlets,
            call,
          ),
        () => everyOutlet(call),
      );
      return active.filter((o) => !o.suspended);
    },
  };
}

type CustomerField = 'Code' | 'Email' | 'MobilePhone';

/**
 * Customer reads. `Customer/Detail` (by ID, Code, Email or MobilePhone) is what DealPOS offers
 * now; `Customer/Email` is tagged deprecated (README, live table "Deprecated"). Detail is asked
 * first; where a tenant does not know it (404) or answers it in an unreadable shape, the older
 * per-field reads are used from then on. A 400 ("does not exist") is an answer, not a reason to
 * ask again.
 */
export function customerReads(http: DealposHttp) {
  const prefer = createRoutePreference(['not-found', 'invalid-response']);
  const lookup = (field: CustomerField, deprecated: string) => (value: string, call?: CallOptions) =>
    prefer(
      () => http.read('Customer/Detail', { method: 'GET', query: { [field]: value } }, customerSchema, call),
      () => http.read(deprecated, { method: 'GET', query: { [field]: value } }, customerSchema, call),
    );
  return {
    byCode: lookup('Code', 'Customer/Code'),
    byEmail: lookup('Email', 'Customer/Email'),
    byMobilePhone: lookup('MobilePhone', 'Customer/MobilePhone'),
  };
}
