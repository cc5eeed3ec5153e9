import type { RunningSimulator, SimFixtures } from '../../main/simulator/index.ts';

export type SimCustomer = SimFixtures['customers'][number];

/** The seeded customers a test needs: active ones, the inactive and the suspended one. */
export function seededCustomers(sim: RunningSimulator) {
  const { customers } = sim.controls.fixtures();
  const active = customers.filter((c) => c.Status === 'Active');
  const inactive = customers.find((c) => c.Status === 'Inactive');
  const suspended = customers.find((c) => c.Status === 'Suspended');
  if (active.length < 5 || !inactive || !suspended) throw new Error('the simulator seed changed');
  return { active, inactive, suspended, all: customers };
}

/** A PIN of the same length that is not the customer's. */
export const wrongPin = (pin: string) =>
  [...pin].map((digit, i) => (i === 0 ? String((Number(digit) + 1) % 10) : digit)).join('');
