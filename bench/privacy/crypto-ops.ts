import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Ctx, SealRef } from '../../packages/server/src/platform/index.ts';

export interface CryptoOpsResult {
  operation: 'encrypt' | 'decrypt';
  vaultOpsPerSecond: number;
  rawOpsPerSecond: number;
}

const PLAINTEXT = 'ann.lee@example.com';

/**
 * Seal/open of one short field through the vault (data key cached, as on every read after the first)
 * against bare AES-256-GCM from node:crypto with the same plaintext, IV size and associated data: what
 * the vault adds is key lookup, AAD encoding, the ciphertext text format and promises.
 */
export async function measureCryptoOps(
  ctx: Ctx,
  subjectId: string,
  iterations: number,
): Promise<CryptoOpsResult[]> {
  const vault = ctx.privacy.vault;
  const ref: SealRef = { subjectId, table: 'customers', column: 'email', rowId: subjectId };
  const sealed = await vault.seal(ctx, ref, PLAINTEXT);
  const key = randomBytes(32);
  const aad = Buffer.from(`customers/email/${subjectId}`);
  const raw = rawEncrypt(key, aad);

  const best = async (op: () => unknown | Promise<unknown>) => {
    const rates: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < iterations; i += 1) await op();
      rates.push(iterations / (Number(process.hrtime.bigint() - start) / 1e9));
    }
    return Math.round(rates.sort((a, b) => a - b)[1]!); // median of three
  };
  return [
    {
      operation: 'encrypt',
      vaultOpsPerSecond: await best(() => vault.seal(ctx, ref, PLAINTEXT)),
      rawOpsPerSecond: await best(() => rawEncrypt(key, aad)),
    },
    {
      operation: 'decrypt',
      vaultOpsPerSecond: await best(() => vault.open(ctx, ref, sealed)),
      rawOpsPerSecond: await best(() => rawDecrypt(key, aad, raw)),
    },
  ];
}

function rawEncrypt(key: Buffer, aad: Buffer) {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(PLAINTEXT, 'utf8'), cipher.final()]);
  return { iv, ciphertext, tag: cipher.getAuthTag() };
}

function rawDecrypt(key: Buffer, aad: Buffer, sealed: ReturnType<typeof rawEncrypt>) {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.iv);
  decipher.setAAD(aad);
  decipher.setAuthTag(sealed.tag);
  return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]).toString('utf8');
}
