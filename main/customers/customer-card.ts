import type { Customer } from '../dealpos/schemas/customer.ts';
import type { CustomerCard, LockoutView } from './customer-channels.ts';
import { statusKindOf } from './customer-status.ts';

/** What the page may know of a customer: no DealPOS ID, no photo URL (main fetches it), no PIN. */
export function customerCard(customer: Customer, lockout: LockoutView): CustomerCard {
  return {
    code: customer.code,
    name: customer.name,
    email: customer.email ?? null,
    mobilePhone: customer.mobilePhone ?? null,
    group: customer.group ?? null,
    groupExpires: customer.groupExpires ?? null,
    loyaltyPoints: customer.loyaltyPoints,
    status: customer.status,
    statusKind: statusKindOf(customer.status),
    joinDate: customer.joinDate ?? null,
    signUpOutlet: customer.signUpOutlet ?? null,
    hasPhoto: customer.imageUrl !== undefined,
    lockout,
  };
}
