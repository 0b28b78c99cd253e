import { and, eq } from 'drizzle-orm';
import { pgTable, text } from 'drizzle-orm/pg-core';
import { readFields, Vault } from '../../packages/server/src/modules/privacy/index.ts';
import { newId, type Ctx, type Database } from '../../packages/server/src/platform/index.ts';

const profileColumns = () => ({
  id: text('id').primaryKey(),
  merchantId: text('merchant_id').notNull(),
  customerId: text('customer_id').notNull(),
  displayName: text('display_name').notNull(),
  email: text('email').notNull(),
  phone: text('phone').notNull(),
  addressLine: text('address_line').notNull(),
});
// Twins: the same row shape, sealed in one and plaintext in the other.
const sealedProfiles = pgTable('bench_profiles_sealed', profileColumns());
const plainProfiles = pgTable('bench_profiles_plain', profileColumns());
type Profile = typeof plainProfiles.$inferSelect;

export interface LatencyRow {
  variant: string;
  reads: number;
  p50Us: number;
  p99Us: number;
}

const DDL = ['bench_profiles_sealed', 'bench_profiles_plain']
  .map(
    (
      t,
    ) => `create table if not exists ${t} (id text primary key, merchant_id text not null, customer_id text not null,
      display_name text not null, email text not null, phone text not null, address_line text not null)`,
  )
  .join(';\n');

/** Seeds `count` people into both twins and returns their profile ids. */
export async function seedProfiles(database: Database, ctx: Ctx, count: number): Promise<string[]> {
  await database.exec(DDL);
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const customerId = newId('cus');
    const id = customerId;
    const plain: Profile = {
      id,
      merchantId: ctx.merchantId,
      customerId,
      displayName: `顾客 ${i} Lee`,
      email: `person${i}@example.com`,
      phone: `+86 138 ${String(i).padStart(8, '0')}`,
      addressLine: `${i} Century Avenue, Pudong, Shanghai`,
    };
    const seal = (column: string, value: string) =>
      ctx.privacy.vault.seal(ctx, { subjectId: customerId, table: 'customers', column, rowId: id }, value);
    await database.db.insert(plainProfiles).values(plain);
    await database.db.insert(sealedProfiles).values({
      ...plain,
      displayName: await seal('displayName', plain.displayName),
      email: await seal('email', plain.email),
      phone: await seal('phone', plain.phone),
      addressLine: await seal('addressLine', plain.addressLine),
    });
    ids.push(id);
  }
  return ids;
}

/** The plaintext read: one select, the fields as stored. */
export async function plainRead(ctx: Ctx, id: string) {
  const [row] = await ctx.db
    .select()
    .from(plainProfiles)
    .where(and(eq(plainProfiles.id, id), eq(plainProfiles.merchantId, ctx.merchantId)));
  const { displayName, email, phone, addressLine } = row!;
  return { id, displayName, email, phone, addressLine };
}

/** The sealed read as a service does it: select, then readFields (policy, open each field, one audit entry). */
export async function sealedRead(ctx: Ctx, id: string) {
  const [row] = await ctx.db
    .select()
    .from(sealedProfiles)
    .where(and(eq(sealedProfiles.id, id), eq(sealedProfiles.merchantId, ctx.merchantId)));
  const { values } = await readFields(
    ctx,
    'customer_service',
    { subjectId: row!.customerId, table: 'customers', rowId: row!.id },
    {
      displayName: { sealed: row!.displayName, class: 'name' },
      email: { sealed: row!.email, class: 'contact', hint: 'email' },
      phone: { sealed: row!.phone, class: 'contact', hint: 'phone' },
      addressLine: { sealed: row!.addressLine, class: 'address' },
    },
  );
  return { id, ...values };
}

export interface ReadVariant {
  name: string;
  read: (id: string) => Promise<unknown>;
  /** Runs before each read, outside the timed part. */
  before?: (id: string) => Promise<void>;
}

/** The service-level reads: plaintext twin; sealed with the data key cached, without audit, and with the key dropped first. */
export function serviceVariants(ctx: Ctx): ReadVariant[] {
  const vault = ctx.privacy.vault;
  const unaudited: Ctx = {
    ...ctx,
    privacy: { vault, audit: { record: () => undefined, flush: async () => undefined } },
  };
  return [
    { name: 'plaintext twin', read: (id) => plainRead(ctx, id) },
    { name: 'sealed, data key cached', read: (id) => sealedRead(ctx, id) },
    // Splits the overhead between the vault and the audit log.
    { name: 'sealed, data key cached, no audit', read: (id) => sealedRead(unaudited, id) },
    {
      name: 'sealed, data key not cached',
      read: (id) => sealedRead(ctx, id),
      before: async (id) => {
        if (vault instanceof Vault) await vault.forget(ctx.merchantId, id);
      },
    },
  ];
}

/**
 * Reads random profiles through each variant, in alternating rounds so that drift on a shared machine
 * (other processes, GC, the audit writer's flushes) lands on every variant alike.
 */
export async function measureProfileReads(
  variants: ReadVariant[],
  ids: string[],
  options: { rounds: number; readsPerRound: number; warmup: number },
): Promise<LatencyRow[]> {
  const pick = () => ids[Math.floor(Math.random() * ids.length)]!;
  for (const variant of variants) for (let i = 0; i < options.warmup; i += 1) await variant.read(pick());
  const samples = new Map<string, number[]>(variants.map((v) => [v.name, []]));
  for (let round = 0; round < options.rounds; round += 1) {
    const order = round % 2 === 0 ? variants : [...variants].reverse();
    for (const variant of order) {
      const list = samples.get(variant.name)!;
      for (let i = 0; i < options.readsPerRound; i += 1) {
        const id = pick();
        await variant.before?.(id);
        const start = process.hrtime.bigint();
        await variant.read(id);
        list.push(Number(process.hrtime.bigint() - start) / 1000);
      }
    }
  }
  return variants.map((v) => {
    const sorted = samples.get(v.name)!.sort((a, b) => a - b);
    const at = (q: number) => Math.round(sorted[Math.floor(q * (sorted.length - 1))]!);
    return { variant: v.name, reads: sorted.length, p50Us: at(0.5), p99Us: at(0.99) };
  });
}
