import type { DealposClient } from '../dealpos/client.ts';
import type { Customer } from '../dealpos/schemas/customer.ts';
import { ServiceError } from '../ipc/service-error.ts';
import type { FindCustomerInput } from './customer-channels.ts';
import { isNoSuchCustomer, rethrowForCounter } from './dealpos-failure.ts';
import { normalizeMobilePhone } from './phone-number.ts';

/**
 * Asks DealPOS for one customer: one request to Customer/Detail, or to the older per-field read
 * on a tenant that does not know Detail (the client decides, see dealpos/store-reads.ts). Null
 * when DealPOS has no such customer; a phone number that is not an Indonesian mobile number is
 * refused before any request.
 */
export async function lookUpCustomer(
  client: DealposClient,
  input: FindCustomerInput,
): Promise<Customer | null> {
  const value = input.value.trim();
  try {
    switch (input.by) {
      case 'code':
        return await client.customers.byCode(value);
      case 'email':
        return await client.customers.byEmail(value);
      case 'phone': {
        const phone = normalizeMobilePhone(value);
        if (phone === null) {
          throw new ServiceError(
            'invalid-input',
            'That is not an Indonesian mobile number. Type it like 0812 3456 7890 or +62 812 3456 7890.',
          );
        }
        return await client.customers.byMobilePhone(phone);
      }
    }
  } catch (error) {
    if (isNoSuchCustomer(error)) return null;
    rethrowForCounter(error);
  }
}
