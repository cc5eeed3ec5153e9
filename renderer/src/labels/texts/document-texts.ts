import type { SameKeys } from '../../i18n/namespace-texts.ts';

/** The document lookup: the form, why a lookup failed, the recent documents (English). */
export const documentEn = {
  document: {
    heading: 'Document',
    kind: 'Document type',
    bill: 'Supplier bill',
    delivery: 'Outlet delivery',
    outlet: 'Outlet',
    number: 'Document number',
    numberHint: 'Type or scan the number, then press Enter.',
    numberPlaceholder: 'e.g. PB/2026/11/0001',
    lookUp: 'Look up',
    lookingUp: 'Looking up…',
    loaded_one: '{{kind}} {{number}} at {{outlet}}: {{count}} line.',
    loaded_other: '{{kind}} {{number}} at {{outlet}}: {{count}} lines.',
    fromScans_one: 'Items scanned at the counter: {{count}} item, one label per scan.',
    fromScans_other: 'Items scanned at the counter: {{count}} items, one label per scan.',
    fromRecent: 'Opened from recent documents (looked up {{when}}). No DealPOS request was needed.',
  },
  problem: {
    'unknown-number': {
      title: 'DealPOS has no {{kind}} with number {{number}} at {{outlet}}.',
      hint: 'Check the number and the outlet. A delivery belongs to the outlet that receives it.',
    },
    'missing-role': {
      title: 'This DealPOS user may not read barcode documents.',
      hint: 'Ask your DealPOS admin to give the API user the role DealPOS names below.',
    },
    offline: {
      title: 'Cannot reach DealPOS.',
      hint: 'Check the internet connection of this computer, then try again. Recent documents still open without a connection.',
    },
    'rate-limited': {
      title: 'The DealPOS request limit is reached for now.',
      hint: 'The whole store shares a few requests per minute. Wait a moment, then look up again.',
    },
    'not-connected': {
      title: 'The app is not connected to DealPOS.',
      hint: 'Connect in Settings first.',
    },
    'invalid-number': {
      title: 'That document number cannot be looked up.',
      hint: 'A number has at most 60 characters. Scan it again or type it.',
    },
    account: {
      title: 'DealPOS did not accept this connection.',
      hint: 'Check the connection in Settings, or ask your DealPOS admin.',
    },
    'dealpos-trouble': {
      title: 'DealPOS had a problem answering.',
      hint: 'Try again in a moment.',
    },
    'app-trouble': {
      title: 'Something went wrong in the app.',
      hint: 'Try again. If it keeps happening, restart the app.',
    },
  },
  recent: {
    heading: 'Recent documents',
    empty: 'Documents you look up appear here for a quick reprint.',
    open: 'Open {{number}}',
    lines_one: '{{count}} line',
    lines_other: '{{count}} lines',
  },
};

/** The document lookup: the form, why a lookup failed, the recent documents (Bahasa Indonesia: the words used at a shop counter). */
export const documentId: SameKeys<typeof documentEn> = {
  document: {
    heading: 'Dokumen',
    kind: 'Jenis dokumen',
    bill: 'Tagihan pemasok',
    delivery: 'Kiriman outlet',
    outlet: 'Outlet',
    number: 'Nomor dokumen',
    numberHint: 'Ketik atau scan nomornya, lalu tekan Enter.',
    numberPlaceholder: 'mis. PB/2026/11/0001',
    lookUp: 'Cari',
    lookingUp: 'Mencari…',
    loaded_one: '{{kind}} {{number}} di {{outlet}}: {{count}} baris.',
    loaded_other: '{{kind}} {{number}} di {{outlet}}: {{count}} baris.',
    fromScans_one: 'Barang hasil scan di kasir: {{count}} barang, satu label per scan.',
    fromScans_other: 'Barang hasil scan di kasir: {{count}} barang, satu label per scan.',
    fromRecent: 'Dibuka dari dokumen terakhir (dicari {{when}}). Tidak perlu permintaan ke DealPOS.',
  },
  problem: {
    'unknown-number': {
      title: 'Di DealPOS tidak ada {{kind}} bernomor {{number}} di {{outlet}}.',
      hint: 'Periksa nomor dan outletnya. Kiriman tercatat di outlet yang menerimanya.',
    },
    'missing-role': {
      title: 'Pengguna DealPOS ini tidak boleh membaca dokumen barcode.',
      hint: 'Minta admin DealPOS memberi pengguna API ini hak akses yang disebut DealPOS di bawah.',
    },
    offline: {
      title: 'Tidak bisa terhubung ke DealPOS.',
      hint: 'Periksa koneksi internet komputer ini, lalu coba lagi. Dokumen terakhir tetap bisa dibuka tanpa koneksi.',
    },
    'rate-limited': {
      title: 'Batas permintaan ke DealPOS sedang tercapai.',
      hint: 'Seluruh toko berbagi beberapa permintaan per menit. Tunggu sebentar, lalu cari lagi.',
    },
    'not-connected': {
      title: 'Aplikasi belum terhubung ke DealPOS.',
      hint: 'Hubungkan dulu di Pengaturan.',
    },
    'invalid-number': {
      title: 'Nomor dokumen itu tidak bisa dicari.',
      hint: 'Nomor paling panjang 60 karakter. Scan ulang atau ketik nomornya.',
    },
    account: {
      title: 'DealPOS menolak koneksi ini.',
      hint: 'Periksa koneksi di Pengaturan, atau tanyakan admin DealPOS.',
    },
    'dealpos-trouble': {
      title: 'DealPOS sedang bermasalah.',
      hint: 'Coba lagi sebentar lagi.',
    },
    'app-trouble': {
      title: 'Terjadi kesalahan di aplikasi.',
      hint: 'Coba lagi. Kalau terus terjadi, mulai ulang aplikasinya.',
    },
  },
  recent: {
    heading: 'Dokumen terakhir',
    empty: 'Dokumen yang Anda cari muncul di sini untuk cetak ulang dengan cepat.',
    open: 'Buka {{number}}',
    lines_one: '{{count}} baris',
    lines_other: '{{count}} baris',
  },
};
