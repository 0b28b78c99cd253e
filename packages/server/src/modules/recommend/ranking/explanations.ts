import type { Locale } from '../../../platform/index.ts';
import type { Festival, TimeSlot } from '../context/shopping-context.ts';

/** Why an item was recommended; the storefront may show `text` or build its own from code and params. */
export const EXPLANATION_CODES = [
  'because_viewed',
  'bought_together',
  'similar_to',
  'new_similar',
  'popular_at_slot',
  'popular',
  'friends_liked',
  'creator_pick',
  'category_affinity',
  'festival_pick',
  'new_arrival',
] as const;
export type ExplanationCode = (typeof EXPLANATION_CODES)[number];

export type ExplanationParams = Record<string, string | number>;

export interface Explanation {
  code: ExplanationCode;
  params: ExplanationParams;
  text: string;
}

const SLOT_NAMES: Record<Locale, Record<TimeSlot, string>> = {
  'zh-CN': {
    breakfast: '早餐时段',
    lunch: '午餐时段',
    afternoon: '下午茶时段',
    evening: '晚间',
    night: '深夜',
  },
  en: {
    breakfast: 'breakfast time',
    lunch: 'lunchtime',
    afternoon: 'the afternoon',
    evening: 'the evening',
    night: 'night',
  },
};

const FESTIVAL_NAMES: Record<Locale, Record<NonNullable<Festival>, string>> = {
  'zh-CN': { '618': '618', double_11: '双11', double_12: '双12', spring_festival: '年货节' },
  en: { '618': '618', double_11: 'Double 11', double_12: 'Double 12', spring_festival: 'Spring Festival' },
};

const TEMPLATES: Record<Locale, Record<ExplanationCode, (p: ExplanationParams) => string>> = {
  'zh-CN': {
    because_viewed: (p) => `因为你看过「${p.title}」`,
    bought_together: (p) => `常与「${p.title}」一起买`,
    similar_to: (p) => `与「${p.title}」相似`,
    new_similar: (p) => `新品，与「${p.title}」相似`,
    popular_at_slot: (p) => `${SLOT_NAMES['zh-CN'][p.slot as TimeSlot] ?? ''}热卖`,
    popular: () => '大家都在买',
    friends_liked: (p) => `${p.count} 位好友喜欢`,
    creator_pick: () => '你关注的达人推荐',
    category_affinity: (p) => `你常逛「${p.category}」`,
    festival_pick: (p) => `${FESTIVAL_NAMES['zh-CN'][p.festival as NonNullable<Festival>] ?? ''}热门`,
    new_arrival: () => '新品上架',
  },
  en: {
    because_viewed: (p) => `Because you viewed ${p.title}`,
    bought_together: (p) => `Often bought with ${p.title}`,
    similar_to: (p) => `Similar to ${p.title}`,
    new_similar: (p) => `New arrival similar to ${p.title}`,
    popular_at_slot: (p) => `Popular at ${SLOT_NAMES.en[p.slot as TimeSlot] ?? 'this time'}`,
    popular: () => 'Popular right now',
    friends_liked: (p) => (p.count === 1 ? 'A friend liked this' : `${p.count} friends liked this`),
    creator_pick: () => 'Picked by a creator you follow',
    category_affinity: (p) => `You often browse ${p.category}`,
    festival_pick: (p) =>
      `Popular for ${FESTIVAL_NAMES.en[p.festival as NonNullable<Festival>] ?? 'the festival'}`,
    new_arrival: () => 'New arrival',
  },
};

export function explain(code: ExplanationCode, params: ExplanationParams, locale: Locale): Explanation {
  return { code, params, text: TEMPLATES[locale][code](params) };
}
