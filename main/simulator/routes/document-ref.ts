import type { ApiClient } from '../credentials.ts';
import { badRequest, notInDatabase } from '../dealpos-error.ts';
import { text } from '../input-fields.ts';
import { assertOutletAccess } from '../outlet-access.ts';
import type { Outlet } from '../seed/outlets.ts';
import { findOutlet, type SimStore } from '../store.ts';

/** How the order operations name their document: Outlet+Number, OutletID+Number, or the document's ID. */
export const DocumentRefFields = {
  Outlet: text('Outlet'),
  OutletID: text('OutletID'),
  Number: text('Number'),
};

interface DocumentRef {
  Outlet?: string | undefined;
  OutletID?: string | undefined;
  Number?: string | undefined;
}

/** Finds a per-outlet document by Outlet (name) or OutletID plus Number; 400 when any part is unknown. */
export function findByOutletAndNumber<T extends { outlet: Outlet; number: string }>(
  store: SimStore,
  documents: readonly T[],
  ref: DocumentRef,
  label: string,
  client: ApiClient | undefined,
): T {
  if (ref.Number === undefined || (ref.Outlet === undefined && ref.OutletID === undefined)) {
    throw badRequest('Outlet and Number, or OutletID and Number, are required');
  }
  const outletId = ref.OutletID?.toLowerCase();
  const outlet =
    ref.Outlet !== undefined ? findOutlet(store, ref.Outlet) : store.outlets.find((o) => o.id === outletId);
  if (!outlet) throw notInDatabase(`Outlet ${ref.Outlet ?? ref.OutletID}`);
  assertOutletAccess(client, outlet);
  const number = ref.Number.trim().toLowerCase();
  const document = documents.find((d) => d.outlet === outlet && d.number.toLowerCase() === number);
  if (!document) throw notInDatabase(`${label} ${ref.Number}`);
  return document;
}
