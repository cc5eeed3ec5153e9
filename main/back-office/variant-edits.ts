import type { CatalogItem } from '../catalog/catalog-channels.ts';
import type { DealposClient } from '../dealpos/client.ts';
import { DealposError } from '../dealpos/errors.ts';
import type {
  VariantAddInput,
  VariantAddOutcome,
  VariantSheet,
  VariantUpdateInput,
  VariantUpdateOutcome,
  WriteOutcome,
} from './back-office-channels.ts';
import { variantSheetOf } from './variant-sheet.ts';
import type { WriteDesk } from './write-desk.ts';

/** Reads one variant for the form; null when DealPOS answers that the code does not exist (400). */
export async function readVariantSheet(client: DealposClient, code: string): Promise<VariantSheet | null> {
  try {
    return variantSheetOf(await client.variants.detail({ code }));
  } catch (error) {
    if (error instanceof DealposError && error.kind === 'bad-request') return null;
    throw error;
  }
}

/** A read-back after a write that went through: its failure must not turn the write into a failure. */
async function readBack(client: DealposClient, code: string): Promise<VariantSheet | null> {
  try {
    return await readVariantSheet(client, code);
  } catch {
    return null;
  }
}

/** "UnitPrice=135000; Discontinued=true; OutletPrice Pluit=140000": what was sent, for the log. */
export function updateDetail(update: VariantUpdateInput): string {
  const parts: string[] = [];
  if (update.name !== undefined) parts.push(`Name=${update.name}`);
  if (update.model !== undefined) parts.push(`Model=${update.model}`);
  if (update.unitPrice !== undefined) parts.push(`UnitPrice=${update.unitPrice}`);
  if (update.unitCost !== undefined) parts.push(`UnitCost=${update.unitCost}`);
  if (update.taxable !== undefined) parts.push(`Taxable=${update.taxable}`);
  if (update.discontinued !== undefined) parts.push(`Discontinued=${update.discontinued}`);
  for (const p of update.outletPrices ?? []) parts.push(`OutletPrice ${p.outlet}=${p.price}`);
  return parts.join('; ');
}

/**
 * Changes the fields given, then reads the variant back so the page can put DealPOS's own
 * record in its catalog cache (DealPOS answers the update with a bare "Update Success").
 */
export async function updateVariant(
  client: DealposClient,
  desk: WriteDesk,
  update: VariantUpdateInput,
): Promise<VariantUpdateOutcome> {
  const outcome = await desk.run(
    { action: 'variant-update', outlet: null, document: update.code, detail: updateDetail(update) },
    () => client.variants.update(update),
  );
  if (outcome.result !== 'done') return outcome;
  return { ...outcome, sheet: await readBack(client, update.code) };
}

/** Adds variants to a product by its code, then reads each new one back for the catalog cache. */
export async function addVariants(
  client: DealposClient,
  desk: WriteDesk,
  input: VariantAddInput,
): Promise<VariantAddOutcome> {
  let added: string[] = [];
  const outcome: WriteOutcome = await desk.run(
    {
      action: 'variant-add',
      outlet: null,
      document: input.productCode,
      detail: input.variants.map((v) => `${v.code} (${v.model}) UnitPrice=${v.unitPrice}`).join('; '),
    },
    async () => {
      const answer = await client.variants.add(input.productCode, input.variants);
      // DealPOS lists what it added; should a tenant's answer leave the list out, the codes asked for were added.
      added =
        answer.variants.length > 0 ? answer.variants.map((v) => v.code) : input.variants.map((v) => v.code);
      // It answers with the records, not with words.
      return null;
    },
  );
  if (outcome.result !== 'done') return outcome;
  const items: CatalogItem[] = [];
  for (const code of added) {
    const sheet = await readBack(client, code);
    if (sheet) items.push(sheet.item);
  }
  return { ...outcome, items };
}

export function deleteVariant(
  client: DealposClient,
  desk: WriteDesk,
  code: string,
  detail = '',
): Promise<WriteOutcome> {
  return desk.run({ action: 'variant-delete', outlet: null, document: code, detail }, () =>
    client.variants.remove(code),
  );
}
