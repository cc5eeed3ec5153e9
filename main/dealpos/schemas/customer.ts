import { z } from 'zod';
import { imageUrl, maybe } from './parse.ts';

/** A DealPOS customer as the app uses it. `id` is missing from `Customer/Email` answers. */
export interface Customer {
  id: string | undefined;
  code: string;
  name: string;
  email: string | undefined;
  mobilePhone: string | undefined;
  group: string | undefined;
  /** As DealPOS writes it, e.g. "31 Jul 2019". */
  groupExpires: string | undefined;
  loyaltyPoints: number;
  /** "Active", "Inactive", "Suspended", ... as DealPOS said. */
  status: string;
  joinDate: string | undefined;
  signUpOutlet: string | undefined;
  imageUrl: string | undefined;
}

// Customer/Code and Customer/MobilePhone send MobilePhone; Customer/Email sends Mobile and no ID.
export const customerSchema = z
  .object({
    ID: maybe(z.string()),
    Code: z.string(),
    Name: z.string(),
    Email: maybe(z.string()),
    MobilePhone: maybe(z.string()),
    Mobile: maybe(z.string()),
    Group: maybe(z.string()),
    ExpiredGroup: maybe(z.string()),
    LoyaltyPoint: maybe(z.number()),
    Status: maybe(z.string()),
    JoinDate: maybe(z.string()),
    SignUpOutlet: maybe(z.string()),
    ImageURL: imageUrl,
  })
  .transform(
    (c): Customer => ({
      id: c.ID,
      code: c.Code,
      name: c.Name,
      email: c.Email,
      mobilePhone: c.MobilePhone ?? c.Mobile,
      group: c.Group,
      groupExpires: c.ExpiredGroup,
      loyaltyPoints: c.LoyaltyPoint ?? 0,
      status: c.Status ?? 'Active',
      joinDate: c.JoinDate,
      signUpOutlet: c.SignUpOutlet,
      imageUrl: c.ImageURL,
    }),
  );

/** `Customer/PIN` answers the PIN in clear. It stays in the main process. */
export const pinSchema = z
  .object({ PIN: z.union([z.string(), z.number()]) })
  .transform((body) => String(body.PIN));
