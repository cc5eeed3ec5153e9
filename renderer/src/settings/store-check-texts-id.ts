import type { SameKeys } from '../i18n/namespace-texts.ts';
import type { en } from './store-check-texts-en.ts';

/** Bahasa Indonesia: the same keys. */
export const id: SameKeys<typeof en> = {
  title: 'Cek toko',
  intro:
    'Memeriksa apakah akun DealPOS ini menjawab setiap permintaan yang dipakai aplikasi, dalam bentuk yang bisa dibaca aplikasi. Jalankan setelah menghubungkan toko, atau saat ada yang tidak berfungsi.',
  cost: 'Cek ini bertanya ke DealPOS {{requests}} kali, satu kali per pemeriksaan. Itu dihitung dalam batas toko, 50 permintaan tiap 3 menit; kasir tetap didahulukan.',
  demo: 'Di mode demo, yang dicek adalah toko latihan di komputer ini.',
  run: 'Jalankan cek toko',
  runAgain: 'Jalankan lagi',
  running: 'Mengecek… {{done}} dari {{total}}',
  asking: 'Bertanya ke DealPOS: {{operation}}',
  spent: 'Terpakai {{spent}} dari {{requests}} permintaan yang diumumkan.',
  summary: '{{use}} siap · {{fallBack}} pakai pengganti · {{cannot}} tidak berfungsi',
  column: {
    read: 'Pemeriksaan',
    answer: 'Jawaban',
    found: 'Temuan',
    action: 'Yang akan dilakukan aplikasi',
  },
  feature: {
    'sign-in': 'Masuk ke DealPOS',
    connect: 'Daftar outlet',
    catalog: 'Katalog offline',
    stock: 'Stok di semua outlet',
    lookup: 'Cari kode yang belum dikenal',
    customers: 'Cek PIN pelanggan',
    'labels-bills': 'Label dari tagihan pemasok',
    'labels-deliveries': 'Label dari kiriman antar-outlet',
    invoices: 'Detail faktur',
  },
  finding: {
    fits: 'Menjawab dalam bentuk yang dibaca aplikasi.',
    'no-such-record':
      'Menjawab “tidak ada” untuk nomor karangan dari cek ini: permintaan dan izinnya berfungsi.',
    'shape-differs': 'Bentuk jawabannya tidak bisa dibaca aplikasi:',
    'refused-role':
      'Ditolak: pengguna API ini belum punya izinnya. Minta admin DealPOS menambahkan role yang disebut DealPOS.',
    'refused-outlet':
      'Ditolak untuk outlet ini. Minta admin DealPOS memberi pengguna API ini akses ke outlet tersebut.',
    'refused-request': 'Permintaannya ditolak.',
    'route-missing': 'DealPOS ini tidak mengenal permintaan ini.',
    'rate-limited': 'Batas permintaan tercapai. Jalankan lagi beberapa menit lagi.',
    server: 'DealPOS sedang bermasalah saat menjawab.',
    'no-answer': 'Tidak ada jawaban (jaringan atau waktu habis).',
    auth: 'Client ID atau secret ditolak.',
    suspended: 'Akun ini sedang ditangguhkan.',
    skipped: 'Tidak ditanyakan: langkah sebelumnya gagal (lihat di atas).',
  },
  shape: {
    rows: '{{count}} baris',
    rows_one: '{{count}} baris',
    fields: '{{count}} kolom',
    fields_one: '{{count}} kolom',
    countUnknown: 'RecordsCount −1 (tidak diketahui)',
  },
  verdict: {
    use: 'Dipakai',
    'fall-back': 'Memakai {{fallback}} sebagai gantinya',
    'cannot-work': '{{feature}} tidak akan berfungsi',
    'not-needed': 'Tidak perlu: katalog diambil dari produk',
    unknown: 'Belum pasti: coba lagi nanti',
  },
  dealposSays: 'Kata DealPOS:',
  save: 'Simpan laporan',
  saved: 'Tersimpan sebagai {{file}} di folder unduhan.',
  reportHint:
    'Laporan hanya berisi nama kolom dan jenis datanya: tanpa harga, nama, kode, client ID, secret, atau token. Kirimkan ke kami bila ada yang tidak berfungsi.',
};
