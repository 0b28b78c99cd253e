import { expect, it } from 'vitest';
import {
  systemCtx,
  unwrap,
  type Ctx,
  type PersonalDataContributor,
  type PersonalDataSource,
  type SealRef,
} from '../../../platform/index.ts';
import { createMerchant, signUpShopper } from '../../../testing/fixtures.ts';
import { bearer, describeEachDatabase } from '../../../testing/harness.ts';
import { privacyContributor } from './privacy-contributor.ts';
import { gatherPersonalData } from './services/gather-personal-data.ts';
import { getExportArchive } from './services/get-export-archive.ts';
import { processRequest } from './services/process-request.ts';
import { submitRequest } from './services/submit-request.ts';

/**
 * A module that holds one sealed note per shopper, standing in for customers, orders and the rest: what
 * the privacy module does with contributors must not depend on which modules exist.
 */
function notesModule() {
  const ref = (customerId: string): SealRef => ({
    subjectId: customerId,
    table: 'notes',
    column: 'note',
    rowId: `note_${customerId}`,
  });
  const rows = new Map<string, string>();
  const erasedBeforeShred: boolean[] = [];
  const contributor: PersonalDataContributor = {
    fields: ['notes.note'],
    async exportSubject(ctx, subject) {
      const sealed = rows.get(subject.customerId);
      return sealed
        ? { note: await ctx.privacy.vault.open(ctx, ref(subject.customerId), sealed) }
        : undefined;
    },
    async eraseSubject(ctx, subject) {
      // The key must still work here: a module may need to read what it anonymises.
      const sealed = rows.get(subject.customerId);
      if (sealed)
        erasedBeforeShred.push(
          (await ctx.privacy.vault.open(ctx, ref(subject.customerId), sealed)) !== undefined,
        );
      rows.delete(subject.customerId);
    },
  };
  return {
    contributor,
    erasedBeforeShred,
    async plant(ctx: Ctx, customerId: string, note: string): Promise<string> {
      const sealed = await ctx.privacy.vault.seal(ctx, ref(customerId), note);
      rows.set(customerId, sealed);
      return sealed;
    },
    open: (ctx: Ctx, customerId: string, sealed: string) =>
      ctx.privacy.vault.open(ctx, ref(customerId), sealed),
  };
}

describeEachDatabase('data-subject rights over contributing modules', (h) => {
  const system = (merchantId: string): Ctx => systemCtx(h().database.db, merchantId, 'test', h().privacy);
  const shopperCtx = (merchantId: string, customerId: string): Ctx => ({
    ...system(merchantId),
    actor: { kind: 'shopper', customerId, sessionId: 'ses_test' },
  });
  const consent = (token: string, purpose: string) =>
    h().app.inject({
      method: 'PUT',
      url: '/api/store/privacy/consents',
      headers: bearer(token),
      payload: {
        noticeVersion: '2026-12-01',
        method: 'settings',
        channel: 'web',
        changes: [{ purpose, granted: true }],
      },
    });
  const run = async (
    merchantId: string,
    sources: PersonalDataSource[],
    kind: 'export' | 'erasure',
    customerId: string,
  ) => {
    const request = unwrap(await submitRequest(shopperCtx(merchantId, customerId), customerId, { kind }));
    await h().database.db.transaction((tx) =>
      processRequest({ ...system(merchantId), db: tx, inTransaction: true }, sources, request.id),
    );
    return request.id;
  };

  it('exports what every contributor holds, then erasure shreds it beyond recovery', async () => {
    const shop = await createMerchant(h());
    const alice = await signUpShopper(h(), shop.handle);
    const bob = await signUpShopper(h(), shop.handle);
    const notes = notesModule();
    const sources: PersonalDataSource[] = [
      { module: 'notes', contributor: notes.contributor },
      { module: 'privacy', contributor: privacyContributor },
    ];
    const ctx = system(shop.merchantId);
    const backup = await notes.plant(ctx, alice.customerId, 'canary: Alice lives at 1 Wensan Road');
    const bobsNote = await notes.plant(ctx, bob.customerId, 'canary: Bob');
    expect((await consent(alice.token, 'marketing')).statusCode).toBe(200);

    const exportId = await run(shop.merchantId, sources, 'export', alice.customerId);
    const archive = unwrap(
      await getExportArchive(shopperCtx(shop.merchantId, alice.customerId), alice.customerId, exportId),
    );
    expect(archive).toMatchObject({ format: 'hexamall.personal-data/1', subjectId: alice.customerId });
    expect(archive.modules.notes).toEqual({ note: 'canary: Alice lives at 1 Wensan Road' });
    expect(archive.modules.privacy).toMatchObject({
      consentHistory: [{ purpose: 'marketing', granted: true, noticeVersion: '2026-12-01' }],
    });
    // Bob's archive does not exist for Alice.
    expect(
      await getExportArchive(shopperCtx(shop.merchantId, bob.customerId), bob.customerId, exportId),
    ).toMatchObject({
      ok: false,
      code: 'PRIVACY_REQUEST_NOT_FOUND',
    });

    await run(shop.merchantId, sources, 'erasure', alice.customerId);
    expect(notes.erasedBeforeShred).toEqual([true]);
    // The ciphertext a backup kept no longer opens: the key is gone.
    expect(await notes.open(system(shop.merchantId), alice.customerId, backup)).toBeUndefined();
    expect(
      await gatherPersonalData(system(shop.merchantId), sources, {
        merchantId: shop.merchantId,
        customerId: alice.customerId,
      }),
    ).toEqual({});
    // Bob is untouched.
    expect(await notes.open(system(shop.merchantId), bob.customerId, bobsNote)).toBe('canary: Bob');
    expect(
      Object.keys(
        await gatherPersonalData(system(shop.merchantId), sources, {
          merchantId: shop.merchantId,
          customerId: bob.customerId,
        }),
      ),
    ).toEqual(['notes']);
  });

  it('rolls an erasure back whole when a contributor fails, keeping the key', async () => {
    const shop = await createMerchant(h());
    const alice = await signUpShopper(h(), shop.handle);
    const notes = notesModule();
    const sealed = await notes.plant(system(shop.merchantId), alice.customerId, 'canary');
    const failing: PersonalDataContributor = {
      fields: [],
      exportSubject: async () => undefined,
      eraseSubject: async () => {
        throw new Error('orders could not be anonymised');
      },
    };
    const sources = [
      { module: 'notes', contributor: notes.contributor },
      { module: 'privacy', contributor: privacyContributor },
      { module: 'failing', contributor: failing },
    ];
    await expect(run(shop.merchantId, sources, 'erasure', alice.customerId)).rejects.toThrow(/anonymised/);
    expect(await notes.open(system(shop.merchantId), alice.customerId, sealed)).toBe('canary');
  });
});
