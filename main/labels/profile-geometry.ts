import type {
  LabelProfileInput,
  ProfileCheck,
  ProfileField,
  ProfileProblem,
  SheetLayout,
} from './label-channels.ts';

/** Limits an admin-entered profile must keep, in mm (counts for columns and rows). */
export const profileLimits = {
  nameLength: 60,
  page: { min: 10, max: 1000 },
  label: { min: 8, max: 300 },
  columns: { min: 1, max: 20 },
  rows: { min: 1, max: 50 },
  margin: { min: 0, max: 200 },
  gap: { min: 0, max: 100 },
  padding: { min: 0, max: 20 },
  /** Narrowest room for a barcode (plus its quiet zones) worth printing. */
  barcodeWidth: 15,
} as const;

// Printers and PDF round to 0.01 mm at best; anything finer is noise from typing 63,5 as 63.499999.
const tolerance = 0.01;
const round = (mm: number) => Math.round(mm * 100) / 100;

/**
 * Where each label of a page sits: top-left corners in mm, row by row from the top-left one.
 * Assumes a profile that passed `checkProfile`.
 */
export function layoutOf(profile: LabelProfileInput): SheetLayout {
  const cells: SheetLayout['cells'] = [];
  for (let row = 0; row < profile.rows; row++) {
    for (let column = 0; column < profile.columns; column++) {
      cells.push({
        x: round(profile.margin.left + column * (profile.label.width + profile.gap.x)),
        y: round(profile.margin.top + row * (profile.label.height + profile.gap.y)),
      });
    }
  }
  return { perPage: cells.length, cells };
}

/** Whether a profile prints one label per page (a roll), rather than a sheet of them. */
export function isSingleLabel(profile: LabelProfileInput): boolean {
  return profile.columns * profile.rows === 1;
}

/** Pages needed for `labels` labels at `perPage` a page (0 labels: 0 pages). */
export function pagesFor(labels: number, perPage: number): number {
  if (labels <= 0) return 0;
  return Math.ceil(labels / Math.max(1, perPage));
}

function inRange(
  problems: ProfileProblem[],
  field: ProfileField,
  value: number,
  limits: { min: number; max: number },
  whole = false,
): boolean {
  if (whole && !Number.isInteger(value)) {
    problems.push({ field, kind: 'not-whole' });
    return false;
  }
  if (value < limits.min - 1e-9 || value > limits.max + 1e-9) {
    problems.push({ field, kind: 'out-of-range', min: limits.min, max: limits.max });
    return false;
  }
  return true;
}

/**
 * Checks a profile an admin typed: every length within its limits, whole columns and rows, the
 * labels with their margins and gaps inside the page, room for a barcode, at least one field.
 * `otherNames` are the names of the other profiles (a name must be unique, ignoring case).
 * Answers every problem at once, each tied to its field, so the form can show them all.
 */
export function checkProfile(profile: LabelProfileInput, otherNames: readonly string[] = []): ProfileCheck {
  const problems: ProfileProblem[] = [];
  const limits = profileLimits;
  const name = profile.name.trim();
  if (name.length === 0) problems.push({ field: 'name', kind: 'required' });
  else if (name.length > limits.nameLength)
    problems.push({ field: 'name', kind: 'too-long', max: limits.nameLength });
  else if (otherNames.some((other) => other.trim().toLowerCase() === name.toLowerCase())) {
    problems.push({ field: 'name', kind: 'duplicate' });
  }

  const sized = [
    inRange(problems, 'page.width', profile.page.width, limits.page),
    inRange(problems, 'page.height', profile.page.height, limits.page),
    inRange(problems, 'label.width', profile.label.width, limits.label),
    inRange(problems, 'label.height', profile.label.height, limits.label),
    inRange(problems, 'columns', profile.columns, limits.columns, true),
    inRange(problems, 'rows', profile.rows, limits.rows, true),
    inRange(problems, 'margin.top', profile.margin.top, limits.margin),
    inRange(problems, 'margin.left', profile.margin.left, limits.margin),
    inRange(problems, 'gap.x', profile.gap.x, limits.gap),
    inRange(problems, 'gap.y', profile.gap.y, limits.gap),
    inRange(problems, 'padding', profile.padding, limits.padding),
  ].every(Boolean);

  // The fit checks only mean something once every number is sane on its own.
  if (sized) {
    const { columns, rows, label, gap, margin, page } = profile;
    const width = margin.left + columns * label.width + (columns - 1) * gap.x;
    const height = margin.top + rows * label.height + (rows - 1) * gap.y;
    if (width > page.width + tolerance) {
      problems.push({ field: 'label.width', kind: 'does-not-fit', overBy: round(width - page.width) });
    }
    if (height > page.height + tolerance) {
      problems.push({ field: 'label.height', kind: 'does-not-fit', overBy: round(height - page.height) });
    }
    if (profile.fields.barcode && label.width - 2 * profile.padding < limits.barcodeWidth) {
      problems.push({ field: 'label.width', kind: 'too-small-for-barcode', min: limits.barcodeWidth });
    }
  }
  if (!Object.values(profile.fields).some(Boolean)) problems.push({ field: 'fields', kind: 'no-fields' });

  return problems.length === 0 ? { ok: true, layout: layoutOf(profile) } : { ok: false, problems };
}
