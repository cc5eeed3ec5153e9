import { en } from '../../../renderer/src/i18n/en.ts';
import { id } from '../../../renderer/src/i18n/id.ts';

export type Tree = { [key: string]: string | Tree };

/** Every text of a tree of texts by its dotted key. */
export function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text);
  }
  return out;
}

/**
 * English texts of the app that have a different Indonesian text, and could be told apart on
 * screen (no interpolation, long enough not to be part of a name): if one of these shows in the
 * Indonesian UI, a text was left untranslated or hard-coded.
 */
export function englishOnlyTexts(): string[] {
  const english = flatten(en);
  const indonesian = flatten(id);
  return [...english]
    .filter(([key, text]) => indonesian.get(key) !== text && !text.includes('{{') && text.length > 4)
    .map(([, text]) => text);
}
