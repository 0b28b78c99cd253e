import type { paths } from '@hexamall/sdk';
import { yuanToFen } from './money.ts';
import type { SkuDraft } from './sku-matrix.ts';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type ProductInput = Json<NonNullable<paths['/api/admin/products']['post']['requestBody']>>;
export type AttributeInputValue = NonNullable<ProductInput['attributes']>[string];
export type Currency = ProductInput['skus'][number]['currency'];

export interface ProductDraft {
  titleZh: string;
  titleEn: string;
  categoryId: string;
  brandId: string;
  tags: string[];
  attributes: Record<string, boolean | number | string | undefined>;
  imageUrls: string[];
  skus: SkuDraft[];
}

export type DraftProblem =
  | { kind: 'title' }
  | { kind: 'noSkus' }
  | { kind: 'imageUrl'; index: number }
  | { kind: 'code'; row: number }
  | { kind: 'duplicateCode'; row: number }
  | { kind: 'price'; row: number }
  | { kind: 'saleAboveList'; row: number };

const SKU_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const IMAGE_URL = /^(https?:\/\/|\/)\S+$/;

/** What stops the draft from being saved, row by row, before the server is asked. */
export function draftProblems(draft: ProductDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!draft.titleZh.trim() && !draft.titleEn.trim()) problems.push({ kind: 'title' });
  draft.imageUrls.forEach((url, index) => {
    if (url.trim() && !IMAGE_URL.test(url.trim())) problems.push({ kind: 'imageUrl', index });
  });
  if (draft.skus.length === 0) problems.push({ kind: 'noSkus' });
  const codes = new Set<string>();
  draft.skus.forEach((sku, row) => {
    const code = sku.code.trim();
    if (!SKU_CODE.test(code)) problems.push({ kind: 'code', row });
    else if (codes.has(code.toLowerCase())) problems.push({ kind: 'duplicateCode', row });
    codes.add(code.toLowerCase());
    const list = yuanToFen(sku.listPrice);
    const sale = sku.salePrice === undefined ? list : yuanToFen(sku.salePrice);
    if (list === undefined || sale === undefined) problems.push({ kind: 'price', row });
    else if (sale > list) problems.push({ kind: 'saleAboveList', row });
  });
  return problems;
}

/** The create-product body: prices in integer fen, empty fields left out. Call only without problems. */
export function toProductInput(draft: ProductDraft, currency: Currency): ProductInput {
  const texts: ProductInput['texts'] = {
    ...(draft.titleZh.trim() ? { 'zh-CN': { title: draft.titleZh.trim() } } : {}),
    ...(draft.titleEn.trim() ? { en: { title: draft.titleEn.trim() } } : {}),
  };
  const attributes: Record<string, AttributeInputValue> = {};
  for (const [key, value] of Object.entries(draft.attributes)) {
    if (value !== undefined && value !== '') attributes[key] = value;
  }
  return {
    status: 'draft',
    texts,
    ...(draft.categoryId ? { categoryId: draft.categoryId } : {}),
    ...(draft.brandId ? { brandId: draft.brandId } : {}),
    tags: draft.tags.map((t) => t.trim()).filter(Boolean),
    images: draft.imageUrls
      .map((u) => u.trim())
      .filter(Boolean)
      .map((url) => ({ url })),
    attributes,
    skus: draft.skus.map((sku) => {
      const listPrice = yuanToFen(sku.listPrice)!;
      return {
        code: sku.code.trim(),
        ...(Object.keys(sku.specs).length ? { specs: sku.specs } : {}),
        listPrice,
        salePrice: sku.salePrice === undefined ? listPrice : yuanToFen(sku.salePrice)!,
        currency,
        weightGrams: Math.max(0, Math.round(sku.weightGrams)),
      };
    }),
  };
}
