import type { Rng } from '../prng.ts';
import type { CategoryTemplate } from './category-templates.ts';

/** One variant of a product before it has a code: its model and the parts its SKU ends with. */
export interface VariantOption {
  model: string;
  suffix: readonly string[];
}

const SIZES = ['S', 'M', 'L', 'XL', 'XXL'];
const KIDS_SIZES = ['4', '6', '8', '10', '12'];
const COLOURS: ReadonlyArray<readonly [name: string, abbr: string]> = [
  ['Hitam', 'HTM'],
  ['Putih', 'PTH'],
  ['Merah', 'MRH'],
  ['Biru', 'BRU'],
  ['Hijau', 'HJU'],
  ['Navy', 'NVY'],
  ['Abu-abu', 'ABU'],
  ['Coklat', 'CKL'],
  ['Krem', 'KRM'],
  ['Maroon', 'MRN'],
];
const PACKS: ReadonlyArray<readonly [model: string, suffix: string]> = [
  ['100 gr', '100G'],
  ['250 gr', '250G'],
  ['500 gr', '500G'],
  ['1 kg', '1KG'],
];

function run<T>(rng: Rng, items: readonly T[], min: number, max: number): T[] {
  const length = rng.int(min, Math.min(max, items.length));
  const start = rng.int(0, items.length - length);
  return items.slice(start, start + length);
}

function colours(rng: Rng, min: number, max: number): ReadonlyArray<readonly [string, string]> {
  const start = rng.int(0, COLOURS.length - 1);
  const count = rng.int(min, max);
  return Array.from(
    { length: count },
    (_, i) => COLOURS[(start + i * 3) % COLOURS.length] ?? ['Hitam', 'HTM'],
  );
}

/** The variants a new product of this category gets (sizes, colours, packs, or just one). */
export function variantOptions(rng: Rng, template: CategoryTemplate, multipleUom: boolean): VariantOption[] {
  if (multipleUom) {
    return [
      { model: 'Pcs', suffix: ['PCS'] },
      { model: 'Box', suffix: ['BOX'] },
    ];
  }
  switch (template.axis) {
    case 'apparel':
      return run(rng, SIZES, 3, 5).map((size) => ({ model: size, suffix: [size] }));
    case 'apparel+colour': {
      const sizes = run(rng, SIZES, 2, 4);
      return colours(rng, 1, 3).flatMap(([colour, abbr]) =>
        sizes.map((size) => ({ model: `${size} / ${colour}`, suffix: [size, abbr] })),
      );
    }
    case 'shoes': {
      const first = template.path.startsWith('Kids/') ? 28 : 36;
      const sizes = Array.from({ length: 9 }, (_, i) => String(first + i));
      return run(rng, sizes, 3, 7).map((size) => ({ model: size, suffix: [size] }));
    }
    case 'kids':
      return run(rng, KIDS_SIZES, 3, 5).map((size) => ({ model: size, suffix: [`K${size}`] }));
    case 'colour':
      return colours(rng, 2, 4).map(([colour, abbr]) => ({ model: colour, suffix: [abbr] }));
    case 'pack':
      return run(rng, PACKS, 1, 3).map(([model, suffix]) => ({ model, suffix: [suffix] }));
    case 'single':
      return [{ model: '', suffix: [] }];
  }
}
