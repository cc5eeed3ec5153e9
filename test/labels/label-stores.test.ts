import { describe, expect, it } from 'vitest';
import type { LabelDocument, LabelProfileInput } from '../../main/app-contract.ts';
import { LabelPreferencesStore } from '../../main/labels/label-preferences.ts';
import { PrintJobs } from '../../main/labels/print-jobs.ts';
import { ProfileStore } from '../../main/labels/profile-store.ts';
import { RecentDocuments, recentLimit } from '../../main/labels/recent-documents.ts';
import { memoryBacking } from '../../main/settings/settings-repository.ts';
import { rollProfile } from '../support/label-profiles.ts';

/** A 40 x 30 roll that prints the date and leaves the variant out. */
const roll = (name: string): LabelProfileInput => {
  const profile = rollProfile(name);
  return { ...profile, fields: { ...profile.fields, variant: false, date: true } };
};

const document = (number: string, kind: 'bill' | 'delivery' = 'bill'): LabelDocument => ({
  kind,
  outlet: 'Pluit',
  number,
  lines: [{ variantId: 'v', name: 'Kaos', code: '1315L', quantity: 2, unitPrice: 89_000 }],
  fetchedAt: 1,
});

describe('label profiles an admin keeps', () => {
  it('adds a profile and finds it again after a restart', () => {
    const backing = memoryBacking<unknown>(undefined);
    const saved = new ProfileStore(backing).save(roll('Label 40 x 30'));
    expect(saved).toMatchObject({
      saved: true,
      profile: { name: 'Label 40 x 30', builtIn: false, single: true },
    });
    const again = new ProfileStore(backing).list();
    expect(again.map((p) => p.name)).toContain('Label 40 x 30');
  });

  it('changes a profile in place and refuses to change a built-in one', () => {
    const store = new ProfileStore(memoryBacking<unknown>(undefined));
    const first = store.save(roll('Label 40 x 30'));
    if (!first.saved) throw new Error('not saved');
    const changed = store.save({ ...roll('Label 40 x 30 mm'), id: first.profile.id, padding: 2 });
    expect(changed).toMatchObject({ saved: true, profile: { id: first.profile.id, padding: 2 } });
    expect(store.list().filter((p) => !p.builtIn)).toHaveLength(1);
    expect(store.save({ ...roll('Mine'), id: 'roll-38x25' })).toEqual({
      saved: false,
      problems: [{ field: 'name', kind: 'built-in' }],
    });
  });

  it('refuses a profile that does not fit its page, and a name already taken', () => {
    const store = new ProfileStore(memoryBacking<unknown>(undefined));
    expect(store.save({ ...roll('Too wide'), label: { width: 45, height: 30 } })).toEqual({
      saved: false,
      problems: [{ field: 'label.width', kind: 'does-not-fit', overBy: 5 }],
    });
    expect(store.save(roll('label 38 x 25 MM'))).toEqual({
      saved: false,
      problems: [{ field: 'name', kind: 'duplicate' }],
    });
  });

  it('leaves out a stored profile a hand edit broke, rather than print with it', () => {
    const backing = memoryBacking<unknown>({
      version: 1,
      profiles: [{ ...roll('Broken'), id: 'x', columns: 0 }],
    });
    expect(new ProfileStore(backing).list().some((p) => p.name === 'Broken')).toBe(false);
  });

  it('deletes an own profile and keeps the built-in ones', () => {
    const store = new ProfileStore(memoryBacking<unknown>(undefined));
    const saved = store.save(roll('Temp'));
    if (!saved.saved) throw new Error('not saved');
    expect(store.delete(saved.profile.id).some((p) => p.id === saved.profile.id)).toBe(false);
    expect(store.delete('roll-38x25').some((p) => p.id === 'roll-38x25')).toBe(true);
  });
});

describe('recent documents', () => {
  it('lists the newest first, once each, at most twelve', () => {
    const recent = new RecentDocuments(memoryBacking<unknown>(undefined));
    for (let i = 1; i <= recentLimit + 3; i++) recent.remember(document(`PB/2026/11/${i}`));
    recent.remember(document('pb/2026/11/5'));
    const numbers = recent.list().map((d) => d.number);
    expect(numbers).toHaveLength(recentLimit);
    expect(numbers[0]).toBe('pb/2026/11/5');
    expect(numbers.filter((n) => n.toLowerCase() === 'pb/2026/11/5')).toHaveLength(1);
  });

  it('keeps a bill and a delivery with the same number apart', () => {
    const recent = new RecentDocuments(memoryBacking<unknown>(undefined));
    recent.remember(document('2026.11.00001', 'bill'));
    recent.remember(document('2026.11.00001', 'delivery'));
    expect(recent.list()).toHaveLength(2);
  });
});

describe('remembered choices', () => {
  it('starts with the selling price for bills and the document price for deliveries', () => {
    const preferences = new LabelPreferencesStore(memoryBacking<unknown>(undefined));
    expect(preferences.get()).toEqual({
      priceSource: { bill: 'catalog', delivery: 'document' },
      profileId: 'roll-38x25',
      printerName: null,
      symbology: 'auto',
    });
  });

  it('remembers the last profile of each printer across restarts', () => {
    const backing = memoryBacking<unknown>(undefined);
    const preferences = new LabelPreferencesStore(backing);
    preferences.rememberPrinter('ZDesigner GK420t', 'roll-38x25');
    preferences.rememberPrinter('HP LaserJet', 'a4-3x8');
    preferences.rememberPrinter('ZDesigner GK420t', 'roll-50x30');
    const again = new LabelPreferencesStore(backing);
    expect(again.profileFor('ZDesigner GK420t')).toBe('roll-50x30');
    expect(again.profileFor('HP LaserJet')).toBe('a4-3x8');
    expect(again.profileFor('__proto__')).toBeNull();
  });
});

describe('print jobs waiting for the hidden page', () => {
  const view = { profile: {} as never, outletName: 'Pluit', date: '2026-11-23', labels: [] };

  it('hands the job to the page and learns when it is drawn', async () => {
    const jobs = new PrintJobs(1_000);
    const job = jobs.open(view);
    expect(jobs.view(job.id)).toBe(view);
    expect(jobs.markRendered(job.id, 7)).toBe(true);
    await expect(job.rendered).resolves.toBe(7);
    jobs.close(job.id);
    expect(jobs.view(job.id)).toBeNull();
    expect(jobs.markRendered(job.id, 7)).toBe(false);
  });

  it('gives up on a page that never says it is done', async () => {
    const jobs = new PrintJobs(20);
    await expect(jobs.open(view).rendered).rejects.toThrow(/not drawn in time/);
  });
});
