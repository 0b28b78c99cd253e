import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../testing/harness.ts';
import { unwrap, withMerchant } from '../../../platform/index.ts';
import { eventsOf, merchantCtx } from '../test-support.ts';
import { addTrackingEvent } from './add-tracking-event.ts';
import { cancelShipment } from './cancel-shipment.ts';
import { createShipment } from './create-shipment.ts';
import { listShipments } from './list-shipments.ts';

describeEachDatabase('shipments and tracking', (h) => {
  const ctx = () => merchantCtx(h().database.db);
  const scan = (
    occurredAt: string,
    status: 'in_transit' | 'delivered' | 'out_for_delivery',
    description: string,
  ) => ({
    occurredAt,
    status,
    description,
    location: '杭州',
  });

  it('follows a parcel to delivery and emits shipment.delivered once', async () => {
    const c = ctx();
    const shipment = unwrap(
      await createShipment(c, { orderId: 'ord_1', carrier: 'sf', trackingNumber: 'SF1234567' }),
    );
    expect(shipment).toMatchObject({ carrier: 'SF', status: 'in_transit', deliveredAt: null, events: [] });
    unwrap(await addTrackingEvent(c, shipment.id, scan('2026-03-01T08:00:00Z', 'in_transit', '已揽收')));
    const out = unwrap(
      await addTrackingEvent(c, shipment.id, scan('2026-03-02T08:00:00+08:00', 'out_for_delivery', '派送中')),
    );
    expect(out.status).toBe('out_for_delivery');
    expect(await eventsOf(c, 'shipment.delivered')).toHaveLength(0);
    const delivered = unwrap(
      await addTrackingEvent(c, shipment.id, scan('2026-03-02T15:00:00+08:00', 'delivered', '已签收')),
    );
    expect(delivered).toMatchObject({ status: 'delivered', deliveredAt: '2026-03-02T07:00:00.000Z' });
    expect(delivered.events.map((e) => e.description)).toEqual(['已签收', '派送中', '已揽收']);
    expect(delivered.events[0]?.id).toMatch(/^trk_/);
    // The carrier resends its feed: nothing is stored twice, nothing is emitted twice.
    const resent = unwrap(
      await addTrackingEvent(c, shipment.id, scan('2026-03-02T15:00:00+08:00', 'delivered', '已签收')),
    );
    expect(resent.events).toHaveLength(3);
    // A late scan older than the delivery is kept but does not move the status back.
    const late = unwrap(
      await addTrackingEvent(c, shipment.id, scan('2026-03-01T20:00:00Z', 'in_transit', '到达中转')),
    );
    expect(late.status).toBe('delivered');
    expect(late.events).toHaveLength(4);
    const emitted = await eventsOf(c, 'shipment.delivered');
    expect(emitted.map((e) => e.payload)).toEqual([{ orderId: 'ord_1', shipmentId: shipment.id }]);
    expect(await cancelShipment(c, shipment.id)).toMatchObject({ code: 'SHIPMENT_ALREADY_DELIVERED' });
  });

  it('lists an order’s shipments and makes repeated creation idempotent', async () => {
    const c = ctx();
    const a = unwrap(
      await createShipment(c, { orderId: 'ord_2', carrier: 'ZTO', trackingNumber: '7300001' }),
    );
    const again = unwrap(
      await createShipment(c, { orderId: 'ord_2', carrier: 'zto', trackingNumber: '7300001' }),
    );
    expect(again.id).toBe(a.id);
    expect(
      await createShipment(c, { orderId: 'ord_3', carrier: 'ZTO', trackingNumber: '7300001' }),
    ).toMatchObject({
      code: 'TRACKING_NUMBER_TAKEN',
    });
    const b = unwrap(
      await createShipment(c, { orderId: 'ord_2', carrier: 'ZTO', trackingNumber: '7300002' }),
    );
    expect((await listShipments(c, 'ord_2')).map((s) => s.id).sort()).toEqual([a.id, b.id].sort());
    expect(await listShipments(c, 'ord_3')).toEqual([]);
    // A cancelled shipment frees its number for the corrected one.
    expect(unwrap(await cancelShipment(c, a.id)).status).toBe('cancelled');
    expect(await addTrackingEvent(c, a.id, scan('2026-03-01T08:00:00Z', 'in_transit', 'x'))).toMatchObject({
      code: 'SHIPMENT_NOT_FOUND',
    });
    const redo = unwrap(
      await createShipment(c, { orderId: 'ord_3', carrier: 'ZTO', trackingNumber: '7300001' }),
    );
    expect(redo.id).not.toBe(a.id);
  });

  it('refuses bad input', async () => {
    const c = ctx();
    expect(
      await createShipment(c, { orderId: 'ord_4', carrier: 'SF', trackingNumber: 'bad number!' }),
    ).toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    const s = unwrap(await createShipment(c, { orderId: 'ord_4', carrier: 'SF', trackingNumber: 'SF0001' }));
    expect(
      await addTrackingEvent(c, s.id, {
        ...scan('2026-03-01T08:00:00Z', 'delivered', 'x'),
        status: 'lost' as never,
      }),
    ).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await addTrackingEvent(c, s.id, scan('yesterday', 'delivered', 'x'))).toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    expect((await listShipments(c, 'ord_4'))[0]?.events).toEqual([]);
  });

  it("keeps each merchant's shipments to itself", async () => {
    const mine = ctx();
    const s = unwrap(
      await createShipment(mine, { orderId: 'ord_5', carrier: 'SF', trackingNumber: 'SF5555' }),
    );
    const other = withMerchant(mine, `${mine.merchantId}x`);
    expect(await listShipments(other, 'ord_5')).toEqual([]);
    expect(await addTrackingEvent(other, s.id, scan('2026-03-01T08:00:00Z', 'delivered', 'x'))).toMatchObject(
      {
        code: 'SHIPMENT_NOT_FOUND',
      },
    );
    expect(await cancelShipment(other, s.id)).toMatchObject({ code: 'SHIPMENT_NOT_FOUND' });
    // The same carrier and number at another shop is another parcel.
    expect(
      (await createShipment(other, { orderId: 'ord_9', carrier: 'SF', trackingNumber: 'SF5555' })).ok,
    ).toBe(true);
    expect(await eventsOf(mine, 'shipment.delivered')).toHaveLength(0);
    expect((await listShipments(mine, 'ord_5'))[0]?.status).toBe('in_transit');
  });
});
