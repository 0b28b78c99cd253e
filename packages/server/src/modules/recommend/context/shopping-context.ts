import type { DeviceClass } from '../events/event-types.ts';

export const TIME_SLOTS = ['breakfast', 'lunch', 'afternoon', 'evening', 'night'] as const;
export type TimeSlot = (typeof TIME_SLOTS)[number];

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';
export type Festival = '618' | 'double_11' | 'double_12' | 'spring_festival' | null;

/**
 * Shops have no time zone setting yet; their shoppers' clocks are read in China Standard Time, where the
 * platform's merchants sell. A client that sends its local hour overrides this for its own request.
 */
export const SHOP_UTC_OFFSET_HOURS = 8;

/** What the moment says about a request: when, on what, and where (coarsely). */
export interface ShoppingContext {
  hour: number;
  weekday: number;
  slot: TimeSlot;
  weekend: boolean;
  season: Season;
  festival: Festival;
  device: DeviceClass;
  /** A city or region name the client chose to send; never a coordinate. */
  place: string | null;
  now: Date;
}

export function slotOfHour(hour: number): TimeSlot {
  if (hour >= 5 && hour < 11) return 'breakfast';
  if (hour >= 11 && hour < 14) return 'lunch';
  if (hour >= 14 && hour < 18) return 'afternoon';
  if (hour >= 18 && hour < 22) return 'evening';
  return 'night';
}

/** The shop-local wall clock of an instant. */
export function shopClock(at: Date): { hour: number; weekday: number; month: number; day: number } {
  const local = new Date(at.getTime() + SHOP_UTC_OFFSET_HOURS * 3_600_000);
  return {
    hour: local.getUTCHours(),
    weekday: local.getUTCDay(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
  };
}

export function slotOf(at: Date): TimeSlot {
  return slotOfHour(shopClock(at).hour);
}

function seasonOf(month: number): Season {
  if (month >= 3 && month <= 5) return 'spring';
  if (month >= 6 && month <= 8) return 'summer';
  if (month >= 9 && month <= 11) return 'autumn';
  return 'winter';
}

/**
 * The shopping festivals that change what people buy: the run-up to 618 (JD's anniversary sale, 1-18 June),
 * Double 11 and Double 12 with their pre-sales, and the weeks before the Spring Festival (approximated as
 * 15 January to 10 February, since the lunar date moves).
 */
function festivalOf(month: number, day: number): Festival {
  if (month === 6 && day <= 18) return '618';
  if ((month === 10 && day >= 20) || (month === 11 && day <= 11)) return 'double_11';
  if (month === 12 && day <= 12) return 'double_12';
  if ((month === 1 && day >= 15) || (month === 2 && day <= 10)) return 'spring_festival';
  return null;
}

export function shoppingContext(
  now: Date,
  options: { hour?: number | undefined; device?: DeviceClass | undefined; place?: string | undefined } = {},
): ShoppingContext {
  const clock = shopClock(now);
  const hour = options.hour ?? clock.hour;
  return {
    hour,
    weekday: clock.weekday,
    slot: slotOfHour(hour),
    weekend: clock.weekday === 0 || clock.weekday === 6,
    season: seasonOf(clock.month),
    festival: festivalOf(clock.month, clock.day),
    device: options.device ?? 'unknown',
    place: options.place?.trim() || null,
    now,
  };
}

/** Words in product tags and titles that mark seasonal goods, per season. */
export const SEASON_WORDS: Record<Season, readonly string[]> = {
  spring: ['春', 'spring', '踏青'],
  summer: ['夏', 'summer', '防晒', 'sunscreen', '清凉', '冰'],
  autumn: ['秋', 'autumn', 'fall'],
  winter: ['冬', 'winter', '保暖', 'warm', '羽绒', 'down'],
};
