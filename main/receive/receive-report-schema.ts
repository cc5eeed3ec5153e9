import { z } from 'zod';
import { text } from '../ipc/channel.ts';
import { documentKindSchema, documentNumberSchema } from '../labels/label-channels.ts';
import type { ReceiveReport } from './receive-report-model.ts';

/** Most lines (and most unexpected codes) one report may carry: far above any real bill. */
export const maxReportLines = 5_000;

const units = z.number().int().min(0).max(1_000_000);
const rupiah = z.number().int().min(0).max(10_000_000_000);
/** Free text staff typed (who counted); empty is allowed, control characters are not. */
const optionalText = (max: number) => z.union([z.string().trim().max(0), text(max)]);

const lineSchema = z
  .object({
    variantId: text(80),
    code: text(80),
    name: text(300),
    expected: units,
    counted: units,
    unitPrice: rupiah,
    corrections: z.array(z.object({ from: units, to: units, reason: optionalText(300) }).strict()).max(1_000),
  })
  .strict();

const unexpectedSchema = z
  .object({
    code: text(80),
    name: text(300).nullable(),
    counted: units.min(1),
    unitPrice: rupiah.nullable(),
  })
  .strict();

/** The report as the page sends it: checked at the border before a CSV or a PDF is made of it. */
export const receiveReportSchema = z
  .object({
    document: z
      .object({ kind: documentKindSchema, number: documentNumberSchema, outlet: text(200) })
      .strict(),
    finishedAt: z.number().int().min(0).max(8.64e15),
    countedBy: optionalText(120),
    lines: z.array(lineSchema).max(maxReportLines),
    unexpected: z.array(unexpectedSchema).max(maxReportLines),
  })
  .strict() satisfies z.ZodType<ReceiveReport>;
