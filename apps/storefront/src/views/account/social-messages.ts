// Texts of the creator page and the shopper-portrait profile fields (vue-i18n local messages).
const zhCN = {
  failed: '操作失败，请稍后再试',
  creator: {
    title: '达人主页',
    followers: '{n} 位关注者',
    follow: '关注',
    following: '已关注',
    followed: '已关注 {name}',
    unfollowed: '已取消关注',
    signInToFollow: '登录后即可关注',
    picks: '达人精选',
    noPicks: '还没有公开的精选',
    notFound: '找不到这位达人',
  },
  portrait: {
    title: '画像资料（选填）',
    explain:
      '出生年份、性别、城市和月收入仅用于店铺的匿名用户画像统计：加密保存，只按不少于 5 人的分组计数，不会单独展示给任何人。保存需要您在隐私中心开启“统计分析”授权，可随时清除。',
    needConsent: '请先在隐私中心开启“统计分析”授权，再保存这些资料。',
    goPrivacy: '前往隐私中心',
    birthYear: '出生年份',
    gender: '性别',
    city: '所在城市',
    income: '月收入',
    notGiven: '不填写',
    save: '保存',
    clear: '清除全部',
    saved: '已保存',
    cleared: '已清除',
    genders: { female: '女', male: '男', other: '其他' },
    cities: { 'other-cn': '其他国内城市', overseas: '海外' },
    incomes: {
      under_3k: '3 千以下',
      '3k_to_5k': '3 千–5 千',
      '5k_to_10k': '5 千–1 万',
      '10k_to_20k': '1 万–2 万',
      '20k_plus': '2 万以上',
    },
  },
};

const en: typeof zhCN = {
  failed: 'Something went wrong; please try again',
  creator: {
    title: 'Creator',
    followers: '{n} followers',
    follow: 'Follow',
    following: 'Following',
    followed: 'You follow {name}',
    unfollowed: 'Unfollowed',
    signInToFollow: 'Sign in to follow',
    picks: 'Picks',
    noPicks: 'No public picks yet',
    notFound: 'No such creator',
  },
  portrait: {
    title: 'Profile details (optional)',
    explain:
      'Birth year, gender, city and income are used only for the shop’s anonymous shopper portrait: stored encrypted, counted only in groups of at least 5, never shown to anyone on their own. Saving them needs your “analytics” consent in the privacy centre; you can clear them at any time.',
    needConsent: 'Turn on the “analytics” consent in the privacy centre first to save these details.',
    goPrivacy: 'Open the privacy centre',
    birthYear: 'Birth year',
    gender: 'Gender',
    city: 'City',
    income: 'Monthly income',
    notGiven: 'Not given',
    save: 'Save',
    clear: 'Clear all',
    saved: 'Saved',
    cleared: 'Cleared',
    genders: { female: 'Female', male: 'Male', other: 'Other' },
    cities: { 'other-cn': 'Another city in China', overseas: 'Outside China' },
    incomes: {
      under_3k: 'Under ¥3k',
      '3k_to_5k': '¥3k–5k',
      '5k_to_10k': '¥5k–10k',
      '10k_to_20k': '¥10k–20k',
      '20k_plus': '¥20k and over',
    },
  },
};

export const SOCIAL_MESSAGES = { 'zh-CN': zhCN, en };
