import { sql } from 'drizzle-orm';
import {
  bigint,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

export type ProductStatus = 'draft' | 'active' | 'archived';
export type SkuStatus = 'active' | 'inactive';
export type AttributeType = 'boolean' | 'number' | 'text' | 'enum' | 'range';
export type AttributeValue = boolean | number | string | { min: number; max: number };
export interface ProductImage {
  url: string;
  alt: string | null;
}

export const categories = pgTable(
  'catalog_categories',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    parentId: text('parent_id'),
    nameZh: text('name_zh'),
    nameEn: text('name_en'),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.parentId], foreignColumns: [t.id] }),
    index('catalog_categories_parent_idx').on(t.merchantId, t.parentId),
  ],
);

export const brands = pgTable(
  'catalog_brands',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    nameZh: text('name_zh'),
    nameEn: text('name_en'),
    logoUrl: text('logo_url'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('catalog_brands_merchant_idx').on(t.merchantId)],
);

/** What a product attribute means at this shop; product values are checked against it on every write. */
export const attributeDefinitions = pgTable(
  'catalog_attribute_definitions',
  {
    merchantId: text('merchant_id').notNull(),
    key: text('key').notNull(),
    type: text('type', { enum: ['boolean', 'number', 'text', 'enum', 'range'] }).notNull(),
    unit: text('unit'),
    labelZh: text('label_zh'),
    labelEn: text('label_en'),
    options: text('options')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.merchantId, t.key] })],
);

export const products = pgTable(
  'catalog_products',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    status: text('status', { enum: ['draft', 'active', 'archived'] })
      .notNull()
      .default('draft'),
    categoryId: text('category_id').references(() => categories.id),
    brandId: text('brand_id').references(() => brands.id),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    images: jsonb('images').$type<ProductImage[]>().notNull().default([]),
    attributes: jsonb('attributes').$type<Record<string, AttributeValue>>().notNull().default({}),
    currency: text('currency').notNull(),
    // Lowest sale price among active SKUs, kept by every SKU write so the store can sort and page by price.
    priceFrom: bigint('price_from', { mode: 'number' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('catalog_products_merchant_status_idx').on(t.merchantId, t.status, t.id),
    index('catalog_products_price_idx').on(t.merchantId, t.status, t.priceFrom, t.id),
    index('catalog_products_category_idx').on(t.merchantId, t.categoryId),
    index('catalog_products_brand_idx').on(t.merchantId, t.brandId),
    index('catalog_products_tags_idx').using('gin', t.tags),
    index('catalog_products_attributes_idx').using('gin', t.attributes),
  ],
);

/** One row per product and locale (Vendure's translation entities), so a text search can use either language. */
export const productTranslations = pgTable(
  'catalog_product_translations',
  {
    merchantId: text('merchant_id').notNull(),
    productId: text('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    locale: text('locale', { enum: ['zh-CN', 'en'] }).notNull(),
    title: text('title').notNull(),
    subtitle: text('subtitle'),
    description: text('description'),
  },
  (t) => [primaryKey({ columns: [t.productId, t.locale] })],
);

export const skus = pgTable(
  'catalog_skus',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    productId: text('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    specs: jsonb('specs').$type<Record<string, string>>().notNull().default({}),
    listPrice: bigint('list_price', { mode: 'number' }).notNull(),
    salePrice: bigint('sale_price', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    weightGrams: integer('weight_grams').notNull().default(0),
    barcode: text('barcode'),
    imageUrl: text('image_url'),
    status: text('status', { enum: ['active', 'inactive'] })
      .notNull()
      .default('active'),
    position: integer('position').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('catalog_skus_code_idx').on(t.merchantId, t.code),
    index('catalog_skus_product_idx').on(t.productId, t.position),
  ],
);

export type ProductRow = typeof products.$inferSelect;
export type SkuRow = typeof skus.$inferSelect;
export type CategoryRow = typeof categories.$inferSelect;
export type BrandRow = typeof brands.$inferSelect;
export type AttributeDefinitionRow = typeof attributeDefinitions.$inferSelect;
export type ProductTranslationRow = typeof productTranslations.$inferSelect;

/** Why one row of an import file was refused: the file's line, the field when known, a stable error code. */
export interface ImportRowError {
  line: number;
  handle: string | null;
  field: string | null;
  code: string;
  detail: string | null;
}

/** A bulk product import uploaded through the admin API; a durable job works through it in batches. */
export const productImports = pgTable(
  'catalog_imports',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    format: text('format', { enum: ['jsonl', 'csv'] }).notNull(),
    status: text('status', { enum: ['queued', 'running', 'done', 'failed'] })
      .notNull()
      .default('queued'),
    total: integer('total').notNull(),
    processed: integer('processed').notNull().default(0),
    imported: integer('imported').notNull().default(0),
    rejected: integer('rejected').notNull().default(0),
    // Capped (IMPORT_ERRORS_KEPT): `rejected` still counts every refused row.
    errors: jsonb('errors').$type<ImportRowError[]>().notNull().default([]),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('catalog_imports_merchant_idx').on(t.merchantId, t.createdAt)],
);

/** The products of an import not yet processed; each batch deletes the rows it has done. */
export const productImportRows = pgTable(
  'catalog_import_rows',
  {
    importId: text('import_id')
      .notNull()
      .references(() => productImports.id, { onDelete: 'cascade' }),
    merchantId: text('merchant_id').notNull(),
    line: integer('line').notNull(),
    value: jsonb('value'),
    // The text of the row could not be read at all (bad JSON, bad CSV).
    parseError: text('parse_error'),
  },
  (t) => [primaryKey({ columns: [t.importId, t.line] })],
);

export type ProductImportRow = typeof productImports.$inferSelect;
