import type { LabelProfile, LabelProfileInput, ProfileField } from '../bridge/contract.ts';

/** The number fields of the profile form, with the profile field each one fills. */
export const numberFields = [
  'page.width',
  'page.height',
  'label.width',
  'label.height',
  'columns',
  'rows',
  'margin.top',
  'margin.left',
  'gap.x',
  'gap.y',
  'padding',
] as const satisfies readonly ProfileField[];

export type NumberField = (typeof numberFields)[number];

/** The form as typed: numbers stay text until saved, so "63," can be on its way to "63,5". */
export interface ProfileDraft {
  id: string | undefined;
  name: string;
  numbers: Record<NumberField, string>;
  fields: LabelProfileInput['fields'];
}

const show = (value: number) => String(value);

export function draftOf(profile: LabelProfile, asCopy: { name: string } | null): ProfileDraft {
  return {
    id: asCopy ? undefined : profile.id,
    name: asCopy ? asCopy.name : profile.name,
    numbers: {
      'page.width': show(profile.page.width),
      'page.height': show(profile.page.height),
      'label.width': show(profile.label.width),
      'label.height': show(profile.label.height),
      columns: show(profile.columns),
      rows: show(profile.rows),
      'margin.top': show(profile.margin.top),
      'margin.left': show(profile.margin.left),
      'gap.x': show(profile.gap.x),
      'gap.y': show(profile.gap.y),
      padding: show(profile.padding),
    },
    fields: { ...profile.fields },
  };
}

/** A typed millimetre value: "63,5" (Indonesian decimal comma) and "63.5" both read 63.5; junk is NaN. */
export function readNumber(text: string): number {
  const cleaned = text.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/** The draft as main checks it; a number that does not read becomes -1, which the range check refuses. */
export function inputOf(draft: ProfileDraft): LabelProfileInput {
  const n = (field: NumberField) => {
    const value = readNumber(draft.numbers[field]);
    return Number.isFinite(value) ? value : -1;
  };
  return {
    ...(draft.id ? { id: draft.id } : {}),
    name: draft.name,
    page: { width: n('page.width'), height: n('page.height') },
    label: { width: n('label.width'), height: n('label.height') },
    columns: n('columns'),
    rows: n('rows'),
    margin: { top: n('margin.top'), left: n('margin.left') },
    gap: { x: n('gap.x'), y: n('gap.y') },
    padding: n('padding'),
    fields: draft.fields,
  };
}
