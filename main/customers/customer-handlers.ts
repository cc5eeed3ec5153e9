import type { FeatureContext } from '../core/feature-context.ts';
import type { DealposClient } from '../dealpos/client.ts';
import type { ApprovedCall } from '../ipc/approval.ts';
import type { HandlersFor } from '../ipc/channel.ts';
import { ServiceError } from '../ipc/service-error.ts';
import { auditCsv, auditCsvFileName } from './audit-csv.ts';
import { AuditLog } from './audit-log.ts';
import { customerCard } from './customer-card.ts';
import type { customerChannels, RecentCustomer } from './customer-channels.ts';
import { lookUpCustomer } from './customer-lookup.ts';
import type { PhotoFetchOptions } from './customer-photo.ts';
import { LockoutStore } from './lockout-store.ts';
import { PhotoSource } from './photo-source.ts';
import { PinChecker } from './pin-check.ts';
import { SeenCustomers } from './seen-customers.ts';

/** What customer handlers get: the app's context and how customer photos are downloaded. */
export interface CustomerContext extends FeatureContext {
  /** The defaults in the app; tests stand in for the internet. */
  photos: PhotoFetchOptions;
}

/** Customer lookup and PIN check handlers (issue #6). */
export function createCustomerHandlers(context: CustomerContext): HandlersFor<typeof customerChannels> {
  const lockouts = new LockoutStore(context.openStore('customer-pin-lockouts'));
  const audit = new AuditLog(context.openStore('customer-pin-audit'));
  const seen = new SeenCustomers();
  const photos = new PhotoSource(context.photos, context.log);
  const client = () => context.connection.client();
  const checker = new PinChecker({
    client,
    seen,
    lockouts,
    audit,
    now: context.now,
    outlet: () => context.connection.view().outlet?.name ?? null,
    log: context.log,
  });

  const connectedClient = (): DealposClient | null => {
    try {
      return client();
    } catch (error) {
      if (error instanceof ServiceError && error.kind === 'not-connected') return null;
      throw error;
    }
  };

  return {
    'customers:find': async (input) => {
      const dealpos = client();
      const customer = await lookUpCustomer(dealpos, input);
      if (!customer) return null;
      const { customer: known } = seen.remember(dealpos, customer, context.now());
      return customerCard(known, lockouts.view(known.code, context.now()));
    },

    'customers:photo': async ({ code }) => {
      // Only a URL DealPOS gave for a customer looked up here: the page never names a URL.
      const url = seen.get(client(), code)?.customer.imageUrl;
      return url === undefined ? null : photos.get(url);
    },

    'customers:check-pin': ({ code, pin }) => checker.check(code, pin),

    // Reached only with a manager's approval (main/manager/approval-guard.ts).
    'customers:clear-lockout': ({ code }, call?: ApprovedCall) =>
      checker.clearLockout(code, call?.approver ?? null),

    'customers:audit': (input) => audit.latest(input?.limit ?? 200),

    'customers:audit-csv': () => ({
      fileName: auditCsvFileName(context.now()),
      csv: auditCsv(audit.all()),
    }),

    'customers:recent': (): RecentCustomer[] => {
      const dealpos = connectedClient();
      if (!dealpos) return [];
      const now = context.now();
      return seen.list(dealpos).map((entry) => ({
        card: customerCard(entry.customer, lockouts.view(entry.customer.code, now)),
        lookedUpAt: entry.lookedUpAt,
        lastCheck: entry.lastCheck,
      }));
    },
  };
}
