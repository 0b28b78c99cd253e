/** What the storefront reports. The position in this list is the stored code (1-based): append only. */
export const EVENT_TYPES = [
  'view',
  'search',
  'click',
  'add_to_cart',
  'favourite',
  'purchase',
  'dwell',
  'share',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const DEVICE_CLASSES = ['unknown', 'mobile', 'tablet', 'desktop'] as const;
export type DeviceClass = (typeof DEVICE_CLASSES)[number];

export const eventCode = (type: EventType): number => EVENT_TYPES.indexOf(type) + 1;
export const eventTypeOf = (code: number): EventType | undefined => EVENT_TYPES[code - 1];
export const deviceCode = (device: DeviceClass): number => DEVICE_CLASSES.indexOf(device);
export const deviceOf = (code: number): DeviceClass => DEVICE_CLASSES[code] ?? 'unknown';

/**
 * How much each action says about interest, for affinities and popularity: a purchase says far more than a
 * glance. Search events carry no product and weigh nothing.
 */
export const EVENT_WEIGHTS: Record<EventType, number> = {
  view: 1,
  search: 0,
  click: 1,
  add_to_cart: 3,
  favourite: 3,
  purchase: 5,
  dwell: 0.5,
  share: 2,
};
