import { z } from 'zod';

/** One page of a DealPOS list, whatever envelope the endpoint used. */
export interface Page<T> {
  rows: T[];
  /** Total rows matching the query, when DealPOS said; undefined means unknown. */
  total: number | undefined;
}

/**
 * A count DealPOS gave beside a page. Live `GET /Product` sent `RecordsCount: -1` (README, live
 * table "List envelopes"): -1, any negative, a fraction or a missing count all mean "unknown",
 * never a reason to refuse the page.
 */
const countOrUnknown = z
  .unknown()
  .optional()
  .transform((value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined,
  );

/**
 * DealPOS lists come as a bare array, `{Data, RecordsCount}`, `{DataArray, RecordsCount}` or
 * `{Data, TotalCount}` depending on the endpoint and the tenant; this reads them all, in one
 * place.
 */
export const pageOf = <T extends z.ZodType>(row: T) =>
  z.union([
    z.array(row).transform((rows): Page<z.output<T>> => ({ rows, total: undefined })),
    z
      .object({
        Data: z.array(row).optional(),
        DataArray: z.array(row).optional(),
        RecordsCount: countOrUnknown,
        TotalCount: countOrUnknown,
      })
      .refine((page) => page.Data !== undefined || page.DataArray !== undefined, {
        message: 'expected a Data or DataArray list',
        path: ['Data'],
      })
      .transform(
        (page): Page<z.output<T>> => ({
          rows: page.Data ?? page.DataArray ?? [],
          total: page.RecordsCount ?? page.TotalCount,
        }),
      ),
  ]);

/** `Variant/Count` is not documented beyond "count": a bare number or one of the usual field names. */
export const countSchema = z.union([
  z.number().int().nonnegative(),
  z
    .object({
      Count: z.number().int().nonnegative().optional(),
      RecordsCount: z.number().int().nonnegative().optional(),
      TotalCount: z.number().int().nonnegative().optional(),
      Total: z.number().int().nonnegative().optional(),
    })
    .transform((body) => body.Count ?? body.RecordsCount ?? body.TotalCount ?? body.Total)
    .pipe(z.number({ message: 'expected a Count field' })),
]);

/** Writes answer `{"Message": "..."}` or, for variant delete, a bare JSON string. */
export const messageSchema = z.union([
  z.object({ Message: z.string() }).transform((body) => body.Message),
  z.string(),
]);
