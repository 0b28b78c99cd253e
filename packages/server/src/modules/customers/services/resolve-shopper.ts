import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../../platform/index.ts';
import { hashSessionToken } from '../../staff/index.ts';
import { customerSessions } from '../schema.ts';

/**
 * The shopper behind a bearer token, or undefined when it is unknown, expired or revoked. Runs before
 * any ctx exists (the session names the merchant), hence a bare db and no merchant filter.
 */
export interface ResolvedShopper {
  customerId: string;
  sessionId: string;
  merchantId: string;
  expiresAt: Date;
}

export async function resolveShopper(db: Db, token: string): Promise<ResolvedShopper | undefined> {
  const [row] = await db
    .select({
      customerId: customerSessions.customerId,
      sessionId: customerSessions.id,
      merchantId: customerSessions.merchantId,
      expiresAt: customerSessions.expiresAt,
    })
    .from(customerSessions)
    .where(
      and(
        eq(customerSessions.tokenHash, hashSessionToken(token)),
        isNull(customerSessions.revokedAt),
        gt(customerSessions.expiresAt, new Date()),
      ),
    );
  return row;
}
