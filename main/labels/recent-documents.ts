import { z } from 'zod';
import type { SettingsBacking } from '../settings/settings-repository.ts';
import type { LabelDocument, RecentDocument } from './label-channels.ts';

/** How many documents the list keeps, newest first. */
export const recentLimit = 12;

const lineSchema = z.object({
  variantId: z.string(),
  name: z.string(),
  code: z.string(),
  quantity: z.number().nonnegative(),
  unitPrice: z.number(),
});
const fileSchema = z.object({
  version: z.literal(1),
  documents: z.array(
    z.object({
      kind: z.enum(['bill', 'delivery']),
      outlet: z.string(),
      number: z.string(),
      lines: z.array(lineSchema),
      fetchedAt: z.number(),
    }),
  ),
});

// Numbers match without regard to case in DealPOS; outlets are named the same way.
const sameDocument = (a: RecentDocument, b: RecentDocument) =>
  a.kind === b.kind &&
  a.outlet.toLowerCase() === b.outlet.toLowerCase() &&
  a.number.toLowerCase() === b.number.toLowerCase();

/**
 * The documents looked up lately, lines included, so a reprint costs no DealPOS request (the
 * account has 50 a window). A bill or delivery is history: its lines do not change afterwards.
 */
export class RecentDocuments {
  readonly #backing: SettingsBacking<unknown>;
  #documents: RecentDocument[];

  constructor(backing: SettingsBacking<unknown>) {
    this.#backing = backing;
    const parsed = fileSchema.safeParse(backing.read());
    this.#documents = parsed.success ? parsed.data.documents : [];
  }

  list(): RecentDocument[] {
    return structuredClone(this.#documents);
  }

  /** Puts the document first; an earlier lookup of the same number is replaced. */
  remember(document: LabelDocument): void {
    const entry: RecentDocument = structuredClone(document);
    this.#documents = [entry, ...this.#documents.filter((d) => !sameDocument(d, entry))].slice(
      0,
      recentLimit,
    );
    this.#backing.write({ version: 1, documents: this.#documents });
  }
}
