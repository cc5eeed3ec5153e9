import { type NamespaceT, useNamespaceText } from '../i18n/namespace-texts.ts';
import { type CustomerTextKey, customerTexts } from './messages.ts';

export type CustomersT = NamespaceT<CustomerTextKey>;

/** The Customers screen's texts in the app's language. */
export const useCustomersText = () => useNamespaceText<CustomerTextKey>(customerTexts);
