import { eq } from 'drizzle-orm';
import { expect, it, vi } from 'vitest';
import { inTransaction, newId, systemCtx, type Ctx, type SealRef } from '../../../platform/index.ts';
import { describeEachDatabase, openApp } from '../../../testing/harness.ts';
import { privacyDataKeys, VaultError, type Vault } from './index.ts';

const ref = (subjectId: string, column = 'phone', rowId = subjectId): SealRef => ({
  subjectId,
  table: 'customers',
  column,
  rowId,
});

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'opened';
  } catch (error) {
    if (error instanceof VaultError) return error.reason;
    throw error;
  }
}

describeEachDatabase('personal data vault', (h) => {
  const merchantId = newId('mer');
  const ctx = (): Ctx => systemCtx(h().database.db, merchantId, 'vault test', h().privacy);
  const vault = () => h().privacy.vault;
  const keyRows = (subjectId: string) =>
    h().database.db.select().from(privacyDataKeys).where(eq(privacyDataKeys.subjectId, subjectId));

  it('seals as hx1 ciphertext under one wrapped data key per person, and opens it again', async () => {
    const subject = newId('cus');
    const first = await vault().seal(ctx(), ref(subject), '+86 138 0013 8000');
    const second = await vault().seal(ctx(), ref(subject), '+86 138 0013 8000');
    expect(first).toMatch(/^hx1\.dk_[0-9a-z]{26}\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    expect(second).not.toBe(first);
    expect(first).not.toContain('138');
    expect(await vault().open(ctx(), ref(subject), first)).toBe('+86 138 0013 8000');
    expect(await vault().open(ctx(), ref(subject), second)).toBe('+86 138 0013 8000');

    const rows = await keyRows(subject);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ merchantId, kekId: 'kek_test', destroyedAt: null });
    expect(first.split('.')[1]).toBe(rows[0]!.id);
    expect(rows[0]!.wrappedKey).toMatch(/^[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{64}$/);
  });

  it('refuses a ciphertext moved to another row, column or table, or to another person', async () => {
    const subject = newId('cus');
    const sealed = await vault().seal(ctx(), ref(subject, 'phone', 'adr_1'), '13800138000');
    expect(await refusal(vault().open(ctx(), ref(subject, 'phone', 'adr_2'), sealed))).toBe('tampered');
    expect(await refusal(vault().open(ctx(), ref(subject, 'recipient', 'adr_1'), sealed))).toBe('tampered');
    expect(
      await refusal(vault().open(ctx(), { ...ref(subject, 'phone', 'adr_1'), table: 'orders' }, sealed)),
    ).toBe('tampered');
    const other = newId('cus');
    await vault().seal(ctx(), ref(other), 'x');
    expect(await refusal(vault().open(ctx(), ref(other, 'phone', 'adr_1'), sealed))).toBe('wrong_subject');
    expect(await vault().open(ctx(), ref(subject, 'phone', 'adr_1'), sealed)).toBe('13800138000');
  });

  it('opens a row of fields with one key look-up, with the same answers and the same refusals', async () => {
    const alice = newId('cus');
    const bob = newId('cus');
    const fields = [];
    for (const column of ['phone', 'email', 'name'])
      fields.push({
        ref: ref(alice, column),
        ciphertext: await h().privacy.vault.seal(ctx(), ref(alice, column), `a-${column}`),
      });
    expect(await h().privacy.vault.openMany(ctx(), alice, fields)).toEqual(['a-phone', 'a-email', 'a-name']);
    const moved = { ref: ref(alice, 'email'), ciphertext: fields[0]!.ciphertext };
    await expect(h().privacy.vault.openMany(ctx(), alice, [moved])).rejects.toThrow();
    const bobs = { ref: ref(bob), ciphertext: await h().privacy.vault.seal(ctx(), ref(bob), 'b') };
    await expect(h().privacy.vault.openMany(ctx(), alice, [bobs])).rejects.toThrow();
  });

  it('refuses tampered and malformed ciphertexts', async () => {
    const subject = newId('cus');
    const sealed = await vault().seal(ctx(), ref(subject), 'ann@example.com');
    const body = sealed.split('.')[3]!;
    const flipped = body.slice(0, 5) + (body[5] === 'A' ? 'B' : 'A') + body.slice(6);
    expect(await refusal(vault().open(ctx(), ref(subject), sealed.replace(body, flipped)))).toBe('tampered');
    for (const bad of [
      '',
      'plain text',
      sealed.replace('hx1.', 'hx2.'),
      sealed + '.x',
      sealed.slice(0, -30),
      sealed + '==',
    ])
      expect(await refusal(vault().open(ctx(), ref(subject), bad))).toMatch(/malformed|tampered/);
  });

  it('makes exactly one data key when many transactions seal for a new person at once', async () => {
    const subject = newId('cus');
    const sealed = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        inTransaction(ctx(), (tx) => vault().seal(tx, ref(subject, 'phone', `row_${i}`), `value ${i}`)),
      ),
    );
    expect(await keyRows(subject)).toHaveLength(1);
    expect(new Set(sealed.map((s) => s.split('.')[1])).size).toBe(1);
    const restarted = await openApp(h().database);
    try {
      const fresh = { ...ctx(), privacy: restarted.runtime.privacy };
      for (const [i, s] of sealed.entries())
        expect(await restarted.runtime.privacy.vault.open(fresh, ref(subject, 'phone', `row_${i}`), s)).toBe(
          `value ${i}`,
        );
    } finally {
      await restarted.close();
    }
  });

  it('forgets a data key made in a transaction that rolled back', async () => {
    const subject = newId('cus');
    await expect(
      inTransaction(ctx(), async (tx) => {
        await vault().seal(tx, ref(subject), 'gone');
        // The second seal finds the key: only in this transaction, which must not share it.
        await vault().seal(tx, ref(subject, 'email'), 'gone too');
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await keyRows(subject)).toHaveLength(0);
    const sealed = await vault().seal(ctx(), ref(subject), 'kept');
    // A new app has no cached keys: it must find the key this ciphertext names in the database.
    const restarted = await openApp(h().database);
    try {
      expect(
        await restarted.runtime.privacy.vault.open(
          { ...ctx(), privacy: restarted.runtime.privacy },
          ref(subject),
          sealed,
        ),
      ).toBe('kept');
    } finally {
      await restarted.close();
    }
  });

  it('shreds: the key is destroyed, reads give undefined, nothing new is sealed, others are untouched', async () => {
    const [gone, kept] = [newId('cus'), newId('cus')];
    const sealedGone = await vault().seal(ctx(), ref(gone), 'erase me');
    const sealedKept = await vault().seal(ctx(), ref(kept), 'keep me');
    expect(await vault().open(ctx(), ref(gone), sealedGone)).toBe('erase me'); // now cached
    await vault().shred(ctx(), gone);
    expect(await vault().open(ctx(), ref(gone), sealedGone)).toBeUndefined();
    expect(await refusal(vault().seal(ctx(), ref(gone), 'again'))).toBe('subject_erased');
    expect(await vault().open(ctx(), ref(kept), sealedKept)).toBe('keep me');
    const [row] = await keyRows(gone);
    expect(row).toMatchObject({ wrappedKey: null });
    expect(row!.destroyedAt).toBeInstanceOf(Date);
    await vault().shred(ctx(), gone); // idempotent

    const never = newId('cus');
    await vault().shred(ctx(), never);
    expect(await refusal(vault().seal(ctx(), ref(never), 'x'))).toBe('subject_erased');
  });

  it('keeps the key when the shredding transaction rolls back', async () => {
    const subject = newId('cus');
    const sealed = await vault().seal(ctx(), ref(subject), 'still here');
    await expect(
      inTransaction(ctx(), async (tx) => {
        await vault().shred(tx, subject);
        expect(await vault().open(tx, ref(subject), sealed)).toBeUndefined();
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await vault().open(ctx(), ref(subject), sealed)).toBe('still here');
  });

  it('drops the key again in every process once the destruction is delivered', async () => {
    const subject = newId('cus');
    await vault().seal(ctx(), ref(subject), 'x');
    const live = vault() as Vault;
    const forget = vi.spyOn(live, 'forget');
    await inTransaction(ctx(), (tx) => vault().shred(tx, subject));
    forget.mockClear();
    await h().app.runtime.events.drain();
    expect(forget).toHaveBeenCalledWith(merchantId, subject);
    forget.mockRestore();
  });

  it('computes blind indexes from normalised values, apart per merchant and kind, stable across apps', async () => {
    const index = vault().blindIndex('email', merchantId, 'ann@example.com');
    expect(index).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(vault().blindIndex('email', merchantId, '  Ann@EXAMPLE.com ')).toBe(index);
    expect(vault().blindIndex('email', newId('mer'), 'ann@example.com')).not.toBe(index);
    expect(vault().blindIndex('phone', merchantId, '+86 138-0013-8000')).toBe(
      vault().blindIndex('phone', merchantId, '+8613800138000'),
    );
    expect(vault().blindIndex('phone', merchantId, '＋８６１３８００１３８０００')).toBe(
      vault().blindIndex('phone', merchantId, '+8613800138000'),
    );
    expect(vault().blindIndex('phone', merchantId, '8613800138000')).not.toBe(
      vault().blindIndex('phone', merchantId, '+8613800138000'),
    );
    expect(vault().blindIndex('id_number', merchantId, ' 11010119900307123x')).toBe(
      vault().blindIndex('id_number', merchantId, '11010119900307123X'),
    );
    expect(vault().blindIndex('id_number', merchantId, '13800138000')).not.toBe(
      vault().blindIndex('phone', merchantId, '13800138000'),
    );
    const restarted = await openApp(h().database);
    try {
      expect(restarted.runtime.privacy.vault.blindIndex('email', merchantId, 'ann@example.com')).toBe(index);
    } finally {
      await restarted.close();
    }
  });
});
