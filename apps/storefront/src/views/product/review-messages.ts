// The review pages' own texts, kept beside them (vue-i18n local messages); the app's locale applies.
const zhCN = {
  title: '商品评价',
  count: '{n} 条评价',
  none: '暂无评价，买过的朋友来说说吧',
  average: '{score} 分',
  all: '全部',
  stars: '{n} 星',
  viewAll: '查看全部评价',
  reply: '商家回复：{text}',
  anonymous: '匿名用户',
  distribution: '{n} 星 {share}',
  write: '评价',
  reviewed: '已评价',
  writeTitle: '评价商品',
  ratingLabel: '评分',
  bodyPlaceholder: '说说使用感受（最多 1000 字）',
  submit: '提交评价',
  thanks: '感谢您的评价',
  toReview: '评价商品',
};

const en: typeof zhCN = {
  title: 'Reviews',
  count: '{n} reviews',
  none: 'No reviews yet. Bought it? Tell others what you think',
  average: '{score} out of 5',
  all: 'All',
  stars: '{n} stars',
  viewAll: 'See all reviews',
  reply: 'Shop reply: {text}',
  anonymous: 'Anonymous',
  distribution: '{n} stars {share}',
  write: 'Review',
  reviewed: 'Reviewed',
  writeTitle: 'Review this item',
  ratingLabel: 'Rating',
  bodyPlaceholder: 'How was it? (up to 1000 characters)',
  submit: 'Submit review',
  thanks: 'Thanks for your review',
  toReview: 'Review your items',
};

export const REVIEW_MESSAGES = { 'zh-CN': { reviews: zhCN }, en: { reviews: en } };
