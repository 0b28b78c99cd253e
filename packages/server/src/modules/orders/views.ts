import { Type, type Static } from 'typebox';
import { CurrencyCode, MinorAmount, type Currency } from '../../platform/index.ts';
import type { AddressSnapshot, OrderItemRow, OrderRow, OrderTransitionRow } from './schema.ts';
import { ORDER_STATUSES } from './state-machine.ts';

/** What the API answers for an order; shared by store and admin routes and returned to workflows. */
export const OrderStatusSchema = Type.Enum(ORDER_STATUSES);

const Timestamp = Type.String({ format: 'date-time' });
const NullableTimestamp = Type.Union([Timestamp, Type.Null()]);

export const AddressSnapshotSchema = Type.Object({
  recipient: Type.String(),
  phone: Type.String(),
  province: Type.String(),
  city: Type.String(),
  district: Type.String(),
  line1: Type.String(),
  line2: Type.Union([Type.String(), Type.Null()]),
  postalCode: Type.Union([Type.String(), Type.Null()]),
});

export const OrderItemSchema = Type.Object({
  id: Type.String(),
  skuId: Type.String(),
  productId: Type.String(),
  productTitle: Type.String(),
  skuCode: Type.String(),
  specs: Type.Record(Type.String(), Type.String()),
  imageUrl: Type.Union([Type.String(), Type.Null()]),
  unitPrice: MinorAmount,
  listPrice: Type.Union([MinorAmount, Type.Null()]),
  quantity: Type.Integer({ minimum: 1 }),
  lineTotal: MinorAmount,
});
export type OrderItemView = Static<typeof OrderItemSchema>;

export const OrderTransitionSchema = Type.Object({
  from: Type.Union([OrderStatusSchema, Type.Null()]),
  to: OrderStatusSchema,
  actorKind: Type.String(),
  reason: Type.Union([Type.String(), Type.Null()]),
  at: Timestamp,
});

export const OrderSchema = Type.Object({
  id: Type.String(),
  customerId: Type.String(),
  status: OrderStatusSchema,
  currency: CurrencyCode,
  subtotal: MinorAmount,
  shippingFee: MinorAmount,
  discount: MinorAmount,
  total: MinorAmount,
  refundedAmount: MinorAmount,
  address: AddressSnapshotSchema,
  shippingTemplateId: Type.Union([Type.String(), Type.Null()]),
  note: Type.Union([Type.String(), Type.Null()]),
  paymentId: Type.Union([Type.String(), Type.Null()]),
  paymentDeadline: Timestamp,
  cancelReason: Type.Union([Type.String(), Type.Null()]),
  createdAt: Timestamp,
  paidAt: NullableTimestamp,
  shippedAt: NullableTimestamp,
  deliveredAt: NullableTimestamp,
  completedAt: NullableTimestamp,
  cancelledAt: NullableTimestamp,
  refundedAt: NullableTimestamp,
  items: Type.Array(OrderItemSchema),
});
export type OrderView = Static<typeof OrderSchema>;

export const OrderDetailSchema = Type.Object({
  ...OrderSchema.properties,
  transitions: Type.Array(OrderTransitionSchema),
});
export type OrderDetailView = Static<typeof OrderDetailSchema>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toItemView(row: OrderItemRow): OrderItemView {
  return {
    id: row.id,
    skuId: row.skuId,
    productId: row.productId,
    productTitle: row.productTitle,
    skuCode: row.skuCode,
    specs: row.specs,
    imageUrl: row.imageUrl,
    unitPrice: row.unitPrice,
    listPrice: row.listPrice,
    quantity: row.quantity,
    lineTotal: row.lineTotal,
  };
}

/** `address` is opened by the service (services/personal.ts): rows hold it sealed. */
export function toOrderView(row: OrderRow, items: OrderItemRow[], address: AddressSnapshot): OrderView {
  return {
    id: row.id,
    customerId: row.customerId,
    status: row.status,
    currency: row.currency as Currency,
    subtotal: row.subtotal,
    shippingFee: row.shippingFee,
    discount: row.discount,
    total: row.total,
    refundedAmount: row.refundedAmount,
    address,
    shippingTemplateId: row.shippingTemplateId,
    note: row.note,
    paymentId: row.paymentId,
    paymentDeadline: row.paymentDeadline.toISOString(),
    cancelReason: row.cancelReason,
    createdAt: row.createdAt.toISOString(),
    paidAt: iso(row.paidAt),
    shippedAt: iso(row.shippedAt),
    deliveredAt: iso(row.deliveredAt),
    completedAt: iso(row.completedAt),
    cancelledAt: iso(row.cancelledAt),
    refundedAt: iso(row.refundedAt),
    items: items.map(toItemView),
  };
}

export function toDetailView(
  row: OrderRow,
  items: OrderItemRow[],
  transitions: OrderTransitionRow[],
  address: AddressSnapshot,
): OrderDetailView {
  return {
    ...toOrderView(row, items, address),
    transitions: transitions.map((t) => ({
      from: t.fromStatus,
      to: t.toStatus,
      actorKind: t.actorKind,
      reason: t.reason,
      at: t.at.toISOString(),
    })),
  };
}
