import { newId, type Ctx } from '../../../platform/index.ts';
import { stockMovements, type MovementKind } from '../schema.ts';

export interface Movement {
  skuId: string;
  kind: MovementKind;
  onHandDelta: number;
  reservedDelta: number;
  orderId?: string;
  reason?: string;
}

/** Appends to the audit ledger in the caller's transaction, so a movement exists exactly when its change does. */
export async function recordMovements(ctx: Ctx, movements: readonly Movement[]): Promise<void> {
  if (movements.length === 0) return;
  const actor = ledgerActorOf(ctx);
  await ctx.db.insert(stockMovements).values(
    movements.map((m) => ({
      id: newId('smv'),
      merchantId: ctx.merchantId,
      skuId: m.skuId,
      kind: m.kind,
      onHandDelta: m.onHandDelta,
      reservedDelta: m.reservedDelta,
      orderId: m.orderId ?? null,
      reason: m.reason ?? null,
      actor,
    })),
  );
}

// Ids only: the ledger is read by staff and exported, so it must not carry names.
export function ledgerActorOf(ctx: Ctx): string {
  switch (ctx.actor.kind) {
    case 'staff':
      return ctx.actor.staffId;
    case 'shopper':
      return ctx.actor.customerId;
    case 'guest':
      return 'guest';
    case 'system':
      return `system:${ctx.actor.reason}`.slice(0, 100);
  }
}
