export type DaySlot = 'morning' | 'noon' | 'afternoon' | 'evening' | 'night';

/**
 * Until the recommendation engine's routes land, the home shelf is "what sells at this hour": the tags
 * shoppers buy most in each part of the day. A merchant re-tags products to change it.
 */
export const SLOT_TAGS: Record<DaySlot, string[]> = {
  morning: ['通勤', '健康'],
  noon: ['午餐', '办公室'],
  afternoon: ['下午茶', '零食'],
  evening: ['户外', '礼物'],
  night: ['礼物', '送妈妈'],
};

export function daySlot(hour: number): DaySlot {
  if (hour >= 5 && hour < 11) return 'morning';
  if (hour >= 11 && hour < 14) return 'noon';
  if (hour >= 14 && hour < 18) return 'afternoon';
  if (hour >= 18 && hour < 22) return 'evening';
  return 'night';
}
