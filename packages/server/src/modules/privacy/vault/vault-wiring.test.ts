import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { afterAll, expect, it } from 'vitest';
import {
  InProcessBroadcaster,
  newId,
  ReadCache,
  RedisBroadcaster,
  systemCtx,
  type Broadcaster,
  type SealRef,
} from '../../../platform/index.ts';
import { describeEachDatabase } from '../../../testing/harness.ts';
import { aesGcmDecrypt, aesGcmEncrypt } from './crypto.ts';
import { privacyDataKeys, Vault, type KeyEncryptionProvider } from './index.ts';
import type { UnwrappedKey } from './vault.ts';

/** Stands in for a cloud KMS: its own KEK, and a count of the round trips a read would cost. */
class FakeKms implements KeyEncryptionProvider {
  readonly activeKeyId = 'kek_fake_kms';
  unwraps = 0;
  private readonly kek = randomBytes(32);
  async wrap(dataKey: Uint8Array, context: string) {
    const iv = randomBytes(12);
    const { ciphertext, tag } = aesGcmEncrypt(this.kek, iv, dataKey, Buffer.from(context));
    return { kekId: this.activeKeyId, wrapped: Buffer.concat([iv, ciphertext, tag]).toString('base64') };
  }
  async unwrap(kekId: string, wrapped: string, context: string) {
    this.unwraps += 1;
    expect(kekId).toBe(this.activeKeyId);
    const bytes = Buffer.from(wrapped, 'base64');
    return aesGcmDecrypt(
      this.kek,
      bytes.subarray(0, 12),
      bytes.subarray(12, 44),
      Buffer.from(context),
      bytes.subarray(44),
    );
  }
}

const redisUrl = process.env.TEST_REDIS_URL;
const connections: Redis[] = [];
afterAll(() => connections.forEach((c) => c.disconnect()));
/** Two processes' broadcasters: one shared emitter, or two Redis connections when TEST_REDIS_URL is set. */
function broadcasterPair(): [Broadcaster, Broadcaster] {
  if (!redisUrl) {
    const shared = new InProcessBroadcaster();
    return [shared, shared];
  }
  const [a, b] = [new Redis(redisUrl), new Redis(redisUrl)];
  connections.push(a, b);
  return [new RedisBroadcaster(a), new RedisBroadcaster(b)];
}

async function vaultOver(keyEncryption: KeyEncryptionProvider, broadcaster: Broadcaster, cacheName: string) {
  const keyCache = new ReadCache<UnwrappedKey>(cacheName, { max: 100, ttlMs: 60_000 }, broadcaster);
  await keyCache.start();
  return new Vault({ keyEncryption, blindIndexKey: randomBytes(32), keyCache });
}

const until = async (check: () => Promise<boolean>) => {
  for (let i = 0; i < 200 && !(await check()); i += 1) await new Promise((r) => setTimeout(r, 10));
};

describeEachDatabase('vault wiring', (h) => {
  const merchantId = newId('mer');
  const ref = (subjectId: string): SealRef => ({
    subjectId,
    table: 'staff',
    column: 'email',
    rowId: subjectId,
  });

  it('wraps data keys through any KeyEncryptionProvider, unwrapping once per key, not once per read', async () => {
    const kms = new FakeKms();
    const [bus] = broadcasterPair();
    const vault = await vaultOver(kms, bus, `kms-${Math.random()}`);
    const ctx = {
      ...systemCtx(h().database.db, merchantId, 'test', h().privacy),
      privacy: { ...h().privacy, vault },
    };
    const subject = newId('stf');
    const sealed = await vault.seal(ctx, ref(subject), 'ops@example.com');
    const [row] = await h()
      .database.db.select()
      .from(privacyDataKeys)
      .where(eq(privacyDataKeys.subjectId, subject));
    expect(row?.kekId).toBe('kek_fake_kms');

    const reader = await vaultOver(kms, bus, `kms-reader-${Math.random()}`);
    for (let i = 0; i < 5; i += 1)
      expect(await reader.open(ctx, ref(subject), sealed)).toBe('ops@example.com');
    expect(kms.unwraps).toBe(1);
  });

  it('drops a shredded key from the cache of another process', async () => {
    const kms = new FakeKms();
    const [busA, busB] = broadcasterPair();
    const name = `shred-${Math.random()}`;
    const processA = await vaultOver(kms, busA, name);
    const processB = await vaultOver(kms, busB, name);
    const ctx = systemCtx(h().database.db, merchantId, 'test', h().privacy);
    const subject = newId('cus');
    const sealed = await processA.seal(ctx, ref(subject), 'secret');
    expect(await processB.open(ctx, ref(subject), sealed)).toBe('secret');
    const unwrapsBefore = kms.unwraps;

    await processA.shred(ctx, subject);
    // Without the message B would keep answering from its cached copy of the key.
    await until(async () => (await processB.open(ctx, ref(subject), sealed)) === undefined);
    expect(await processB.open(ctx, ref(subject), sealed)).toBeUndefined();
    expect(kms.unwraps).toBe(unwrapsBefore);
  });
});
