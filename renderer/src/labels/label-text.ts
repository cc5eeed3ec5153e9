import type { PrintLabel } from '../bridge/contract.ts';
import { formatRupiah } from '../money/format-rupiah.ts';

/** The price as the label prints it: "Rp 280.000" (no decimals, no-break space), or nothing. */
export function labelPriceText(label: Pick<PrintLabel, 'price'>): string {
  return label.price === null ? '' : formatRupiah(label.price);
}
