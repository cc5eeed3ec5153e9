import { z } from 'zod';
import type { SettingsBacking } from '../settings/settings-repository.ts';
import { defaultProfileId } from './built-in-profiles.ts';
import type { LabelPreferences, PriceSource } from './label-channels.ts';

const priceSource = z.enum(['document', 'catalog', 'outlet']);

const fileSchema = z.object({
  version: z.literal(1),
  preferences: z.object({
    priceSource: z.object({ bill: priceSource, delivery: priceSource }),
    profileId: z.string().min(1),
    printerName: z.string().min(1).nullable(),
    symbology: z.enum(['auto', 'code128']),
  }),
  /** Each printer with the profile last printed on it (a list: printer names are the OS's, any text). */
  printerProfiles: z.array(z.object({ printer: z.string(), profileId: z.string() })),
});
type File = z.infer<typeof fileSchema>;

/**
 * A bill's `UnitPrice` is not documented as the selling price (it may be the supplier's cost),
 * so a bill's labels default to the selling price from the catalog. A delivery carries the
 * receiving outlet's price, so its labels default to the document.
 */
export const defaultPriceSource: Record<'bill' | 'delivery', PriceSource> = {
  bill: 'catalog',
  delivery: 'document',
};

const fresh = (): File => ({
  version: 1,
  preferences: {
    priceSource: { ...defaultPriceSource },
    profileId: defaultProfileId,
    printerName: null,
    symbology: 'auto',
  },
  printerProfiles: [],
});

/** What the labels screen remembers between jobs: the choices, and each printer's last profile. */
export class LabelPreferencesStore {
  readonly #backing: SettingsBacking<unknown>;
  #file: File;

  constructor(backing: SettingsBacking<unknown>) {
    this.#backing = backing;
    const parsed = fileSchema.safeParse(backing.read());
    this.#file = parsed.success ? parsed.data : fresh();
  }

  get(): LabelPreferences {
    return structuredClone(this.#file.preferences);
  }

  update(change: Partial<LabelPreferences>): LabelPreferences {
    const current = this.#file.preferences;
    this.#file.preferences = {
      priceSource: change.priceSource ?? current.priceSource,
      profileId: change.profileId ?? current.profileId,
      printerName: change.printerName === undefined ? current.printerName : change.printerName,
      symbology: change.symbology ?? current.symbology,
    };
    this.#write();
    return this.get();
  }

  /** The profile last printed on `printer`, or null. */
  profileFor(printer: string): string | null {
    return this.#file.printerProfiles.find((p) => p.printer === printer)?.profileId ?? null;
  }

  rememberPrinter(printer: string, profileId: string): void {
    const others = this.#file.printerProfiles.filter((p) => p.printer !== printer);
    // Newest first, and a bounded list: printers come and go over the years.
    this.#file.printerProfiles = [{ printer, profileId }, ...others].slice(0, 50);
    this.#write();
  }

  #write(): void {
    this.#backing.write(this.#file);
  }
}
