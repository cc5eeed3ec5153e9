import type { SameKeys } from '../i18n/namespace-texts.ts';
import type { en } from './desktop-texts-en.ts';

/** Teks aplikasi desktop (Tentang, paket dukungan, pembaruan) dalam Bahasa Indonesia. */
export const id: SameKeys<typeof en> = {
  about: {
    open: 'Tentang',
    title: 'Tentang DealPOS Companion',
    version: 'Versi {{version}}',
    body: 'Label barcode, scan tanpa internet dan cek PIN pelanggan untuk toko DealPOS.',
    close: 'Tutup',
  },
  support: {
    title: 'Bantuan dari tim support',
    intro:
      'Menyimpan satu file zip berisi log terbaru aplikasi, versinya, sistem komputer ini dan keadaan katalog. Tidak ada kata sandi, token, PIN atau data pelanggan di dalamnya. Kirim file ini ke orang yang membantu Anda.',
    save: 'Simpan paket dukungan',
    saving: 'Menyimpan…',
    saved: 'Tersimpan di {{path}}',
    files: '{{count}} file di dalam paket',
  },
  updates: {
    title: 'Pembaruan',
    current: 'Ini versi {{version}}.',
    checking: 'Mencari versi baru…',
    upToDate: 'Ini versi terbaru (dicek {{when}}).',
    never: 'Belum pernah mencari versi baru.',
    downloading: 'Mengunduh versi {{version}} di latar belakang…',
    ready: 'Versi {{version}} sudah siap. Mulai ulang aplikasi untuk memakainya.',
    waiting: 'Versi {{version}} sudah siap; aplikasi akan bertanya setelah penghitungan atau cetak selesai.',
    offline: 'Server pembaruan tidak bisa dihubungi; aplikasi akan mencoba lagi nanti.',
    failed: 'Gagal mencari pembaruan; aplikasi akan mencoba lagi nanti.',
    unavailable: 'Pembaruan hanya lewat installer (salinan ini tidak diinstal).',
    restart: 'Mulai ulang dan perbarui',
    check: 'Cari pembaruan sekarang',
    feed: 'Alamat server pembaruan',
    feedHint: 'Kosongkan untuk memakai alamat bawaan aplikasi. Perlu kode sandi manajer.',
    saveFeed: 'Simpan alamat',
    feedSaved: 'Tersimpan.',
    askTitle: 'Mulai ulang untuk memperbarui?',
    askBody:
      'Versi {{version}} sudah diunduh. Aplikasi akan tertutup lalu terbuka lagi dalam beberapa detik.',
    later: 'Nanti',
  },
};
