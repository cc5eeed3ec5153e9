/**
 * DealPOS roles are (module, right) pairs granted to the API user. An operation names the roles
 * that admit it; having any one of them is enough.
 */
export interface Role {
  module: string;
  right: string;
}

/** Roles that admit an operation, any one suffices. */
export type RoleRequirement = readonly Role[];

export function role(module: string, right: string): Role {
  return { module, right };
}

/** Every role the simulator's operations ask for: the "full" client holds them all. */
export const ALL_ROLES: readonly Role[] = [
  role('Outlets', 'VIEW'),
  role('Products', 'VIEW'),
  role('Products', 'ADD'),
  role('Products', 'EDIT'),
  role('Products', 'DELETE'),
  role('Contacts', 'VIEW'),
  role('Sell', 'EDIT'),
  role('Orders', 'VIEW'),
  role('Orders', 'VoidInvoice'),
  role('ORDER', 'DELETE'),
  role('Global', 'EDIT'),
  role('Global', 'DELETE'),
];

export function isAdmitted(held: readonly Role[], requirement: RoleRequirement): boolean {
  return requirement.some((need) => held.some((r) => r.module === need.module && r.right === need.right));
}

/**
 * The 403 text, worded as DealPOS words it on the reference pages, e.g.
 * `You must have "EDIT" role in "Sell" Module OR "VoidInvoice" role in "Orders" Module`.
 */
export function missingRoleMessage(requirement: RoleRequirement): string {
  const parts = requirement.map((r) => `"${r.right}" role in "${r.module}" Module`);
  return `You must have ${parts.join(' OR ')}`;
}
