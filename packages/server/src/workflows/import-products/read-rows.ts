import type { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import type { ImportSource } from './index.ts';

export type ImportFileFormat = 'jsonl' | 'csv';

/**
 * The products of an import file (docs/import-format.md), each with the line it starts on so a report can
 * point at it. Shared by `hexamall import` (a file) and the admin import route (an uploaded body).
 */
export async function* readImportRows(
  input: Readable,
  format: ImportFileFormat,
): AsyncGenerator<ImportSource> {
  if (format === 'csv') yield* readCsv(input);
  else yield* readJsonl(input);
}

async function* readJsonl(input: Readable): AsyncGenerator<ImportSource> {
  input.setEncoding('utf8');
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line += 1;
    if (text.trim() === '') continue;
    try {
      yield { line, value: JSON.parse(text) as unknown };
    } catch (err) {
      yield { line, value: null, error: `not valid JSON: ${(err as Error).message}` };
    }
  }
}

/**
 * CSV: one row per SKU; rows with the same `handle` (consecutive) form one product. Columns:
 * handle,status,title_zh,title_en,description_zh,description_en,category,brand,tags,attributes,image,
 * sku_code,colour,size,price,list_price,currency,weight_grams,stock. `tags` are '|'-separated;
 * `attributes` are `key=value;key=value` (true/false and numbers are typed).
 */
async function* readCsv(input: Readable): AsyncGenerator<ImportSource> {
  const parser = input.pipe(parse({ columns: true, bom: true, skip_empty_lines: true, trim: true }));
  let current:
    { line: number; handle: string; product: Record<string, unknown>; skus: unknown[] } | undefined;
  let line = 1;
  for await (const record of parser as AsyncIterable<Record<string, string>>) {
    line += 1;
    const handle = record.handle ?? '';
    if (!current || current.handle !== handle) {
      if (current) yield { line: current.line, value: { ...current.product, skus: current.skus } };
      current = { line, handle, product: productFromCsv(record), skus: [] };
    }
    current.skus.push(skuFromCsv(record));
  }
  if (current) yield { line: current.line, value: { ...current.product, skus: current.skus } };
}

const text = (value: string | undefined) => (value ? value : undefined);

function localized(zh: string | undefined, en: string | undefined) {
  if (!zh && !en) return undefined;
  return { ...(zh ? { 'zh-CN': zh } : {}), ...(en ? { en } : {}) };
}

function productFromCsv(r: Record<string, string>): Record<string, unknown> {
  const row: Record<string, unknown> = {
    handle: r.handle,
    status: text(r.status),
    title: localized(r.title_zh, r.title_en),
    description: localized(r.description_zh, r.description_en),
    category: text(r.category),
    brand: text(r.brand),
    tags: r.tags ? r.tags.split('|').map((t) => t.trim()) : undefined,
    attributes: r.attributes ? parseAttributes(r.attributes) : undefined,
    images: r.image ? [{ url: r.image }] : undefined,
  };
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined));
}

function skuFromCsv(r: Record<string, string>): Record<string, unknown> {
  const specs = Object.fromEntries(
    (['colour', 'size'] as const).filter((k) => r[k]).map((k) => [k, r[k] as string]),
  );
  const sku: Record<string, unknown> = {
    code: r.sku_code,
    specs: Object.keys(specs).length ? specs : undefined,
    price: numberOrText(r.price),
    listPrice: numberOrText(r.list_price),
    currency: r.currency,
    weightGrams: numberOrText(r.weight_grams),
    stock: numberOrText(r.stock),
  };
  return Object.fromEntries(Object.entries(sku).filter(([, v]) => v !== undefined));
}

// Numbers stay text when they are not numbers, so the schema check reports the cell instead of guessing.
function numberOrText(value: string | undefined): number | string | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : value;
}

function parseAttributes(spec: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const pair of spec.split(';')) {
    const [key, raw] = pair.split('=').map((s) => s.trim());
    if (!key || raw === undefined) continue;
    out[key] =
      raw === 'true' ? true : raw === 'false' ? false : Number.isFinite(Number(raw)) ? Number(raw) : raw;
  }
  return out;
}
