import { sql } from 'drizzle-orm';
import {
  fail,
  inTransaction,
  newId,
  ok,
  type ConsentPurpose,
  type Ctx,
  type Result,
} from '../../../../platform/index.ts';
import type { ConsentChannel, ConsentMethod } from '../purposes.ts';
import { CURRENT_NOTICE_VERSION, SEPARATE_CONSENT_PURPOSES } from '../purposes.ts';
import { consentRecords } from '../tables.ts';
import { currentConsents, type ConsentState } from './current-consents.ts';

export interface ConsentChoices {
  noticeVersion: string;
  method: ConsentMethod;
  channel: ConsentChannel;
  changes: readonly { purpose: ConsentPurpose; granted: boolean }[];
}

/**
 * Appends a record for each purpose whose state or notice version changes; repeating the current choice
 * under the same notice adds nothing. Returns the state after the change.
 */
export async function recordConsents(
  ctx: Ctx,
  subjectId: string,
  choices: ConsentChoices,
): Promise<Result<Map<ConsentPurpose, ConsentState>>> {
  // A record must prove what the shopper was told: only the notice in force can be consented to.
  if (choices.noticeVersion !== CURRENT_NOTICE_VERSION)
    return fail('CONSENT_NOTICE_OUTDATED', `The notice in force is ${CURRENT_NOTICE_VERSION}`);
  const purposes = choices.changes.map((c) => c.purpose);
  if (new Set(purposes).size !== purposes.length)
    return fail('VALIDATION_FAILED', 'Each purpose may appear once per request');
  const bundledSeparate = choices.changes.find(
    (c) => c.granted && SEPARATE_CONSENT_PURPOSES.includes(c.purpose) && choices.changes.length > 1,
  );
  if (bundledSeparate) return fail('CONSENT_NOT_SEPARATE', `Grant ${bundledSeparate.purpose} on its own`);

  return inTransaction(ctx, async (tx) => {
    // Serialises one person's concurrent changes, so "latest" is well defined.
    await tx.db.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`privacy.consent:${ctx.merchantId}:${subjectId}`}))`,
    );
    const before = await currentConsents(tx.db, ctx.merchantId, subjectId);
    const rows = choices.changes
      .filter((c) => {
        const current = before.get(c.purpose);
        // A first explicit refusal is recorded too: it proves the shopper was asked.
        return (
          current === undefined ||
          current.granted !== c.granted ||
          current.noticeVersion !== choices.noticeVersion
        );
      })
      .map((c) => ({
        id: newId('cns'),
        merchantId: ctx.merchantId,
        subjectId,
        purpose: c.purpose,
        granted: c.granted,
        noticeVersion: choices.noticeVersion,
        method: choices.method,
        channel: choices.channel,
        // Not now(): that is the transaction's start, which can precede a change committed while we waited.
        at: sql`clock_timestamp()`,
      }));
    if (rows.length > 0) await tx.db.insert(consentRecords).values(rows);
    return ok(rows.length > 0 ? await currentConsents(tx.db, ctx.merchantId, subjectId) : before);
  });
}
