import type { SameKeys, TextKey } from '../i18n/namespace-texts.ts';

/** English texts of the manager passcode (i18next namespace `manager`). */
const en = {
  dialog: {
    badge: 'Manager approval',
    passcode: 'Manager passcode',
    passcodeHint: 'The manager types it. It is never shown.',
    approver: 'Manager name',
    approverHint: 'Written in the log with this action.',
    cancel: 'Cancel',
    checking: 'Checking…',
    wrong_one: 'Wrong manager passcode. {{count}} try left before it locks.',
    wrong_other: 'Wrong manager passcode. {{count}} tries left before it locks.',
    locked: 'Locked after too many wrong passcodes. Try again in {{time}} (at {{clock}}).',
    notSet: 'No manager passcode is set on this computer yet. Set one in Settings first.',
  },
  settings: {
    title: 'Manager passcode',
    intro:
      'A manager types it to approve clearing a PIN lock, erasing an invoice, deleting a variant, editing label sizes or changing the connection.',
    notSet: 'No manager passcode is set yet.',
    current: 'Current passcode',
    next: 'New passcode',
    repeat: 'New passcode again',
    hint: 'At least 4 digits or letters.',
    clientSecret: 'DealPOS Client Secret',
    clientSecretHint: "This counter is connected already: the store's Client Secret shows you are its admin.",
    secretMissing: "Type the store's DealPOS Client Secret as well.",
    secretWrong: 'That is not the Client Secret of the connected store. Nothing was changed.',
    save: 'Change passcode',
    saveFirst: 'Set passcode',
    saving: 'Saving…',
    saved: 'The manager passcode is saved.',
    tooShort: 'The new passcode needs at least 4 digits or letters.',
    mismatch: 'The two new passcodes are not the same. Type them again.',
  },
};

/** Bahasa Indonesia: the same keys (renderer/src/i18n/GLOSSARY.md: "sandi manajer"). */
const id: SameKeys<typeof en> = {
  dialog: {
    badge: 'Persetujuan manajer',
    passcode: 'Sandi manajer',
    passcodeHint: 'Diketik oleh manajer. Tidak pernah ditampilkan.',
    approver: 'Nama manajer',
    approverHint: 'Dicatat di log bersama tindakan ini.',
    cancel: 'Batal',
    checking: 'Memeriksa…',
    wrong_one: 'Sandi manajer salah. Sisa {{count}} kali lagi sebelum terkunci.',
    wrong_other: 'Sandi manajer salah. Sisa {{count}} kali lagi sebelum terkunci.',
    locked: 'Terkunci karena terlalu sering salah. Coba lagi dalam {{time}} (pukul {{clock}}).',
    notSet: 'Komputer ini belum punya sandi manajer. Buat dulu di Pengaturan.',
  },
  settings: {
    title: 'Sandi manajer',
    intro:
      'Manajer mengetiknya untuk menyetujui buka kunci PIN, hapus faktur, hapus varian, ubah ukuran label, atau ganti koneksi.',
    notSet: 'Sandi manajer belum dibuat.',
    current: 'Sandi sekarang',
    next: 'Sandi baru',
    repeat: 'Ulangi sandi baru',
    hint: 'Minimal 4 angka atau huruf.',
    clientSecret: 'Client Secret DealPOS',
    clientSecretHint:
      'Komputer kasir ini sudah terhubung: Client Secret toko membuktikan bahwa Anda admin-nya.',
    secretMissing: 'Ketik juga Client Secret DealPOS toko ini.',
    secretWrong: 'Itu bukan Client Secret toko yang terhubung. Tidak ada yang diubah.',
    save: 'Ganti sandi',
    saveFirst: 'Buat sandi',
    saving: 'Menyimpan…',
    saved: 'Sandi manajer sudah disimpan.',
    tooShort: 'Sandi baru minimal 4 angka atau huruf.',
    mismatch: 'Kedua sandi baru tidak sama. Ketik ulang.',
  },
};

export const messages = { en, id } as const;

/** Every key of the namespace, e.g. "dialog.passcode". */
export type ManagerTextKey = TextKey<typeof en>;

/** The texts as the namespace `manager` of the app's i18next instance. */
export const managerTexts = { namespace: 'manager', en, id } as const;
