import type { Rng } from '../prng.ts';

export interface Outlet {
  id: string;
  name: string;
  code: string;
  suspended: boolean;
}

// One suspended outlet, so SuspendedStatus=No (the default) visibly filters something out.
const OUTLETS: ReadonlyArray<readonly [name: string, code: string, suspended: boolean]> = [
  ['Pluit', 'PLT', false],
  ['Kelapa Gading', 'KGD', false],
  ['Bandung Dago', 'BDG', false],
  ['Gudang Pusat', 'GDP', false],
  ['Surabaya Tunjungan', 'SBY', true],
];

export function seedOutlets(rng: Rng): Outlet[] {
  return OUTLETS.map(([name, code, suspended]) => ({ id: rng.guid(), name, code, suspended }));
}
