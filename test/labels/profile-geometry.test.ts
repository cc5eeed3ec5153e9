import { describe, expect, it } from 'vitest';
import type { LabelProfileInput } from '../../main/app-contract.ts';
import { builtInProfiles } from '../../main/labels/built-in-profiles.ts';
import { checkProfile, layoutOf, pagesFor } from '../../main/labels/profile-geometry.ts';

const builtIn = (id: string) => {
  const profile = builtInProfiles.find((p) => p.id === id);
  if (!profile) throw new Error(`no built-in ${id}`);
  return structuredClone(profile) as LabelProfileInput;
};

describe('label profile geometry', () => {
  it('every built-in profile passes its own checks', () => {
    for (const profile of builtInProfiles)
      expect(checkProfile(profile), profile.id).toMatchObject({ ok: true });
  });

  it('puts one label per page on a roll, at the corner', () => {
    expect(layoutOf(builtIn('roll-38x25'))).toEqual({ perPage: 1, cells: [{ x: 0, y: 0 }] });
  });

  it('lays an A4 3 x 8 sheet out row by row with its margins and gaps', () => {
    const layout = layoutOf(builtIn('a4-3x8'));
    expect(layout.perPage).toBe(24);
    expect(layout.cells.slice(0, 4)).toEqual([
      { x: 7.2, y: 12.9 },
      { x: 73.2, y: 12.9 },
      { x: 139.2, y: 12.9 },
      { x: 7.2, y: 46.8 },
    ]);
    expect(layout.cells.at(-1)).toEqual({ x: 139.2, y: 250.2 });
    // The last label ends inside the page, with the same margin as the first starts.
    expect(250.2 + 33.9).toBeCloseTo(297 - 12.9, 6);
    expect(139.2 + 63.5).toBeCloseTo(210 - 7.3, 6);
  });

  it('fits 40 labels on an A4 4 x 10 sheet', () => {
    const layout = layoutOf(builtIn('a4-4x10'));
    expect(layout.perPage).toBe(40);
    expect(layout.cells.at(-1)).toEqual({ x: 153.5, y: 250.1 });
  });

  it('counts the sheets N labels take', () => {
    expect(pagesFor(0, 24)).toBe(0);
    expect(pagesFor(1, 24)).toBe(1);
    expect(pagesFor(24, 24)).toBe(1);
    expect(pagesFor(25, 24)).toBe(2);
    expect(pagesFor(100, 40)).toBe(3);
    expect(pagesFor(7, 1)).toBe(7);
  });
});

describe('checking a profile an admin typed', () => {
  it('says by how much labels too wide for the page overflow it', () => {
    // 7.2 + 3 x 63.5 + 2 x 8 = 213.7 mm on a 210 mm page.
    const profile = { ...builtIn('a4-3x8'), gap: { x: 8, y: 0 } };
    expect(checkProfile(profile)).toEqual({
      ok: false,
      problems: [{ field: 'label.width', kind: 'does-not-fit', overBy: 3.7 }],
    });
  });

  it('says when the rows run past the bottom of the page', () => {
    // 21.5 + 11 x 25.4 = 300.9 mm on a 297 mm page.
    const profile = { ...builtIn('a4-4x10'), rows: 11 };
    expect(checkProfile(profile)).toEqual({
      ok: false,
      problems: [{ field: 'label.height', kind: 'does-not-fit', overBy: 3.9 }],
    });
  });

  it('refuses sizes out of range, fractional columns and an empty name, all at once', () => {
    const profile = { ...builtIn('roll-38x25'), name: '  ', label: { width: 0, height: 25 }, columns: 1.5 };
    const check = checkProfile(profile);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.problems).toEqual([
      { field: 'name', kind: 'required' },
      { field: 'label.width', kind: 'out-of-range', min: 8, max: 300 },
      { field: 'columns', kind: 'not-whole' },
    ]);
  });

  it('refuses a name another profile has, whatever its case', () => {
    const check = checkProfile({ ...builtIn('roll-38x25'), name: 'my 40 x 30' }, ['My 40 x 30']);
    expect(!check.ok && check.problems).toEqual([{ field: 'name', kind: 'duplicate' }]);
  });

  it('wants at least one field on the label, and room for a barcode when it shows one', () => {
    const none = Object.fromEntries(Object.keys(builtIn('roll-38x25').fields).map((k) => [k, false]));
    const empty = checkProfile({
      ...builtIn('roll-38x25'),
      fields: none as unknown as LabelProfileInput['fields'],
    });
    expect(!empty.ok && empty.problems).toEqual([{ field: 'fields', kind: 'no-fields' }]);
    const narrow = {
      ...builtIn('roll-38x25'),
      page: { width: 16, height: 25 },
      label: { width: 16, height: 25 },
    };
    expect(checkProfile(narrow)).toEqual({
      ok: false,
      problems: [{ field: 'label.width', kind: 'too-small-for-barcode', min: 15 }],
    });
  });

  it('accepts a 40 x 30 mm roll typed with tenths', () => {
    const profile = {
      ...builtIn('roll-38x25'),
      name: 'Label 40 x 30',
      page: { width: 40.5, height: 30 },
      label: { width: 40.5, height: 30 },
    };
    expect(checkProfile(profile)).toEqual({ ok: true, layout: { perPage: 1, cells: [{ x: 0, y: 0 }] } });
  });
});
