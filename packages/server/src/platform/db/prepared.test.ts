import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../testing/harness.ts';
import { idempotencyKeys } from '../schema.ts';
import { placeholderAs, preparedStatement } from './prepared.ts';

const insertKey = preparedStatement('test_prepared_insert', (db) =>
  db
    .insert(idempotencyKeys)
    .values({
      merchantId: sql.placeholder('merchantId'),
      scope: 'test-prepared',
      key: sql.placeholder('key'),
      requestHash: 'h',
      statusCode: 0,
      response: sql.placeholder('response'),
    })
    .returning({ key: idempotencyKeys.key, response: idempotencyKeys.response }),
);

const setStatus = preparedStatement('test_prepared_update', (db) =>
  db
    .update(idempotencyKeys)
    .set({ statusCode: placeholderAs('statusCode', idempotencyKeys.statusCode) })
    .where(eq(idempotencyKeys.key, sql.placeholder('key')))
    .returning({ statusCode: idempotencyKeys.statusCode }),
);

describeEachDatabase('prepared statements', (h) => {
  const keysNamed = (key: string) =>
    h().database.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key));

  it('runs on the pool and in the caller’s transaction, whose rollback undoes it', async () => {
    const { db } = h().database;
    const [row] = await insertKey(db, { merchantId: 'mer_p', key: 'prepared-1', response: { a: 1 } });
    expect(row).toEqual({ key: 'prepared-1', response: { a: 1 } });
    expect(await setStatus(db, { key: 'prepared-1', statusCode: 201 })).toEqual([{ statusCode: 201 }]);

    await expect(
      db.transaction(async (tx) => {
        await insertKey(tx, { merchantId: 'mer_p', key: 'prepared-2', response: {} });
        // Inside the transaction its own write is visible to the next prepared statement...
        expect(await setStatus(tx, { key: 'prepared-2', statusCode: 200 })).toEqual([{ statusCode: 200 }]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    // ...and the rollback took it away: it ran on the transaction's connection, not beside it.
    expect(await keysNamed('prepared-2')).toEqual([]);
    expect((await keysNamed('prepared-1'))[0]?.statusCode).toBe(201);
  });

  it('refuses a second statement under a taken name', () => {
    expect(() =>
      preparedStatement('test_prepared_insert', (db) => db.select().from(idempotencyKeys)),
    ).toThrow(/taken/);
  });
});
