import type { VariantType } from '../catalog/variant-types.ts';
import { VARIANT_TYPES } from '../catalog/variant-types.ts';

/** How a category's products split into variants. */
export type VariantAxis = 'apparel' | 'apparel+colour' | 'shoes' | 'kids' | 'colour' | 'single' | 'pack';

/** What the generator needs to make believable products for one leaf category. */
export interface CategoryTemplate {
  path: string;
  axis: VariantAxis;
  bases: readonly string[];
  descriptors: readonly string[];
  brands: readonly string[];
  /** Selling price range in thousands of rupiah. */
  priceK: readonly [number, number];
  /** Weight range in grams. */
  grams: readonly [number, number];
  /** A non-Standard product type some of this category's products have. */
  special?: VariantType;
  discontinued?: boolean;
}

// Leaf categories of a mid-size Indonesian fashion and lifestyle store, one per line:
// path | variant axis | product bases | descriptors | brands | price (thousand Rp) | grams | flag
// where flag is a special product type or "discontinued" (a whole season taken off sale).
const TABLE = `
Women/Tops | apparel | Cardigan,Blouse,Tunik,Kaos | Rajut,Katun,Linen,Motif Bunga,Polos,Oversize | Nona Rupa,Cotton Ink,Dama Kara | 89-399 | 150-400
Women/Dresses | apparel+colour | Dress,Gamis,Maxi Dress | Plisket,Wolfis,Satin,Brokat,Polos | Nona Rupa,Zoya,Elzatta | 149-899 | 250-600
Women/Bottoms | apparel | Rok,Kulot,Celana Jeans,Legging | Plisket,Highwaist,Denim,Katun | Cotton Ink,Dama Kara | 99-459 | 200-550
Women/Outerwear | apparel | Blazer,Jaket,Outer | Linen,Denim,Parasut,Rajut | Cotton Ink,Eiger | 199-799 | 350-900
Women/Muslim Wear | apparel+colour | Hijab,Khimar,Mukena | Voal,Bergo,Pashmina,Sutra | Zoya,Elzatta,Rabbani | 59-499 | 100-500
Women/Shoes | shoes | Flat Shoes,Sandal,Heels,Sneakers | Kulit,Suede,Kanvas,Anyaman | Bata,Buccheri,Everbest | 149-899 | 400-900
Women/Bags | colour | Tote Bag,Sling Bag,Clutch,Ransel | Kulit,Kanvas,Anyaman Rotan,Mini | Buccheri,Exsport,Elizabeth | 129-1299 | 300-1200
Men/Shirts | apparel | Kemeja,Kemeja Flanel,Polo Shirt | Slim Fit,Lengan Pendek,Lengan Panjang,Oxford | The Executive,Greenlight,Hammer | 149-499 | 200-400
Men/Batik | apparel+colour | Kemeja Batik,Batik Tulis,Batik Cap | Parang,Kawung,Mega Mendung,Truntum,Sekar Jagad | Batik Keris,Danar Hadi,Batik Semar | 199-1499 | 250-450
Men/T-Shirts | apparel+colour | Kaos,Kaos Polos,Kaos Grafis | Cotton Combed 30s,Oversize,Raglan | Erigo,Greenlight,3Second | 59-199 | 150-250
Men/Trousers | apparel | Celana Chino,Celana Jeans,Celana Cargo,Jogger | Slim Fit,Regular,Stretch | Lea,Levis,Hammer | 179-699 | 400-750
Men/Outerwear | apparel | Jaket Bomber,Hoodie,Jaket Denim,Sweater | Fleece,Parasut,Rajut,Denim | Erigo,Eiger,Greenlight | 199-899 | 450-1100
Men/Shoes | shoes | Boots,Sepatu Pantofel,Sneakers,Loafer | Kulit,Suede,Kanvas,Mesh | Bata,Brodo,Compass | 249-1499 | 600-1300
Men/Bags | colour | Ransel,Tas Selempang,Tas Kerja | Kanvas,Kulit,Waterproof | Eiger,Exsport,Bodypack | 149-999 | 400-1400
Kids/Tops | kids | Kaos Anak,Kemeja Anak,Dress Anak | Motif Dino,Motif Bunga,Polos,Karakter | Little Palmerhaus,Nona Kecil | 49-199 | 80-200
Kids/Bottoms | kids | Celana Anak,Rok Anak,Jogger Anak | Katun,Denim,Fleece | Little Palmerhaus,Nona Kecil | 49-179 | 100-250
Kids/Shoes | shoes | Sepatu Anak,Sandal Anak,Sepatu Sekolah | Velcro,Lampu LED,Kanvas | Bata,Ando,Pro ATT | 79-349 | 250-500
Kids/Bags | colour | Tas Sekolah,Tas Bekal,Ransel Anak | Karakter,Troli,Mini | Exsport,Alto | 69-399 | 200-900
Kids/Toys | single | Puzzle Kayu,Mobil Remote,Boneka,Lego Kompatibel | Edukasi,Mini,Jumbo,Set | Toys Kingdom,Kayu Pintar | 39-599 | 100-1500
Accessories/Jewellery | single | Gelang,Kalung,Anting,Cincin | Perak 925,Mutiara Lombok,Emas Muda,Batu Akik | Tiara,Perak Kotagede | 49-2499 | 10-80
Accessories/Watches | colour | Jam Tangan,Smartwatch | Analog,Digital,Chronograph | Alexandre Christie,Expedition,Casio | 299-3999 | 60-180 | Serialized
Accessories/Belts | apparel | Ikat Pinggang,Sabuk | Kulit,Kanvas,Reversible | Brodo,Hammer | 79-399 | 100-250
Accessories/Hats | colour | Topi Baseball,Bucket Hat,Kupluk | Bordir,Polos,Rajut | Erigo,Eiger | 49-199 | 60-150
Accessories/Sunglasses | colour | Kacamata Hitam,Kacamata Baca | Polarized,Aviator,Retro | Optik Melawai,Rayban | 99-1899 | 30-80
Home/Kitchen | single | Panci,Wajan,Talenan,Set Pisau | Anti Lengket,Stainless,Kayu Jati,Enamel | Maspion,Kirin,Oxone | 59-899 | 300-2500 | Composite
Home/Decor | single | Vas Bunga,Lilin Aroma,Bingkai Foto,Keranjang Rotan | Keramik,Kayu,Rotan,Minimalis | Rumah Kita,Kriya Nusantara | 39-499 | 150-2000
Home/Bedding | colour | Sprei,Bed Cover,Sarung Bantal | Katun Jepang,Microtex,Motif Batik | Kintakun,Chelsea,My Love | 99-799 | 400-2500
Beauty/Skincare | single | Serum,Sabun Cuci Muka,Sunscreen,Toner | Niacinamide,Centella,SPF 50,Brightening | Wardah,Somethinc,Scarlett,Emina | 29-249 | 50-250 | Composite
Beauty/Makeup | colour | Lipstik,Cushion,Bedak Padat,Maskara | Matte,Glossy,Waterproof | Wardah,Make Over,Emina | 39-259 | 20-120
Beauty/Fragrance | single | Parfum,Body Mist,Eau de Toilette | Oud,Vanilla,Citrus,Floral | HMNS,Mykonos,Carl & Claire | 59-599 | 100-300
Sport/Apparel | apparel+colour | Kaos Olahraga,Celana Training,Jersey | Dry Fit,Mesh,Compression | Specs,Ortuseight,Mills | 79-399 | 150-350
Sport/Footwear | shoes | Sepatu Lari,Sepatu Futsal,Sepatu Badminton | Ringan,Grip,Cushion | Specs,Ortuseight,League | 249-1299 | 500-900
Sport/Equipment | single | Raket,Bola Futsal,Matras Yoga,Shuttlecock | Pro,Latihan,Tournament | Yonex,Mikasa,Lining | 49-1999 | 80-2000
Food/Snacks | pack | Keripik Singkong,Kacang Mete,Rengginang,Kue Kering | Pedas,Original,Balado,Keju | Maicih,Dua Kelinci,Khas Bandung | 12-95 | 100-600 | MultipleUOM
Food/Beverages | pack | Kopi Bubuk,Teh Celup,Kopi Susu Botol,Wedang Jahe | Arabika Gayo,Robusta Lampung,Melati,Gula Aren | Kapal Api,Sariwangi,Kopi Kenangan | 15-185 | 100-1000 | MultipleUOM
Services/Tailoring | single | Permak Celana,Potong Kaki Celana,Bordir Nama | Reguler,Kilat | Jasa Toko | 15-75 | 0-0 | NonInventory
Services/Packaging | single | Bungkus Kado,Tas Belanja,Kartu Ucapan | Premium,Kertas Daur Ulang | Jasa Toko | 0-25 | 10-50 | Complementary
Seasonal/Lebaran 2024 | apparel+colour | Baju Koko,Gamis Lebaran,Sarung | Edisi Lebaran,Tenun,Bordir | Rabbani,Zoya,Atlas | 149-699 | 250-500 | discontinued
`;

const AXES: readonly VariantAxis[] = [
  'apparel',
  'apparel+colour',
  'shoes',
  'kids',
  'colour',
  'single',
  'pack',
];

function range(cell: string): [number, number] {
  const [low, high] = cell.split('-').map(Number);
  return [low ?? 0, high ?? 0];
}

function parseRow(line: string): CategoryTemplate {
  const [path = '', axis = '', bases = '', descriptors = '', brands = '', price = '', grams = '', flag = ''] =
    line.split('|').map((cell) => cell.trim());
  const template: CategoryTemplate = {
    path,
    axis: AXES.find((a) => a === axis) ?? 'single',
    bases: bases.split(','),
    descriptors: descriptors.split(','),
    brands: brands.split(','),
    priceK: range(price),
    grams: range(grams),
  };
  const special = VARIANT_TYPES.find((type) => type === flag);
  if (special) template.special = special;
  if (flag === 'discontinued') template.discontinued = true;
  return template;
}

export const CATEGORY_TEMPLATES: readonly CategoryTemplate[] = TABLE.trim().split('\n').map(parseRow);
