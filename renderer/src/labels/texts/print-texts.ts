import type { SameKeys } from '../../i18n/namespace-texts.ts';

/** Printing and saving the labels (English). */
export const printEn = {
  print: {
    printer: 'Printer',
    dialog: 'Choose in the print dialog',
    default: '{{name}} (default)',
    print: 'Print {{count}} labels',
    printing: 'Printing…',
    pdf: 'Save as PDF',
    zpl: 'Save ZPL (Zebra)',
    zplSheets: 'ZPL is for label rolls: choose a single-label size.',
    saving: 'Saving…',
    printed: 'Sent {{pages}} pages to the printer.',
    cancelled: 'Cancelled.',
    failed: 'Printing did not work: {{reason}}',
    saved: 'Saved to {{path}}.',
    unavailable: 'Printing needs the DealPOS Companion desktop app.',
    busy: 'Other labels are still printing or saving. Try again when they are done.',
  },
};

/** Printing and saving the labels (Bahasa Indonesia: the words used at a shop counter). */
export const printId: SameKeys<typeof printEn> = {
  print: {
    printer: 'Printer',
    dialog: 'Pilih di jendela cetak',
    default: '{{name}} (utama)',
    print: 'Cetak {{count}} label',
    printing: 'Mencetak…',
    pdf: 'Simpan sebagai PDF',
    zpl: 'Simpan ZPL (Zebra)',
    zplSheets: 'ZPL untuk label gulung: pilih ukuran satu label.',
    saving: 'Menyimpan…',
    printed: '{{pages}} halaman dikirim ke printer.',
    cancelled: 'Dibatalkan.',
    failed: 'Gagal mencetak: {{reason}}',
    saved: 'Tersimpan di {{path}}.',
    unavailable: 'Untuk mencetak, gunakan aplikasi desktop DealPOS Companion.',
    busy: 'Label lain masih dicetak atau disimpan. Coba lagi setelah selesai.',
  },
};
