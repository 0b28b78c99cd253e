import type { CategoryRule } from './dictionaries.ts';

const l = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/**
 * Everyday product types with the kinds their word does not cover. `include`/`exclude` are matched against the
 * product's leaf category names, so they are fragments of names, not ids.
 */
export const DEFAULT_CATEGORIES: CategoryRule[] = [
  {
    key: 'shoes',
    label: l('鞋子', 'shoes'),
    terms: ['鞋子', '鞋', 'shoes', 'shoe', 'sneakers', 'sneaker', 'trainers', 'footwear'],
    include: ['鞋', 'shoe', 'sneaker', 'footwear', 'loafer'],
    exclude: ['靴', 'boot', '凉鞋', '拖鞋', 'sandal', 'slipper'],
  },
  {
    key: 'hiking_shoes',
    label: l('徒步鞋', 'hiking shoes'),
    terms: ['徒步鞋', '登山鞋', '爬山鞋', 'hiking shoes', 'hiking shoe', 'trail shoes', 'hikers'],
    include: ['徒步鞋', '登山鞋', 'hiking shoe'],
    exclude: ['靴', 'boot'],
  },
  {
    key: 'sneakers',
    label: l('运动鞋', 'sneakers'),
    terms: ['运动鞋', '跑鞋', '球鞋', 'running shoes', 'sports shoes'],
    include: ['运动鞋', '跑鞋', 'sneaker', 'running'],
    exclude: ['靴', 'boot'],
  },
  {
    key: 'boots',
    label: l('靴子', 'boots'),
    terms: ['靴子', '靴', '登山靴', '短靴', 'boots', 'boot'],
    include: ['靴', 'boot'],
    exclude: [],
  },
  {
    key: 'sandals',
    label: l('凉鞋', 'sandals'),
    terms: ['凉鞋', '沙滩鞋', '溯溪鞋', 'sandals', 'sandal'],
    include: ['凉鞋', 'sandal'],
    exclude: [],
  },
  {
    key: 'down_jackets',
    label: l('羽绒服', 'down jackets'),
    terms: [
      '羽绒服',
      '羽绒衣',
      '羽绒外套',
      '羽绒马甲',
      '面包服',
      'down jacket',
      'down jackets',
      'puffer',
      'down coat',
      'down vest',
      'down parka',
      'parka',
    ],
    include: ['羽绒', 'down'],
    exclude: ['棉服'],
  },
  {
    key: 'coats',
    label: l('外套', 'coats'),
    terms: ['外套', '棉服', '棉衣', '大衣', 'coat', 'coats', 'jacket', 'jackets'],
    include: ['棉服', '羽绒', '冲锋衣', 'coat', 'jacket'],
    exclude: [],
  },
  {
    key: 'formula',
    label: l('奶粉', 'baby formula'),
    terms: ['奶粉', '配方奶', 'infant formula', 'baby formula', 'formula', 'baby milk'],
    include: ['奶粉', 'formula'],
    exclude: [],
  },
  {
    key: 'diapers',
    label: l('纸尿裤', 'diapers'),
    terms: ['纸尿裤', '尿不湿', '尿布', 'diapers', 'diaper', 'nappies'],
    include: ['纸尿裤', 'diaper'],
    exclude: [],
  },
  {
    key: 'snacks',
    label: l('零食', 'snacks'),
    terms: ['零食', '小吃', '坚果', 'snacks', 'snack', 'nuts'],
    include: ['零食', 'snack'],
    exclude: [],
  },
  {
    key: 'fruit',
    label: l('水果', 'fruit'),
    terms: ['水果', '荔枝', 'fruit', 'lychee', 'lychees'],
    include: ['水果', 'fruit'],
    exclude: [],
  },
  {
    key: 'sunscreen',
    label: l('防晒', 'sunscreen'),
    terms: ['防晒霜', '防晒乳', '防晒', 'sunscreen', 'sunblock', 'spf'],
    include: ['防晒', 'sunscreen'],
    exclude: [],
  },
  {
    key: 'backpacks',
    label: l('书包', 'backpacks'),
    terms: ['书包', '双肩包', 'backpack', 'school bag', 'schoolbag'],
    include: ['书包', 'backpack', 'bag'],
    exclude: [],
  },
  {
    key: 'stationery',
    label: l('文具', 'stationery'),
    terms: ['文具', '笔', '中性笔', 'stationery', 'pens', 'pen'],
    include: ['文具', '书写', 'stationery', 'pen'],
    exclude: ['书包'],
  },
];
