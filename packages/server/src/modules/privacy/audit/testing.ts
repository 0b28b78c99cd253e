import { sql } from 'drizzle-orm';
import {
  newId,
  ROLE_PERMISSIONS,
  systemCtx,
  type Ctx,
  type Db,
  type PrivacyPort,
} from '../../../platform/index.ts';
import type { PrivacyServices } from '../open-privacy.ts';
import type { AuditSigner } from './signing.ts';

/** A staff member's request context, built by hand for tests that record audit entries directly. */
export function staffCtx(
  db: Db,
  privacy: PrivacyPort,
  merchantId: string,
  staffId: string,
  sourceAddress = '10.20.30.40',
): Ctx {
  return {
    ...systemCtx(db, merchantId, 'test', privacy),
    actor: {
      kind: 'staff',
      staffId,
      sessionId: newId('ses'),
      role: 'customer_service',
      permissions: new Set(ROLE_PERMISSIONS.customer_service),
    },
    requestId: newId('req'),
    sourceAddress,
  };
}

/** The key the app signs checkpoints with (the fixed test keyring's). */
export function appSigner(privacy: PrivacyPort): AuditSigner {
  return (privacy as PrivacyServices).keyring.auditSigner();
}

const ROLLBACK = new Error('rollback');

/**
 * Runs change with the append-only triggers off (as a database owner could), then check, then rolls
 * everything back, so each tampering test starts from the same intact chain.
 */
export async function whileTampered<T>(
  db: Db,
  change: (tx: Db) => Promise<unknown>,
  check: (tx: Db) => Promise<T>,
): Promise<T> {
  let result: T | undefined;
  await db
    .transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await change(tx);
      result = await check(tx);
      throw ROLLBACK;
    })
    .catch((err: unknown) => {
      if (err !== ROLLBACK) throw err;
    });
  return result as T;
}
