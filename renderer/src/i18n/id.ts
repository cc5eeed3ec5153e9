import type { Messages } from './en.ts';

/** Bahasa Indonesia, as a shop worker would say it. */
export const id: Messages = {
  app: {
    name: 'DealPOS Companion',
    loading: 'Memulai…',
    startFailed: 'Aplikasi tidak bisa dimulai.',
    retry: 'Coba lagi',
    details: 'Rincian',
  },
  language: {
    label: 'Bahasa',
    en: 'English',
    id: 'Bahasa Indonesia',
  },
  welcome: {
    title: 'Selamat datang di DealPOS Companion',
    lead: 'Label barcode, scan barang, dan cek pelanggan untuk toko DealPOS Anda.',
    connect: 'Hubungkan ke toko DealPOS saya',
    connectHint: 'Siapkan alamat toko serta Client ID dan Client Secret API dari admin DealPOS Anda.',
    demo: 'Coba demo',
    demoHint: 'Toko latihan di komputer ini dengan contoh barang. Tidak ada data yang dikirim ke DealPOS.',
    startingDemo: 'Menyiapkan toko demo…',
    'settings-unreadable':
      'Pengaturan yang tersimpan di komputer ini tidak bisa dibaca, jadi aplikasi dibuka tanpa koneksi. Silakan hubungkan lagi.',
    'saved-connection-unusable':
      'Koneksi yang tersimpan tidak bisa dipakai (alamat tokonya bukan alamat DealPOS, atau toko demo gagal dibuka). Silakan hubungkan lagi.',
  },
  connect: {
    title: 'Hubungkan ke toko DealPOS Anda',
    back: 'Kembali',
    host: 'Alamat toko',
    hostHint: 'Nama toko, misalnya acme, atau alamat lengkap, misalnya https://acme.dealpos.net',
    clientId: 'Client ID',
    clientSecret: 'Client Secret',
    secretHint: 'Disimpan terenkripsi di komputer ini dan tidak akan ditampilkan lagi.',
    secretNotKept:
      'Komputer ini tidak bisa menyimpan Client Secret dengan aman, jadi Anda perlu mengetiknya lagi setiap kali aplikasi dibuka.',
    test: 'Uji koneksi',
    testing: 'Sedang menguji…',
    tested: 'Berhasil terhubung ke {{host}}.',
    outletTitle: 'Kasir ini bekerja untuk outlet mana?',
    outletHint: 'Pilih dengan tombol panah, lalu tekan Enter.',
    outletCode: 'Kode {{code}}',
    noOutlets: 'Akun DealPOS ini belum punya outlet aktif. Tambahkan outlet di DealPOS dulu.',
    save: 'Simpan dan mulai',
    saving: 'Menyimpan…',
    changeDetails: 'Ubah data koneksi',
    passcode: 'Sandi manajer',
    passcodeHint:
      'Minimal 4 angka atau huruf. Manajer mengetiknya untuk buka kunci PIN, hapus faktur, hapus varian, ubah ukuran label, atau ganti koneksi ini.',
    passcodeRepeat: 'Ulangi sandi manajer',
    passcodeTooShort: 'Sandi manajer minimal 4 angka atau huruf.',
    passcodeMismatch: 'Kedua sandi manajer tidak sama. Ketik ulang.',
  },
  weak: {
    title: 'Simpan Client Secret tanpa enkripsi?',
    body: 'Komputer ini tidak punya brankas kata sandi sistem (keyring), jadi Client Secret hanya bisa disamarkan di file pengaturan, tidak bisa dienkripsi.',
    risk: 'Siapa pun yang bisa membuka file di komputer ini bisa membacanya. Lanjutkan hanya jika semua pemakai komputer ini bisa dipercaya.',
    cancel: 'Batal',
    confirm: 'Tetap simpan',
  },
  errors: {
    dealposSays: 'Pesan dari DealPOS:',
    auth: {
      title: 'DealPOS menolak Client ID atau Client Secret ini.',
      hint: 'Periksa keduanya, lalu ketik ulang. Admin DealPOS Anda bisa memberikan data yang benar.',
    },
    forbidden: {
      title: 'Pengguna API ini tidak punya izin yang diperlukan.',
      hint: 'Minta admin DealPOS menambahkan hak akses (role) tersebut untuk pengguna API ini.',
    },
    'outlet-forbidden': {
      title: 'Pengguna API ini tidak boleh memakai outlet tersebut.',
      hint: 'Minta admin DealPOS memberi pengguna API ini akses ke outlet itu, atau pilih outlet lain di Pengaturan.',
    },
    suspended: {
      title: 'Akun DealPOS ini sedang ditangguhkan.',
      hint: 'Minta pemilik toko menghubungi DealPOS.',
    },
    network: {
      title: 'Tidak bisa menghubungi DealPOS.',
      hint: 'Periksa koneksi internet komputer ini, lalu coba lagi.',
    },
    timeout: {
      title: 'DealPOS terlalu lama menjawab.',
      hint: 'Koneksi mungkin sedang lambat. Coba lagi sebentar lagi.',
    },
    'rate-limited': {
      title: 'Batas permintaan ke DealPOS sudah tercapai.',
      hint: 'DealPOS membatasi jumlah permintaan seluruh toko dalam beberapa menit. Tunggu sebentar, lalu coba lagi.',
    },
    config: {
      title: 'Alamat toko ini tidak bisa dipakai.',
      hint: 'Ketik nama toko (misalnya acme) atau alamat lengkapnya di dealpos.net, dealpos.com, atau dealpos.co.id, misalnya https://acme.dealpos.net.',
    },
    'not-found': {
      title: 'Alamat ini tidak menjawab seperti toko DealPOS.',
      hint: 'Periksa lagi alamat tokonya.',
    },
    server: {
      title: 'DealPOS sedang bermasalah.',
      hint: 'Coba lagi sebentar lagi.',
    },
    'invalid-response': {
      title: 'Jawaban DealPOS tidak dikenali aplikasi ini.',
      hint: 'Periksa alamat toko. Jika sudah benar, beri tahu admin Anda.',
    },
    'bad-request': {
      title: 'DealPOS tidak menerima permintaan ini.',
      hint: 'Periksa isian Anda, lalu coba lagi.',
    },
    conflict: {
      title: 'DealPOS menolak karena datanya tidak dalam keadaan yang sesuai.',
      hint: 'Muat ulang datanya, lalu coba lagi.',
    },
    'invalid-input': {
      title: 'Ada isian yang kosong atau terlalu panjang.',
      hint: 'Isi alamat toko, Client ID, dan Client Secret.',
    },
    'not-connected': {
      title: 'Kasir ini belum terhubung ke DealPOS.',
      hint: 'Hubungkan ke toko Anda atau coba demo dulu.',
    },
    'weak-encryption': {
      title: 'Client Secret tidak bisa dienkripsi di komputer ini.',
      hint: 'Konfirmasi untuk tetap menyimpannya.',
    },
    'untrusted-sender': {
      title: 'Aplikasi menolak permintaan yang tidak berasal dari jendelanya sendiri.',
      hint: 'Tutup aplikasi, lalu buka lagi.',
    },
    locked: {
      title: 'Terkunci sementara karena terlalu banyak percobaan.',
      hint: 'Tunggu beberapa menit, lalu coba lagi.',
    },
    'approval-required': {
      title: 'Perlu persetujuan manajer.',
      hint: 'Minta manajer mengetik sandi manajer. Jika belum ada, buat dulu di Pengaturan.',
    },
    'approval-refused': {
      title: 'Sandi manajer salah.',
      hint: 'Tidak ada yang diubah. Minta manajer mengetik ulang.',
    },
    'approval-locked': {
      title: 'Sandi manajer terkunci karena terlalu sering salah.',
      hint: 'Tidak ada yang diubah. Tunggu beberapa menit, lalu coba lagi.',
    },
    offline: {
      title: 'Ini perlu DealPOS, tetapi komputer ini tidak terhubung ke internet.',
      hint: 'Periksa koneksi internet, lalu coba lagi.',
    },
    internal: {
      title: 'Terjadi kesalahan di aplikasi.',
      hint: 'Coba lagi. Jika terus terjadi, tutup aplikasi lalu buka lagi.',
    },
  },
  frame: {
    sections: 'Menu',
    scan: 'Scan',
    labels: 'Label',
    customers: 'Pelanggan',
    office: 'Administrasi',
    settings: 'Pengaturan',
    outlet: 'Outlet',
    noOutlet: 'Belum pilih outlet',
    online: 'Terhubung',
    offline: 'Tidak ada koneksi',
    demoBadge: 'DEMO',
    demoStore: 'Toko demo',
  },
  quota: {
    title: 'Kuota DealPOS',
    left: 'Sisa {{remaining}} dari {{limit}}',
    nextIn: '1 lagi dalam {{time}}',
    full: 'Kuota penuh',
    blocked: 'Ditahan DealPOS: {{time}}',
    queued: '{{count}} antre',
    lowNote: 'Hampir habis: pembaruan katalog menunggu, kasir didahulukan.',
    outNote: 'Habis: pencarian menunggu giliran. Scan tetap jalan dari komputer ini.',
  },
  settings: {
    title: 'Pengaturan',
    language: 'Bahasa',
    connection: 'Koneksi DealPOS',
    mode: 'Toko',
    modeLive: 'Toko DealPOS saya',
    modeDemo: 'Toko demo di komputer ini',
    host: 'Alamat toko',
    clientId: 'Client ID',
    outlet: 'Outlet',
    changeOutlet: 'Ganti outlet',
    chooseOutletTitle: 'Pilih outlet untuk kasir ini',
    loadingOutlets: 'Memuat daftar outlet…',
    useOutlet: 'Pakai outlet ini',
    version: 'Versi aplikasi',
    disconnect: 'Putuskan koneksi',
    leaveDemo: 'Keluar dari demo',
    disconnectTitle: 'Putuskan koneksi ke DealPOS?',
    disconnectBody:
      'Client ID dan Client Secret akan dihapus dari komputer ini. Untuk menyambung lagi, Anda perlu mengetik ulang keduanya.',
    leaveDemoTitle: 'Keluar dari demo?',
    leaveDemoBody: 'Toko demo akan ditutup. Anda bisa mencoba demo lagi kapan saja.',
    cancel: 'Batal',
  },
};
