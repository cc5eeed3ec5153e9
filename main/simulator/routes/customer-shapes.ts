import type { Customer } from '../seed/customers.ts';

/**
 * Customer/Email's shape, exactly as its reference example: no ID, `Mobile` instead of
 * `MobilePhone`, and `Gender` as a boolean (true = male, the example's "Mr." customer).
 */
export function customerByEmailShape(c: Customer) {
  return {
    Name: `${c.firstName} ${c.lastName}`,
    Email: c.email,
    FirstName: c.firstName,
    LastName: c.lastName,
    Gender: c.male,
    Code: c.code,
    Phone: c.phone,
    Mobile: c.mobilePhone,
    Address: c.address,
    ReferredBy: c.referredBy,
    Group: c.group,
    ExpiredGroup: c.expiredGroup,
    SignUpOutlet: c.signUpOutlet,
    ImageURL: c.imageURL,
    LoyaltyPoint: c.loyaltyPoint,
    Status: c.status,
  };
}

/** Customer/Code and Customer/MobilePhone's shape, as their reference examples. */
export function customerShape(c: Customer) {
  return {
    ID: c.id,
    Name: `${c.firstName} ${c.lastName}`,
    Email: c.email,
    Title: c.title,
    FirstName: c.firstName,
    LastName: c.lastName,
    Gender: c.male ? 'Male' : 'Female',
    Code: c.code,
    Phone: c.phone,
    MobilePhone: c.mobilePhone,
    Fax: c.fax,
    Address: c.address,
    City: c.city,
    Nationality: 'Indonesian',
    ReferredBy: c.referredBy,
    Identification: c.identification,
    Birthday: c.birthday,
    JoinDate: c.joinDate,
    Group: c.group,
    ExpiredGroup: c.expiredGroup,
    SignUpOutlet: c.signUpOutlet,
    ImageURL: c.imageURL,
    LoyaltyPoint: c.loyaltyPoint,
    Status: c.status,
  };
}
