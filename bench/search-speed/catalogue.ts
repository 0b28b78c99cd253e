import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDataset, type CorpusRecord } from '../search-relevance/dataset.ts';

/**
 * The 100,000-product catalogue: Home Depot's 54,667 real product titles (the relevance bench's corpus, read where
 * it lies, never copied) plus deterministic variants of them up to the size asked for, each with the facets a shop
 * has: a brand (the title's leading words where many titles share them), a department (from the title's product
 * words), a price, and colour, material and pack-size attributes read from the title. The corpus has titles only,
 * so there are no descriptions, and it is English only.
 */

/** Mulberry32: small, fast, and the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COLOURS = [
  'white', 'black', 'gray', 'brown', 'beige', 'red', 'blue', 'green', 'silver', 'bronze', 'chrome', 'nickel',
  'brass', 'copper', 'ivory', 'almond', 'tan', 'yellow', 'oak', 'walnut', 'cherry', 'espresso', 'natural',
]; // prettier-ignore
const MATERIALS = [
  'steel', 'stainless', 'aluminum', 'wood', 'vinyl', 'plastic', 'glass', 'ceramic', 'porcelain', 'concrete',
  'copper', 'brass', 'cast iron', 'fiberglass', 'pvc', 'resin', 'cedar', 'pine', 'rubber', 'granite', 'marble',
]; // prettier-ignore

/** Department by the product words a title uses; the first rule whose word the title has wins. */
const DEPARTMENTS: [string, string[]][] = [
  ['Paint', ['paint', 'primer', 'stain', 'sealer', 'coating', 'caulk', 'brush', 'roller', 'spray']],
  ['Plumbing', ['faucet', 'toilet', 'sink', 'shower', 'tub', 'pipe', 'valve', 'drain', 'fitting', 'water heater']],
  ['Lighting', ['light', 'lamp', 'bulb', 'chandelier', 'pendant', 'sconce', 'fixture', 'led', 'lantern']],
  ['Electrical', ['outlet', 'switch', 'wire', 'cable', 'breaker', 'cord', 'plug', 'electrical', 'volt', 'amp']],
  ['Heating & Cooling', ['fan', 'heater', 'air conditioner', 'thermostat', 'filter', 'vent', 'humidifier']],
  ['Doors & Windows', ['door', 'window', 'blind', 'shade', 'curtain', 'shutter', 'screen', 'knob', 'lock', 'hinge']],
  ['Flooring', ['tile', 'flooring', 'floor', 'carpet', 'rug', 'laminate', 'mat']],
  ['Lumber & Building', ['lumber', 'board', 'plywood', 'drywall', 'insulation', 'joist', 'deck', 'post', 'siding', 'roof']],
  ['Tools', ['drill', 'saw', 'wrench', 'hammer', 'screwdriver', 'tool', 'bit', 'blade', 'sander', 'level', 'ladder']],
  ['Outdoor & Garden', ['garden', 'lawn', 'mower', 'grill', 'patio', 'planter', 'hose', 'trimmer', 'fence', 'shed', 'plant', 'soil', 'mulch']],
  ['Kitchen', ['kitchen', 'cabinet', 'range', 'refrigerator', 'dishwasher', 'microwave', 'oven', 'countertop', 'cooktop']],
  ['Bath', ['vanity', 'bath', 'mirror', 'towel', 'medicine']],
  ['Storage', ['shelf', 'shelving', 'storage', 'rack', 'hook', 'organizer', 'bin', 'cart']],
  ['Hardware', ['screw', 'nail', 'bolt', 'anchor', 'bracket', 'hanger', 'nut', 'washer', 'hook', 'strap']],
]; // prettier-ignore

function wordsOf(title: string): string[] {
  return title.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

function department(words: readonly string[], joined: string): string {
  for (const [name, keys] of DEPARTMENTS)
    if (keys.some((k) => (k.includes(' ') ? joined.includes(k) : words.includes(k)))) return name;
  return 'Home Improvement';
}

/**
 * A title's brand: its longest leading run of up to three words that begins at least 15 titles (Home Depot
 * titles start with the brand: "Simpson Strong-Tie 12-Gauge Angle"); otherwise its first word.
 */
function brandFinder(titles: readonly string[]): (title: string) => string {
  const counts = new Map<string, number>();
  for (const t of titles) {
    const w = t.split(/\s+/);
    for (let n = 1; n <= 3 && n <= w.length - 1; n++) {
      const key = w.slice(0, n).join(' ');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return (title) => {
    const w = title.split(/\s+/);
    for (let n = Math.min(3, w.length - 1); n >= 2; n--) {
      const key = w.slice(0, n).join(' ');
      if ((counts.get(key) ?? 0) >= 15 && /^[A-Z]/.test(key)) return key;
    }
    return w[0] ?? 'Generic';
  };
}

/** What a variant changes: another colour, another pack size, another length. */
function variantTitle(title: string, random: () => number): string {
  const choice = random();
  const colour = COLOURS[Math.floor(random() * COLOURS.length)]!;
  const named = colour[0]!.toUpperCase() + colour.slice(1);
  const lower = title.toLowerCase();
  const present = COLOURS.find((c) => new RegExp(`\\b${c}\\b`).test(lower));
  if (choice < 0.4 && present) return title.replace(new RegExp(`\\b${present}\\b`, 'i'), named);
  if (choice < 0.6) return `${title} in ${named}`;
  if (choice < 0.8) {
    const pack = [2, 3, 4, 6, 10, 12, 25, 50][Math.floor(random() * 8)]!;
    return `${title} (${pack}-Pack)`;
  }
  const inches = /(\d+)(?=\s*(?:in\.|-in\.|ft\.|-ft\.))/;
  if (inches.test(title))
    return title.replace(inches, (n) => String(Number(n) + 6 * (1 + Math.floor(random() * 3))));
  return `${title} (${named})`;
}

export interface Catalogue {
  records: CorpusRecord[];
  /** How many of them are the corpus's own products; the rest are variants. */
  originals: number;
}

/** `size` products from the Home Depot corpus in `dir`, the same ones for the same seed on every run. */
export async function homeDepotCatalogue(dir: string, size: number, seed = 20261205): Promise<Catalogue> {
  const { corpus } = await readDataset(dir);
  const random = seededRandom(seed);
  const titles = corpus.map((r) => r.title);
  const brandOf = brandFinder(titles);
  const records: CorpusRecord[] = [];
  const base = corpus.slice(0, size);
  for (const r of base) records.push(product(r.id, r.title, brandOf, random));
  for (let i = 0; records.length < size; i++) {
    const original = corpus[Math.floor(random() * corpus.length)]!;
    records.push(product(`v${i}-${original.id}`, variantTitle(original.title, random), brandOf, random));
  }
  return { records, originals: base.length };
}

function product(
  id: string,
  title: string,
  brandOf: (t: string) => string,
  random: () => number,
): CorpusRecord {
  const words = wordsOf(title);
  const joined = words.join(' ');
  const extra: Record<string, unknown> = {
    brand: brandOf(title),
    category: department(words, joined),
    // Log-normal around $40, in cents.
    price: Math.round(Math.exp(Math.log(4000) + 1.1 * gaussian(random))),
  };
  const colour = COLOURS.find((c) => words.includes(c));
  if (colour) extra.colour = colour;
  const material = MATERIALS.find((m) => (m.includes(' ') ? joined.includes(m) : words.includes(m)));
  if (material) extra.material = material;
  const pack = /\((\d+)-pack\)|(\d+)-pack/i.exec(title);
  if (pack) extra.pack = `${pack[1] ?? pack[2]}-pack`;
  return { id, title, description: '', extra };
}

function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/**
 * Shoppers' queries of one to five words: Home Depot's own (real search-box text, typos and all), in a seeded
 * order, `warmup + timed` of them, distinct while the set lasts.
 */
export function homeDepotQueries(dir: string, count: number, seed = 7): string[] {
  const all = readFileSync(join(dir, 'queries.tsv'), 'utf8')
    .split('\n')
    .map((l) => l.split('\t')[1]?.trim() ?? '')
    .filter((q) => {
      const n = q.split(/\s+/).filter(Boolean).length;
      return n >= 1 && n <= 5;
    });
  const random = seededRandom(seed);
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return Array.from({ length: count }, (_, i) => all[i % all.length]!);
}
