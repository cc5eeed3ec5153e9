import { useNamespaceText } from '../i18n/namespace-texts.ts';
import { type ScanTextKey, scanTexts } from './messages.ts';

/** The Scan screen's texts in the app's language (and the language, for numbers and times). */
export const useScanText = () => useNamespaceText<ScanTextKey>(scanTexts);
