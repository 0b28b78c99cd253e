import { and, eq } from 'drizzle-orm';
import type { DataSubject, Runtime } from '../../../platform/index.ts';
import { privacyRequests } from './tables.ts';

export type SubjectErasedListener = (subject: DataSubject) => Promise<void>;

const listeners = new WeakMap<Runtime, SubjectErasedListener[]>();

/**
 * Runs `listener` in this process right after an erasure commits, for what must stop at once everywhere
 * (a cached session would otherwise outlive the person). The `privacy.data_key_destroyed` event follows
 * through the outbox; listeners that must also survive a crash between the two subscribe to it as well.
 */
export function onSubjectErased(runtime: Runtime, listener: SubjectErasedListener): void {
  listeners.set(runtime, [...(listeners.get(runtime) ?? []), listener]);
}

/** The request job's after-commit hook: tells the listeners when the request was a completed erasure. */
export async function announceErasure(runtime: Runtime, merchantId: string, requestId: string) {
  const list = listeners.get(runtime) ?? [];
  if (list.length === 0) return;
  const [request] = await runtime.database.db
    .select({
      kind: privacyRequests.kind,
      state: privacyRequests.state,
      subjectId: privacyRequests.subjectId,
    })
    .from(privacyRequests)
    .where(and(eq(privacyRequests.merchantId, merchantId), eq(privacyRequests.id, requestId)));
  if (request?.kind !== 'erasure' || request.state !== 'completed') return;
  for (const listener of list) await listener({ merchantId, customerId: request.subjectId });
}
