// The privacy centre's own texts, kept beside its pages (vue-i18n local messages); the app's locale applies.
const zhCN = {
  title: '隐私中心',
  intro: '以下用途默认关闭，仅在您开启后使用您的数据。撤回自下一次请求起生效。',
  notice: '隐私政策版本 {version}',
  reviewNeeded: '隐私政策已更新。您此前的部分授权基于旧版本，请确认是否继续。',
  keepChoices: '按新版本保留我的选择',
  reconfirm: '确认',
  signUpChoices: '可选授权（默认关闭，可随时在隐私中心更改）',
  signUpNotice: '注册即表示您已阅读隐私政策（版本 {version}）',
  consents: '授权管理',
  separate: '单独同意',
  purposes: {
    personalisation: { title: '个性化推荐', text: '根据浏览和购买记录为您推荐商品、排序搜索结果' },
    marketing: { title: '营销消息', text: '通过短信、邮件或推送向您发送优惠和活动' },
    analytics: { title: '统计分析', text: '将与您关联的使用数据纳入店铺统计' },
    third_party_sharing: { title: '向第三方提供', text: '将您的数据提供给其他公司，例如联合活动的品牌方' },
    cross_border: { title: '跨境传输', text: '将您的数据传输至中国大陆以外，例如境外履约伙伴' },
    sensitive_data: { title: '敏感个人信息', text: '处理敏感个人信息，例如清关所需的身份证号' },
  },
  confirmSeparate: '请确认单独同意「{purpose}」：{text}。您可随时撤回。',
  saved: '已保存',
  data: '我的数据',
  export: '下载我的数据',
  exportHint: '生成包含我们持有的全部个人数据的 JSON 文件，通常一分钟内完成，可下载 7 天',
  exportQueued: '正在准备，完成后可在下方下载',
  correct: '更正我的数据',
  correctHint: '昵称、手机和地址可直接修改；其他内容请描述需要更正的地方',
  correctPlaceholder: '例如：订单 12 的收货人姓名有误，应为……',
  correctSent: '已提交，商家将在 30 日内处理',
  editAddresses: '管理收货地址',
  erase: '注销并删除账户',
  eraseHint: '删除账户、地址、购物车、授权和记录；依法保留的订单仅保留匿名信息。不可恢复。',
  eraseConfirm:
    '确定要删除账户吗？您的专属加密密钥将被销毁，所有加密数据（包括备份中的）将无法恢复，您将在所有设备上退出登录。',
  eraseStarted: '账户正在删除，您已退出登录',
  requests: '请求记录',
  noRequests: '暂无请求',
  kinds: { export: '下载数据', erasure: '删除账户', rectification: '更正数据' },
  states: { received: '已受理', in_progress: '处理中', completed: '已完成', rejected: '已拒绝' },
  received: '提交于 {at}',
  due: '截止 {at}（剩 {days} 天）',
  overdue: '已超过截止日期 {at}',
  download: '下载',
  reason: '说明：{text}',
  failed: '操作失败，请稍后重试',
};

export type PrivacyMessages = typeof zhCN;

const en: PrivacyMessages = {
  title: 'Privacy centre',
  intro: 'Each purpose below is off until you turn it on. Turning one off applies from your next request.',
  notice: 'Privacy notice version {version}',
  reviewNeeded:
    'Our privacy notice has changed. Some of your choices were made under the earlier one: please confirm them.',
  keepChoices: 'Keep my choices under the new notice',
  reconfirm: 'Confirm',
  signUpChoices:
    'Optional permissions (off unless you tick them; change them any time in the privacy centre)',
  signUpNotice: 'By signing up you confirm you have read the privacy notice (version {version})',
  consents: 'Your choices',
  separate: 'Separate consent',
  purposes: {
    personalisation: {
      title: 'Personalisation',
      text: 'Recommendations and search ranking from what you viewed and bought',
    },
    marketing: { title: 'Marketing messages', text: 'Offers and campaigns by message, email or push' },
    analytics: { title: 'Analytics', text: 'Your activity, linked to you, in the shop’s statistics' },
    third_party_sharing: {
      title: 'Sharing with third parties',
      text: 'Giving your data to another company, such as a partner brand',
    },
    cross_border: {
      title: 'Cross-border transfer',
      text: 'Sending your data outside mainland China, such as to an overseas fulfilment partner',
    },
    sensitive_data: {
      title: 'Sensitive data',
      text: 'Processing sensitive personal information, such as an ID number for customs',
    },
  },
  confirmSeparate:
    'Please confirm your separate consent to “{purpose}”: {text}. You can withdraw it at any time.',
  saved: 'Saved',
  data: 'Your data',
  export: 'Download my data',
  exportHint:
    'A JSON file with everything held on you, usually ready within a minute and downloadable for 7 days',
  exportQueued: 'Preparing; download it below when it is ready',
  correct: 'Correct my data',
  correctHint: 'Edit your name, phone and addresses yourself; describe anything else that is wrong',
  correctPlaceholder: 'e.g. the recipient name on order 12 is wrong; it should be …',
  correctSent: 'Sent; the shop answers within 30 days',
  editAddresses: 'Manage addresses',
  erase: 'Erase my account',
  eraseHint:
    'Deletes your account, addresses, cart, choices and history; orders the law requires keep only anonymised details. Cannot be undone.',
  eraseConfirm:
    'Erase your account? Your personal encryption key is destroyed, so encrypted data (including backups) can never be read again, and you are signed out everywhere.',
  eraseStarted: 'Your account is being erased; you have been signed out',
  requests: 'Your requests',
  noRequests: 'No requests yet',
  kinds: { export: 'Data download', erasure: 'Account erasure', rectification: 'Correction' },
  states: { received: 'Received', in_progress: 'In progress', completed: 'Completed', rejected: 'Rejected' },
  received: 'Sent {at}',
  due: 'Due {at} ({days} days left)',
  overdue: 'Past its deadline of {at}',
  download: 'Download',
  reason: 'Note: {text}',
  failed: 'That did not work; please try again',
};

export const PRIVACY_MESSAGES = { 'zh-CN': zhCN, en };
