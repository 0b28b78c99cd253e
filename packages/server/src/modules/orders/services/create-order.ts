import { emit, inTransaction, newId, type Ctx, type Currency } from '../../../platform/index.ts';
import { orderItems, orders, orderTransitions, type AddressSnapshot } from '../schema.ts';
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

/** Records a placed order awaiting payment, with its price snapshot and the first step of its timeline. */
export async function createOrder(ctx: Ctx, input: CreateOrderInput): Promise<OrderView> {
  const subtotal = input.lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0);
  const discount = Math.min(input.discount ?? 0, subtotal);
  const total = subtotal - discount + input.shippingFee;
  return inTransaction(ctx, async (tx) => {
    const [order] = await tx.db
      .insert(orders)
      .values({
        id: input.orderId,
        merchantId: ctx.merchantId,
        customerId: input.customerId,
        status: 'pending_payment',
        currency: input.currency,
        subtotal,
        shippingFee: input.shippingFee,
        discount,
        total,
        ...(await sealOrderAddress(tx, input.customerId, input.orderId, input.address)),
        shippingTemplateId: input.shippingTemplateId,
        note: input.note,
        paymentDeadline: input.paymentDeadline,
      })
      .returning();
    if (!order) throw new Error('order insert returned nothing');
    const items = await tx.db
      .insert(orderItems)
      .values(
        input.lines.map((line) => ({
          id: newId('oitem'),
          merchantId: ctx.merchantId,
          orderId: order.id,
          ...line,
          lineTotal: line.unitPrice * line.quantity,
          currency: input.currency,
        })),
      )
      .returning();
    await tx.db.insert(orderTransitions).values({
      id: newId('otr'),
      merchantId: ctx.merchantId,
      orderId: order.id,
      fromStatus: null,
      toStatus: 'pending_payment',
      ...actorOf(ctx),
      reason: 'placed',
    });
    await emit(tx, 'order.placed', {
      orderId: order.id,
      customerId: order.customerId,
      total,
      currency: input.currency,
    });
    return toOrderView(order, items, input.address);
  });
}
