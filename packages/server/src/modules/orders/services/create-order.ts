import { sql } from 'drizzle-orm';
import {
  eventValues,
  inTransaction,
  newId,
  outboxEventCte,
  preparedStatement,
  type Ctx,
  type Currency,
} from '../../../platform/index.ts';
import { orderItems, orders, orderTransitions, type AddressSnapshot, type OrderItemRow } from '../schema.ts';
import { toOrderView, type OrderView } from '../views.ts';
import { sealOrderAddress } from './personal.ts';
import { actorOf } from './scope.ts';

export interface CreateOrderLine {
  skuId: string;
  productId: string;
  productTitle: string;
  skuCode: string;
  specs: Record<string, string>;
  imageUrl: string | null;
  weightGrams: number;
  unitPrice: number;
  listPrice: number | null;
  quantity: number;
}

export interface CreateOrderInput {
  /** Allocated by the caller so stock can be reserved against the order before its row exists. */
  orderId: string;
  customerId: string;
  currency: Currency;
  lines: CreateOrderLine[];
  shippingFee: number;
  discount?: number;
  address: AddressSnapshot;
  shippingTemplateId: string | null;
  note: string | null;
  paymentDeadline: Date;
}

/**
 * Records a placed order awaiting payment, with its price snapshot and the first step of its timeline:
 * one prepared statement (one per line count) for the order, its lines, its transition and its
 * order.placed event.
 */
export async function createOrder(ctx: Ctx, input: CreateOrderInput): Promise<OrderView> {
  const subtotal = input.lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0);
  const discount = Math.min(input.discount ?? 0, subtotal);
  const total = subtotal - discount + input.shippingFee;
  return inTransaction(ctx, async (tx) => {
    const items: OrderItemRow[] = input.lines.map((line) => ({
      id: newId('oitem'),
      merchantId: ctx.merchantId,
      orderId: input.orderId,
      ...line,
      lineTotal: line.unitPrice * line.quantity,
      currency: input.currency,
    }));
    const actor = actorOf(ctx);
    const values: Record<string, unknown> = {
      id: input.orderId,
      merchantId: ctx.merchantId,
      customerId: input.customerId,
      currency: input.currency,
      subtotal,
      shippingFee: input.shippingFee,
      discount,
      total,
      ...(await sealOrderAddress(tx, input.customerId, input.orderId, input.address)),
      shippingTemplateId: input.shippingTemplateId,
      note: input.note,
      paymentDeadline: input.paymentDeadline,
      transitionId: newId('otr'),
      actorKind: actor.actorKind,
      actorId: actor.actorId,
    };
    items.forEach((item, i) => {
      for (const column of ITEM_COLUMNS) values[`item${i}_${column}`] = item[column];
    });
    Object.assign(
      values,
      eventValues(tx, 'order.placed', {
        orderId: input.orderId,
        customerId: input.customerId,
        total,
        currency: input.currency,
      }),
    );
    const [order] = await insertPlacedOrder(items.length)(tx.db, values);
    if (!order) throw new Error('order insert returned nothing');
    return toOrderView(order, items, input.address);
  });
}

const ITEM_COLUMNS = [
  'id',
  'merchantId',
  'orderId',
  'skuId',
  'productId',
  'productTitle',
  'skuCode',
  'specs',
  'imageUrl',
  'weightGrams',
  'unitPrice',
  'listPrice',
  'quantity',
  'lineTotal',
  'currency',
] as const satisfies readonly (keyof OrderItemRow)[];

const SEALED_COLUMNS = [
  'shipProvince',
  'shipCity',
  'recipientSealed',
  'phoneSealed',
  'districtSealed',
  'line1Sealed',
  'line2Sealed',
  'postalCodeSealed',
] as const;

const byLineCount = new Map<number, ReturnType<typeof prepareInsert>>();

function insertPlacedOrder(lineCount: number) {
  let statement = byLineCount.get(lineCount);
  if (!statement) {
    statement = prepareInsert(lineCount);
    byLineCount.set(lineCount, statement);
  }
  return statement;
}

/**
 * The order row, its lines, its first transition and its event in one INSERT with data-modifying CTEs
 * (the foreign keys are checked at the end of the statement, when the order row exists).
 */
function prepareInsert(lineCount: number) {
  const p = (name: string) => sql.placeholder(name);
  return preparedStatement(`orders_place_${lineCount}`, (db) => {
    const placedItems = db.$with('placed_items').as(
      db
        .insert(orderItems)
        .values(
          Array.from({ length: lineCount }, (_, i) =>
            Object.fromEntries(ITEM_COLUMNS.map((column) => [column, p(`item${i}_${column}`)])),
          ) as unknown as (typeof orderItems.$inferInsert)[],
        )
        .returning({ id: orderItems.id }),
    );
    const placedTransition = db.$with('placed_transition').as(
      db
        .insert(orderTransitions)
        .values({
          id: p('transitionId'),
          merchantId: p('merchantId'),
          orderId: p('id'),
          toStatus: 'pending_payment',
          actorKind: p('actorKind'),
          actorId: p('actorId'),
          reason: 'placed',
        })
        .returning({ id: orderTransitions.id }),
    );
    return db
      .with(placedItems, placedTransition, outboxEventCte(db))
      .insert(orders)
      .values({
        id: p('id'),
        merchantId: p('merchantId'),
        customerId: p('customerId'),
        status: 'pending_payment',
        currency: p('currency'),
        subtotal: p('subtotal'),
        shippingFee: p('shippingFee'),
        discount: p('discount'),
        total: p('total'),
        ...Object.fromEntries(SEALED_COLUMNS.map((column) => [column, p(column)])),
        shippingTemplateId: p('shippingTemplateId'),
        note: p('note'),
        paymentDeadline: p('paymentDeadline'),
      })
      .returning();
  });
}
