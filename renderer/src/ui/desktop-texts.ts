import { type NamespaceT, type TextKey, useNamespaceText } from '../i18n/namespace-texts.ts';
import { en } from './desktop-texts-en.ts';
import { id } from './desktop-texts-id.ts';

export type DesktopTextKey = TextKey<typeof en>;
export type DesktopT = NamespaceT<DesktopTextKey>;

/** The desktop app's texts as the namespace `desktop` of the app's i18next instance. */
export const desktopTexts = { namespace: 'desktop', en, id } as const;

export const useDesktopText = () => useNamespaceText<DesktopTextKey>(desktopTexts);
