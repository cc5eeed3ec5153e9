import type { i18n } from 'i18next';

/** English texts of the Customers screen (i18next namespace `customers`). */
const en = {
  search: {
    label: 'Find a customer',
    by: 'Find by',
    code: 'Member code',
    phone: 'Mobile number',
    email: 'Email',
    placeholderCode: 'Scan the member card or type the code',
    placeholderPhone: 'Like 0812 3456 7890 or +62 812 3456 7890',
    placeholderEmail: 'Like name@gmail.com',
    find: 'Find',
    finding: 'Finding…',
    notFoundCode: 'No customer has the member code {{value}}.',
    notFoundPhone: 'No customer has the mobile number {{value}}.',
    notFoundEmail: 'No customer has the email {{value}}.',
    notFoundHint: 'Check what you typed, or find them another way.',
    invalidPhone: 'That is not an Indonesian mobile number.',
    invalidPhoneHint: 'Type it like 0812 3456 7890 or +62 812 3456 7890.',
    invalidInput: 'That cannot be looked up.',
    invalidInputHint: 'Check what you typed: a member code, a mobile number or an email address.',
    start: 'Scan a member card, or type a member code, mobile number or email.',
  },
  card: {
    title: 'Customer',
    code: 'Member code',
    group: 'Member group',
    noGroup: 'None',
    groupUntil: '{{group}}, until {{date}}',
    points: 'Loyalty points',
    joined: 'Member since',
    phone: 'Mobile',
    email: 'Email',
    active: 'Active',
    inactive: 'Inactive',
    suspended: 'Suspended',
    notActive: 'This customer is {{status}} in DealPOS: no PIN check, no points, no member price.',
    close: 'Close',
  },
  pin: {
    title: 'PIN check',
    ask: 'Ask the customer to type their PIN.',
    typed: 'PIN: {{count}} digits typed',
    keypad: 'PIN keypad',
    clear: 'Clear',
    backspace: 'Delete the last digit',
    ok: 'Check PIN',
    keyboardHint: 'The number keys, Backspace and Enter work too.',
    verified: 'Right PIN. This is {{name}}.',
    verifiedHint: 'Go ahead with loyalty points or the member price.',
    wrong: 'Wrong PIN.',
    attemptsLeft: '{{count}} of 5 tries left.',
    locked: 'Too many wrong PINs. Locked until {{time}}.',
    lockedHint: 'Try again in {{left}}, or ask an admin to clear the lock.',
    refused: 'No PIN check: this customer is {{status}} in DealPOS.',
    refusedHint:
      'Loyalty points and member prices are not available. The store can reactivate the customer in DealPOS.',
    noPin: 'This customer has no PIN in DealPOS.',
    noPinHint: 'Check who they are another way, such as an ID card.',
    offline: 'The PIN check needs DealPOS, and DealPOS cannot be reached now.',
    offlineHint: 'Nothing was checked. Check the internet connection, then try again.',
    again: 'Check again',
  },
  lockout: {
    clear: 'Clear the lock (admin)',
    title: 'Clear the lock for {{name}}?',
    body: 'Only for an admin who has made sure who the customer is. The customer gets 5 tries again, and the clear is written in the PIN check log.',
    cancel: 'Cancel',
    confirm: 'Clear the lock',
  },
  recent: {
    title: 'Looked up this shift',
    empty: 'No customer looked up yet.',
    notChecked: 'PIN not checked',
    lastCheck: '{{result}}, {{time}}',
  },
  log: {
    back: 'Back to the customer check',
    open: 'PIN check log',
    title: 'PIN check log',
    count: 'The newest {{shown}} of {{total}}',
    empty: 'No PIN check yet.',
    time: 'Time',
    outlet: 'Outlet',
    customer: 'Member code',
    result: 'Result',
    export: 'Export CSV',
    exporting: 'Preparing…',
    exported: 'Export started: {{file}}.',
    refresh: 'Refresh',
  },
  results: {
    verified: 'Right PIN',
    wrong: 'Wrong PIN',
    'locked-out': 'Wrong PIN, locked',
    locked: 'Refused: locked',
    refused: 'Refused: not active',
    'no-pin': 'No PIN in DealPOS',
    offline: 'Offline',
    error: 'Failed',
    'lockout-cleared': 'Lock cleared by admin',
  },
};

type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

/** Bahasa Indonesia: the same keys. */
const id: Texts<typeof en> = {
  search: {
    label: 'Cari pelanggan',
    by: 'Cari dengan',
    code: 'Kode member',
    phone: 'No. HP',
    email: 'Email',
    placeholderCode: 'Scan kartu member atau ketik kodenya',
    placeholderPhone: 'Misalnya 0812 3456 7890 atau +62 812 3456 7890',
    placeholderEmail: 'Misalnya nama@gmail.com',
    find: 'Cari',
    finding: 'Mencari…',
    notFoundCode: 'Tidak ada pelanggan dengan kode member {{value}}.',
    notFoundPhone: 'Tidak ada pelanggan dengan no. HP {{value}}.',
    notFoundEmail: 'Tidak ada pelanggan dengan email {{value}}.',
    notFoundHint: 'Periksa lagi yang diketik, atau cari dengan cara lain.',
    invalidPhone: 'Itu bukan nomor HP Indonesia.',
    invalidPhoneHint: 'Ketik seperti 0812 3456 7890 atau +62 812 3456 7890.',
    invalidInput: 'Itu tidak bisa dicari.',
    invalidInputHint: 'Periksa lagi yang diketik: kode member, no. HP, atau alamat email.',
    start: 'Scan kartu member, atau ketik kode member, no. HP, atau email.',
  },
  card: {
    title: 'Pelanggan',
    code: 'Kode member',
    group: 'Grup member',
    noGroup: 'Tidak ada',
    groupUntil: '{{group}}, berlaku s.d. {{date}}',
    points: 'Poin',
    joined: 'Member sejak',
    phone: 'No. HP',
    email: 'Email',
    active: 'Aktif',
    inactive: 'Tidak aktif',
    suspended: 'Ditangguhkan',
    notActive:
      'Pelanggan ini berstatus {{status}} di DealPOS: tidak bisa cek PIN, pakai poin, atau dapat harga member.',
    close: 'Tutup',
  },
  pin: {
    title: 'Cek PIN',
    ask: 'Minta pelanggan mengetik PIN-nya.',
    typed: 'PIN: {{count}} angka diketik',
    keypad: 'Tombol PIN',
    clear: 'Hapus semua',
    backspace: 'Hapus angka terakhir',
    ok: 'Cek PIN',
    keyboardHint: 'Tombol angka, Backspace, dan Enter di keyboard juga bisa dipakai.',
    verified: 'PIN benar. Ini memang {{name}}.',
    verifiedHint: 'Silakan lanjut pakai poin atau harga member.',
    wrong: 'PIN salah.',
    attemptsLeft: 'Sisa {{count}} dari 5 kali coba.',
    locked: 'Terlalu banyak PIN salah. Dikunci sampai pukul {{time}}.',
    lockedHint: 'Coba lagi dalam {{left}}, atau minta admin membuka kuncinya.',
    refused: 'PIN tidak bisa dicek: pelanggan ini berstatus {{status}} di DealPOS.',
    refusedHint: 'Poin dan harga member tidak berlaku. Toko bisa mengaktifkan pelanggan ini lagi di DealPOS.',
    noPin: 'Pelanggan ini belum punya PIN di DealPOS.',
    noPinHint: 'Pastikan identitasnya dengan cara lain, misalnya KTP.',
    offline: 'Cek PIN butuh DealPOS, dan DealPOS tidak bisa dihubungi sekarang.',
    offlineHint: 'Belum ada yang dicek. Periksa koneksi internet, lalu coba lagi.',
    again: 'Cek lagi',
  },
  lockout: {
    clear: 'Buka kunci (admin)',
    title: 'Buka kunci untuk {{name}}?',
    body: 'Hanya untuk admin yang sudah memastikan identitas pelanggan. Pelanggan dapat 5 kali coba lagi, dan pembukaan kunci dicatat di log cek PIN.',
    cancel: 'Batal',
    confirm: 'Buka kunci',
  },
  recent: {
    title: 'Dicari di shift ini',
    empty: 'Belum ada pelanggan yang dicari.',
    notChecked: 'PIN belum dicek',
    lastCheck: '{{result}}, {{time}}',
  },
  log: {
    back: 'Kembali ke cek pelanggan',
    open: 'Log cek PIN',
    title: 'Log cek PIN',
    count: '{{shown}} terbaru dari {{total}}',
    empty: 'Belum ada cek PIN.',
    time: 'Waktu',
    outlet: 'Outlet',
    customer: 'Kode member',
    result: 'Hasil',
    export: 'Ekspor CSV',
    exporting: 'Menyiapkan…',
    exported: 'Ekspor dimulai: {{file}}.',
    refresh: 'Muat ulang',
  },
  results: {
    verified: 'PIN benar',
    wrong: 'PIN salah',
    'locked-out': 'PIN salah, dikunci',
    locked: 'Ditolak: terkunci',
    refused: 'Ditolak: tidak aktif',
    'no-pin': 'Tanpa PIN di DealPOS',
    offline: 'Offline',
    error: 'Gagal',
    'lockout-cleared': 'Kunci dibuka admin',
  },
};

export const messages = { en, id } as const;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every key of the namespace, e.g. "pin.wrong". */
export type CustomerTextKey = Leaves<typeof en>;

export const namespace = 'customers';

/**
 * Adds the texts to an i18next instance as the `customers` namespace, once. The app makes its
 * own instance (i18n/i18n.ts uses createInstance), so this takes the instance rather than
 * touching the global i18next, which is never initialised here.
 */
export function registerCustomerMessages(instance: i18n): void {
  for (const language of ['en', 'id'] as const) {
    if (!instance.hasResourceBundle(language, namespace)) {
      instance.addResourceBundle(language, namespace, messages[language]);
    }
  }
}
