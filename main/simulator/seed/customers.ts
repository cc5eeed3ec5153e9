import type { Rng } from '../prng.ts';
import type { Outlet } from './outlets.ts';

export type CustomerStatus = 'Active' | 'Inactive' | 'Suspended';

export interface Customer {
  id: string;
  code: string;
  title: string;
  firstName: string;
  lastName: string;
  male: boolean;
  email: string;
  phone: string;
  /** Stored as dialled in Indonesia, "08..."; lookups must match this form exactly. */
  mobilePhone: string;
  fax: string;
  address: string;
  city: string;
  referredBy: string | null;
  identification: string;
  birthday: string;
  joinDate: string;
  group: string | null;
  expiredGroup: string | null;
  signUpOutlet: string;
  imageURL: string | null;
  loyaltyPoint: number;
  status: CustomerStatus;
  /** Six digits, kept as a string because it may start with 0. */
  pin: string;
}

const CUSTOMER_COUNT = 24;
const MALE = ['Budi', 'Agus', 'Andi', 'Rizky', 'Dimas', 'Fajar', 'Hendra', 'Yoga', 'Bayu', 'Arief'];
const FEMALE = ['Siti', 'Dewi', 'Ayu', 'Putri', 'Rina', 'Intan', 'Lestari', 'Nadia', 'Fitri', 'Wulan'];
const LAST = ['Santoso', 'Wijaya', 'Pratama', 'Saputra', 'Hidayat', 'Kusuma', 'Nugroho', 'Siregar', 'Halim'];
const STREETS = [
  'Jl. Lenteng Agung',
  'Jl. Pluit Raya',
  'Jl. Boulevard Raya',
  'Jl. Ir. H. Juanda',
  'Jl. Tunjungan',
];
const CITIES: ReadonlyArray<readonly [city: string, areaCode: string]> = [
  ['Jakarta', '021'],
  ['Bandung', '022'],
  ['Surabaya', '031'],
  ['Tangerang', '021'],
  ['Bekasi', '021'],
];
const MOBILE_PREFIXES = ['0812', '0813', '0821', '0852', '0856', '0878', '0896'];
const MAIL_HOSTS = ['gmail.com', 'yahoo.co.id', 'outlook.com'];
const GROUPS = ['Gold', 'Silver', 'Bronze'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const INACTIVE_INDEX = 6;
const SUSPENDED_INDEX = 11;

/** DealPOS writes customer dates as "18 Mar 1994". */
function dealposDate(year: number, monthIndex: number, day: number): string {
  return `${String(day).padStart(2, '0')} ${MONTHS[monthIndex]} ${year}`;
}

function monthEnd(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

function digits(rng: Rng, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String(rng.int(0, 9));
  return out;
}

export function seedCustomers(rng: Rng, outlets: readonly Outlet[]): Customer[] {
  const customers: Customer[] = [];
  const mobiles = new Set<string>();
  const openOutlets = outlets.filter((o) => !o.suspended);
  for (let i = 0; i < CUSTOMER_COUNT; i++) {
    const male = rng.chance(0.5);
    const firstName = rng.pick(male ? MALE : FEMALE);
    const lastName = rng.pick(LAST);
    const [city, areaCode] = rng.pick(CITIES);
    let mobilePhone = `${rng.pick(MOBILE_PREFIXES)}${digits(rng, 8)}`;
    while (mobiles.has(mobilePhone)) mobilePhone = `${rng.pick(MOBILE_PREFIXES)}${digits(rng, 8)}`;
    mobiles.add(mobilePhone);
    const group = rng.chance(0.75) ? rng.pick(GROUPS) : null;
    const expiryYear = rng.int(2026, 2028);
    const expiryMonth = rng.int(0, 11);
    const id = rng.guid();
    // Every third address keeps its capital letters, so an Email lookup must ignore case.
    const localPart = `${firstName}.${lastName}${i + 1}`;
    const email = `${i % 3 === 0 ? localPart : localPart.toLowerCase()}@${rng.pick(MAIL_HOSTS)}`;
    customers.push({
      id,
      code: `HW${String(i + 1).padStart(3, '0')}`,
      title: male ? 'Mr.' : rng.pick(['Mrs.', 'Ms.']),
      firstName,
      lastName,
      male,
      email,
      phone: rng.chance(0.6) ? `${areaCode}-${digits(rng, 8)}` : '',
      mobilePhone,
      fax: '',
      address: `${rng.pick(STREETS)} No. ${rng.int(1, 120)}`,
      city,
      referredBy: customers.length > 0 && rng.chance(0.3) ? rng.pick(customers).id : null,
      identification: `3173${digits(rng, 12)}`,
      birthday: dealposDate(rng.int(1960, 2005), rng.int(0, 11), rng.int(1, 28)),
      joinDate: dealposDate(rng.int(2018, 2026), rng.int(0, 11), rng.int(1, 28)),
      group,
      // Membership expires at a month's end, e.g. "31 Jul 2027".
      expiredGroup: group ? dealposDate(expiryYear, expiryMonth, monthEnd(expiryYear, expiryMonth)) : null,
      signUpOutlet: rng.pick(openOutlets).name,
      imageURL: rng.chance(0.5) ? `//res.cloudinary.com/dealpossim/image/upload//Contact/${id}/0.jpg` : null,
      loyaltyPoint: rng.int(0, 5000),
      status: i === INACTIVE_INDEX ? 'Inactive' : i === SUSPENDED_INDEX ? 'Suspended' : 'Active',
      pin: digits(rng, 6),
    });
  }
  return customers;
}
