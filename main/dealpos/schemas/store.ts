import { z } from 'zod';
import { maybe } from './parse.ts';

export interface Outlet {
  id: string;
  name: string;
  code: string | undefined;
  suspended: boolean;
}

export const outletSchema = z
  .object({ ID: z.string(), Name: z.string(), Code: maybe(z.string()), Suspended: maybe(z.boolean()) })
  .transform((o): Outlet => ({ id: o.ID, name: o.Name, code: o.Code, suspended: o.Suspended ?? false }));

export interface Category {
  id: string;
  /** The "/"-separated path, e.g. "Women/Tops". */
  name: string;
  discontinued: boolean;
}

export const categorySchema = z
  .object({ ID: z.string(), Name: z.string(), Discontinued: maybe(z.boolean()) })
  .transform((c): Category => ({ id: c.ID, name: c.Name, discontinued: c.Discontinued ?? false }));
