const rupiah = new Intl.NumberFormat('id-ID', {
  style: 'currency',
  currency: 'IDR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});

/**
 * A price as an Indonesian shop shows it: "Rp 149.000" (the space is a no-break space, so the
 * amount never wraps away from "Rp"). Takes whole rupiah; a fraction is rounded half away from
 * zero. Throws a RangeError for NaN or an infinite amount rather than print nonsense on a label.
 */
export function formatRupiah(amount: number): string {
  if (!Number.isFinite(amount)) throw new RangeError(`Not an amount of rupiah: ${amount}`);
  return rupiah.format(amount);
}
