import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IpcResult, LabelProfile, PrintJobView, PrintLabel } from '../../main/app-contract.ts';
import { builtInProfiles } from '../../main/labels/built-in-profiles.ts';
import { isSingleLabel, layoutOf } from '../../main/labels/profile-geometry.ts';
import { type LabelsPage, startLabelsPage } from '../labels/support/labels-page.ts';

// Issue #14: printing 1,000 labels grew with the square of the pages because every page held
// paint layers (an svg, a positioned cell, overflow clips for the ellipses). The print page now
// has one layer per label, its barcode svg, and cuts long texts itself. These checks run the real
// renderer build's print route in Chromium over a stand-in main that only hands it a job.

const profiles: LabelProfile[] = builtInProfiles.map((p) => ({
  ...structuredClone(p),
  builtIn: true,
  single: isSingleLabel(p),
  layout: layoutOf(p),
}));
const profile = (id: string) => profiles.find((p) => p.id === id) as LabelProfile;

// Too long for two lines even at the smallest size the name shrinks to.
const longName =
  'Kemeja Flanel Oxford Lengan Panjang Motif Kotak Kotak Premium Edisi Lebaran Bahan Katun Jepang Tebal Tidak Luntur Cocok Untuk Kerja';
const labelsOf = (): PrintLabel[] => [
  {
    name: longName,
    variant: 'XXL Hitam Legam',
    code: 'SKU10001-XXL',
    price: 1_250_000,
    copies: 2,
    symbology: 'code128',
  },
  { name: 'Kaos', variant: 'M', code: 'SKU10002-M', price: 49_000, copies: 1, symbology: 'code128' },
];

const longOutlet = 'Pluit Village Mall Lantai Dasar Blok C Nomor 12 Penjaringan Jakarta Utara';

const ellipsis = '\u2026';

let session: LabelsPage;
let job: PrintJobView | null = null;
let drawn: (() => void) | null = null;

beforeAll(async () => {
  const answer = <T>(value: T): IpcResult<T> => ({ ok: true, value });
  session = await startLabelsPage({
    dispatch: async (channel) => {
      if (channel === 'labels:print-job') return answer(job);
      if (channel === 'labels:print-rendered') drawn?.();
      return answer(null);
    },
  });
}, 120_000);

afterAll(async () => {
  await session?.close();
});

/** The print route drawing `job` on a page of its own, once it says it has drawn. */
async function printPage(profileId: string) {
  const chosen = profile(profileId);
  // The 50 x 30 mm roll prints the outlet; with the date beside it the outlet gives way to it.
  const fields = profileId === 'roll-50x30' ? { ...chosen.fields, date: true } : chosen.fields;
  job = { profile: { ...chosen, fields }, outletName: longOutlet, date: '2026-11-23', labels: labelsOf() };
  const page = await session.context.newPage();
  const rendered = new Promise<void>((resolve) => {
    drawn = resolve;
  });
  await page.goto(`${session.url}#labels-print/00000000-0000-4000-8000-000000000014`);
  await rendered;
  return page;
}

interface Found {
  clips: string[];
  positioned: string[];
  svgs: number;
  faces: number;
}

describe('the print page of a job', () => {
  for (const profileId of ['roll-38x25', 'roll-33x15', 'a4-3x8']) {
    it(`gives a ${profileId} label no positioning or overflow clip: its barcode svg is its only paint layer`, async () => {
      const page = await printPage(profileId);
      const found = (await page.evaluate(`(() => {
        const pages = [...document.querySelectorAll('.label-page')];
        const inside = pages.flatMap((p) => [p, ...p.querySelectorAll('*')]);
        const html = inside.filter((e) => !(e instanceof SVGElement));
        const name = (e) => e.tagName.toLowerCase() + '.' + (e.getAttribute('class') ?? '');
        return {
          // Any overflow clip, positioning, transform, opacity or containment is a paint layer.
          clips: html
            .filter((e) => {
              const s = getComputedStyle(e);
              return s.overflowX !== 'visible' || s.overflowY !== 'visible' || s.contain !== 'none';
            })
            .map(name),
          positioned: html
            .filter((e) => {
              const s = getComputedStyle(e);
              return (
                s.position !== 'static' ||
                s.transform !== 'none' ||
                s.opacity !== '1' ||
                s.isolation !== 'auto'
              );
            })
            .map(name),
          svgs: document.querySelectorAll('.label-page svg').length,
          faces: document.querySelectorAll('.label-page .label-face').length,
        };
      })()`)) as Found;
      expect(found.faces).toBe(3);
      expect(found.clips).toEqual([]);
      expect(found.positioned).toEqual([]);
      // One svg per label (its bars), none for anything else.
      expect(found.svgs).toBe(found.faces);
      await page.close();
    });
  }

  it('cuts a name too long for its lines, and an outlet too long for its line, with an ellipsis, inside the label', async () => {
    for (const profileId of ['roll-38x25', 'roll-33x15', 'roll-50x30']) {
      const page = await printPage(profileId);
      const rows = (await page.evaluate(`
        [...document.querySelectorAll('.label-face')].map((face) => {
          const box = face.getBoundingClientRect();
          const style = getComputedStyle(face);
          const left = box.left + Number.parseFloat(style.paddingLeft);
          const right = box.right - Number.parseFloat(style.paddingRight);
          const texts = [...face.querySelectorAll('.label-row, .label-row > span')];
          return {
            name: face.querySelector('.label-name, .label-title-name')?.textContent ?? '',
            footer: face.querySelector('.label-footer > span')?.textContent ?? '',
            // Every run of text lies inside the label's padding: nothing is left for a clip to hide.
            outside: texts
              .filter((row) => {
                const range = document.createRange();
                range.selectNodeContents(row);
                const r = range.getBoundingClientRect();
                return (
                  r.width > 0 && (r.left < left - 0.5 || r.right > right + 0.5 || r.bottom > box.bottom + 0.5)
                );
              })
              .map((row) => row.className),
          };
        })
      `)) as { name: string; footer: string; outside: string[] }[];
      const [long, copy, short] = rows;
      expect(long?.name.endsWith(ellipsis), profileId).toBe(true);
      expect(longName.startsWith(long?.name.slice(0, -1).trimEnd() ?? 'x'), profileId).toBe(true);
      expect(copy?.name, profileId).toBe(long?.name);
      expect(short?.name, profileId).toBe('Kaos');
      for (const row of rows) expect(row.outside, profileId).toEqual([]);
      if (profileId === 'roll-50x30') expect(long?.footer, profileId).toMatch(/^Pluit .*\u2026$/u);
      await page.close();
    }
  });
});
