import type { SameKeys } from '../../i18n/namespace-texts.ts';

/** The job: the lines table, its totals, the options and the preview (English). */
export const jobEn = {
  lines: {
    heading: 'Lines',
    name: 'Product',
    code: 'Code',
    quantity: 'Qty',
    price: 'Label price',
    copies: 'Labels',
    copiesOf: 'Labels for {{name}}',
    reset: 'One label per unit',
    clear: 'Set all to 0',
    documentPrice: 'Document: {{price}}',
    catalogPrice: 'Catalog: {{price}}',
    outletPrice: 'Outlet: {{price}}',
    sellingPrice: 'Selling price (no outlet price)',
    notInCatalog: 'Not in the catalog on this PC: document price used',
    notInDealpos: 'DealPOS does not know this code: document price used',
    pending: 'Waiting for the price…',
    differs: 'Prices differ',
    unprintable: {
      empty: 'No code: cannot print a barcode',
      'invalid-characters': 'The code has characters a barcode cannot carry',
      'too-long': 'The code is too long for a label',
    },
    badCheckDigit: 'Looks like an EAN/UPC code but its check digit is wrong: printed as Code 128',
    thinBars:
      'Bars {{width, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}} mm wide on this label size: too thin to scan reliably',
    thinBarsNoFix:
      'No label size here fits this code: shorten the code in DealPOS, or add a wider label size',
    fixProfile:
      'Use {{profile}} (bars {{width, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}} mm)',
    fixSymbology:
      'Print as {{symbology}} (bars {{width, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}} mm)',
  },
  totals: {
    labels_one: '{{count}} label',
    labels_other: '{{count}} labels',
    sheets_one: 'on {{count}} sheet',
    sheets_other: 'on {{count}} sheets',
    unprintable_one: '{{count}} line cannot be printed',
    unprintable_other: '{{count}} lines cannot be printed',
    thinBars_one: '{{count}} line with bars too thin',
    thinBars_other: '{{count}} lines with bars too thin',
  },
  options: {
    heading: 'Label options',
    priceSource: 'Price on the label',
    // Named after where each price comes from: a supplier bill's price is what the shop paid.
    source: {
      document: 'Price on the delivery',
      billDocument: 'Buying price (on the bill)',
      catalog: 'Selling price',
      outlet: 'Outlet price (asks DealPOS)',
    },
    outletCost_one: 'Asks DealPOS once ({{count}} request).',
    outletCost_other: 'Asks DealPOS once per product ({{count}} requests).',
    outletLoading: 'Getting outlet prices…',
    outletFailed: 'Could not get the outlet prices.',
    retry: 'Try again',
    profile: 'Label size',
    symbology: 'Barcode type',
    auto: 'Automatic (EAN-13/UPC-A where valid)',
    code128: 'Always Code 128',
    editProfiles: 'Label sizes…',
  },
  preview: {
    heading: 'Preview',
    empty: 'Look up a document to see its labels.',
    nothing: 'Every line is at 0 labels.',
    // Roll labels are counted as labels, sheets as sheets.
    labelRange: 'Label {{page}} of {{pages}}',
    sheetRange: 'Sheet {{page}} of {{pages}}',
    previous: 'Previous page',
    next: 'Next page',
  },
};

/** The job: the lines table, its totals, the options and the preview (Bahasa Indonesia: the words used at a shop counter). */
export const jobId: SameKeys<typeof jobEn> = {
  lines: {
    heading: 'Baris',
    name: 'Produk',
    code: 'Kode',
    quantity: 'Jml',
    price: 'Harga di label',
    copies: 'Label',
    copiesOf: 'Jumlah label untuk {{name}}',
    reset: 'Satu label per unit',
    clear: 'Nolkan semua',
    documentPrice: 'Dokumen: {{price}}',
    catalogPrice: 'Katalog: {{price}}',
    outletPrice: 'Outlet: {{price}}',
    sellingPrice: 'Harga jual (tidak ada harga outlet)',
    notInCatalog: 'Tidak ada di katalog komputer ini: dipakai harga dokumen',
    notInDealpos: 'Kode ini tidak dikenal DealPOS: dipakai harga dokumen',
    pending: 'Menunggu harga…',
    differs: 'Harga berbeda',
    unprintable: {
      empty: 'Tidak ada kode: barcode tidak bisa dicetak',
      'invalid-characters': 'Kode berisi karakter yang tidak bisa dijadikan barcode',
      'too-long': 'Kode terlalu panjang untuk label',
    },
    badCheckDigit: 'Mirip kode EAN/UPC tetapi digit pemeriksanya salah: dicetak sebagai Code 128',
    thinBars:
      'Garis barcode hanya {{width, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}} mm di ukuran label ini: terlalu tipis, bisa gagal di-scan',
    thinBarsNoFix:
      'Tidak ada ukuran label yang muat untuk kode ini: perpendek kodenya di DealPOS, atau tambah ukuran label yang lebih lebar',
    fixProfile:
      'Pakai {{profile}} (garis {{width, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}} mm)',
    fixSymbology:
      'Cetak sebagai {{symbology}} (garis {{width, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}} mm)',
  },
  totals: {
    labels_one: '{{count}} label',
    labels_other: '{{count}} label',
    sheets_one: 'di {{count}} lembar',
    sheets_other: 'di {{count}} lembar',
    unprintable_one: '{{count}} baris tidak bisa dicetak',
    unprintable_other: '{{count}} baris tidak bisa dicetak',
    thinBars_one: '{{count}} baris dengan garis barcode terlalu tipis',
    thinBars_other: '{{count}} baris dengan garis barcode terlalu tipis',
  },
  options: {
    heading: 'Pilihan label',
    priceSource: 'Harga di label',
    source: {
      document: 'Harga di kiriman',
      billDocument: 'Harga beli (di tagihan)',
      catalog: 'Harga jual',
      outlet: 'Harga outlet (tanya DealPOS)',
    },
    outletCost_one: 'Bertanya ke DealPOS sekali ({{count}} permintaan).',
    outletCost_other: 'Bertanya ke DealPOS sekali per produk ({{count}} permintaan).',
    outletLoading: 'Mengambil harga outlet…',
    outletFailed: 'Harga outlet tidak bisa diambil.',
    retry: 'Coba lagi',
    profile: 'Ukuran label',
    symbology: 'Jenis barcode',
    auto: 'Otomatis (EAN-13/UPC-A bila valid)',
    code128: 'Selalu Code 128',
    editProfiles: 'Ukuran label…',
  },
  preview: {
    heading: 'Pratinjau',
    empty: 'Cari dokumen untuk melihat labelnya.',
    nothing: 'Semua baris berisi 0 label.',
    labelRange: 'Label {{page}} dari {{pages}}',
    sheetRange: 'Lembar {{page}} dari {{pages}}',
    previous: 'Halaman sebelumnya',
    next: 'Halaman berikutnya',
  },
};
