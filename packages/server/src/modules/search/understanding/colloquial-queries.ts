import type { SearchDocument } from '../engine/document.ts';
import type { SortOrder } from '../engine/search-engine.ts';

/** What a colloquial query over the demo shop must be understood as, and what its top 10 must satisfy. */
export interface QueryCase {
  q: string;
  intent?: {
    category?: string;
    scene?: string;
    persona?: string;
    attributes?: string[];
    price?: { min?: number; max?: number };
    sort?: SortOrder;
    brand?: boolean;
  };
  /** Every one of the top 10 satisfies this. */
  all?: (doc: SearchDocument) => boolean;
  /** The first `n` results satisfy this (what ranks first, when the rest may be looser matches). */
  first?: { n: number; test: (doc: SearchDocument) => boolean };
  /** The first result. */
  top?: string;
  /** Among the top 3. */
  top3?: string;
  /** Never among the results. */
  never?: string[];
  didYouMean?: string;
  relaxed?: string;
  ordered?: 'price_asc' | 'newest';
}

const leaf = (doc: SearchDocument) => doc.category?.names[0] ?? '';
const attr = (key: string, value: unknown) => (doc: SearchDocument) => doc.attributes?.[key] === value;
const inLeaf =
  (...names: string[]) =>
  (doc: SearchDocument) =>
    names.includes(leaf(doc));
const brandIs = (id: string) => (doc: SearchDocument) => doc.brand?.id === id;
const both =
  (...tests: ((d: SearchDocument) => boolean)[]) =>
  (doc: SearchDocument) =>
    tests.every((t) => t(doc));
const priceAtMost = (max: number) => (doc: SearchDocument) => (doc.price ?? Infinity) <= max;

const SHOES = inLeaf('徒步鞋', '运动鞋', '休闲鞋', '帆布鞋');
const HIKING_SHOE_OK = both(
  inLeaf('徒步鞋', '运动鞋', '休闲鞋'),
  (d) => d.attributes?.anti_slip === true || d.attributes?.scene === 'hiking',
);
const DOWN = inLeaf('羽绒服');
const overlapsAge = (min: number, max: number) => (doc: SearchDocument) => {
  const r = doc.attributes?.age_range;
  return typeof r === 'object' && r !== null && r.min < max && min < r.max;
};

export const COLLOQUIAL_QUERIES: QueryCase[] = [
  // Shoes, boots and sandals: "鞋子" means shoes, not boots or sandals.
  {
    q: '适合户外徒步的鞋子',
    intent: { category: 'shoes', scene: 'hiking' },
    all: HIKING_SHOE_OK,
    never: ['alpine-leather-hiking-boot', 'river-trek-sandal', 'classic-canvas-shoe'],
  },
  { q: '適合戶外徒步的鞋子', intent: { category: 'shoes', scene: 'hiking' }, all: HIKING_SHOE_OK },
  { q: '爬山穿的鞋', intent: { category: 'shoes', scene: 'hiking' }, all: HIKING_SHOE_OK },
  { q: '户外徒步鞋子推荐', intent: { category: 'shoes', scene: 'hiking' }, all: HIKING_SHOE_OK },
  { q: '徒步鞋', intent: { category: 'hiking_shoes' }, all: inLeaf('徒步鞋') },
  { q: '登山鞋', intent: { category: 'hiking_shoes' }, all: inLeaf('徒步鞋') },
  { q: 'hiking shoes', intent: { category: 'hiking_shoes' }, all: inLeaf('徒步鞋') },
  { q: 'ＨＩＫＩＮＧ　ＳＨＯＥＳ', intent: { category: 'hiking_shoes' }, all: inLeaf('徒步鞋') },
  { q: 'Hiking Shoes', intent: { category: 'hiking_shoes' }, all: inLeaf('徒步鞋') },
  { q: 'shoes for hiking', intent: { category: 'shoes', scene: 'hiking' }, all: HIKING_SHOE_OK },
  {
    q: 'waterproof hiking shoes under 500',
    intent: { category: 'hiking_shoes', attributes: ['waterproof'], price: { max: 50000 } },
    all: both(inLeaf('徒步鞋'), attr('waterproof', true), priceAtMost(50000)),
  },
  {
    q: '防水徒步鞋',
    intent: { attributes: ['waterproof'] },
    all: both(inLeaf('徒步鞋'), attr('waterproof', true)),
  },
  {
    q: '防水的登山鞋500元以内',
    intent: { attributes: ['waterproof'], price: { max: 50000 } },
    all: both(attr('waterproof', true), priceAtMost(50000)),
  },
  {
    q: '防滑的鞋',
    intent: { category: 'shoes', attributes: ['anti_slip'] },
    all: both(SHOES, attr('anti_slip', true)),
  },
  {
    q: 'non-slip shoes',
    intent: { category: 'shoes', attributes: ['anti_slip'] },
    all: both(SHOES, attr('anti_slip', true)),
  },
  { q: 'anti slip walking shoes', intent: { attributes: ['anti_slip'] }, all: attr('anti_slip', true) },
  {
    q: '轻便的跑鞋',
    intent: { category: 'sneakers', attributes: ['lightweight'] },
    top: 'cloud-commuter-sneaker',
  },
  {
    q: '通勤鞋',
    intent: { category: 'shoes', scene: 'commuting' },
    all: SHOES,
    top3: 'cloud-commuter-sneaker',
  },
  {
    q: '上班穿的运动鞋',
    intent: { category: 'sneakers', scene: 'commuting' },
    top: 'cloud-commuter-sneaker',
  },
  { q: 'commuter sneakers', intent: { scene: 'commuting' }, top: 'cloud-commuter-sneaker' },
  { q: '靴子', intent: { category: 'boots' }, all: inLeaf('靴子') },
  { q: '登山靴', intent: { category: 'boots' }, all: inLeaf('靴子'), top: 'alpine-leather-hiking-boot' },
  { q: 'boots', intent: { category: 'boots' }, all: inLeaf('靴子') },
  { q: 'leather boots', intent: { category: 'boots' }, top: 'alpine-leather-hiking-boot' },
  { q: '切尔西靴', intent: { category: 'boots' }, top: 'chelsea-boot' },
  { q: '凉鞋', intent: { category: 'sandals' }, all: inLeaf('凉鞋') },
  { q: '溯溪鞋', intent: { category: 'sandals' }, top: 'river-trek-sandal' },
  { q: 'sandals', intent: { category: 'sandals' }, all: inLeaf('凉鞋') },
  {
    q: '500元以内的徒步鞋',
    intent: { price: { max: 50000 } },
    all: both(inLeaf('徒步鞋'), priceAtMost(50000)),
  },
  {
    q: '400元以下的鞋子',
    intent: { category: 'shoes', price: { max: 40000 } },
    all: both(SHOES, priceAtMost(40000)),
  },
  { q: '不超过300块的鞋', intent: { price: { max: 30000 } }, all: both(SHOES, priceAtMost(30000)) },
  { q: '≤¥300 的鞋', intent: { price: { max: 30000 } }, all: both(SHOES, priceAtMost(30000)) },
  { q: 'shoes below 200', intent: { price: { max: 20000 } }, all: both(SHOES, priceAtMost(20000)) },
  {
    q: '徒步鞋 300-450元',
    intent: { price: { min: 30000, max: 45000 } },
    all: (d) => (d.price ?? 0) >= 30000 && (d.price ?? 0) <= 45000,
  },
  {
    q: 'hiking shoes between 400 and 450 yuan',
    intent: { price: { min: 40000, max: 45000 } },
    top: 'summit-women-hiking-shoe',
  },
  { q: '最便宜的鞋子', intent: { sort: 'price_asc' }, all: SHOES, ordered: 'price_asc' },
  { q: 'cheapest hiking shoes', intent: { sort: 'price_asc' }, all: inLeaf('徒步鞋'), ordered: 'price_asc' },
  {
    q: '给老人买的鞋',
    intent: { persona: 'elderly', category: 'shoes' },
    top: 'elder-comfort-walking-shoe',
    all: SHOES,
  },
  { q: '中老年健步鞋', intent: { persona: 'elderly' }, top: 'elder-comfort-walking-shoe' },
  { q: '送给爸妈的鞋', intent: { persona: 'elderly', scene: 'gifting' }, top: 'elder-comfort-walking-shoe' },
  { q: 'shoes for seniors', intent: { persona: 'elderly' }, top: 'elder-comfort-walking-shoe' },
  { q: '女款徒步鞋', top: 'summit-women-hiking-shoe' },
  { q: "women's hiking shoes", top: 'summit-women-hiking-shoe' },
  {
    q: 'Pathfinder hiking shoes',
    intent: { brand: true },
    all: both(brandIs('山野|Pathfinder'), inLeaf('徒步鞋')),
  },
  { q: '山野 徒步鞋', intent: { brand: true }, all: brandIs('山野|Pathfinder') },
  {
    q: '锐步途的鞋',
    intent: { brand: true, category: 'shoes' },
    all: both(brandIs('锐步途|RapidTrek'), SHOES),
  },
  { q: '帆布鞋', top: 'classic-canvas-shoe' },
  { q: '乐福鞋', top: 'slip-on-casual-loafer' },
  { q: 'canvas shoes', top: 'classic-canvas-shoe' },
  { q: 'tubuxie', didYouMean: '徒步鞋', all: inLeaf('徒步鞋') },
  { q: 'hikng shoes', didYouMean: 'hiking shoes', all: inLeaf('徒步鞋') },
  {
    q: 'waterprof boots',
    didYouMean: 'waterproof boots',
    all: both(inLeaf('靴子'), attr('waterproof', true)),
  },
  // Down jackets and coats.
  {
    q: '送给妈妈的轻薄羽绒服',
    intent: { category: 'down_jackets', persona: 'mom', attributes: ['lightweight'] },
    all: both(DOWN, attr('weight_class', 'light')),
    top: 'featherlite-down-jacket-women',
  },
  {
    q: '轻薄羽绒服',
    intent: { attributes: ['lightweight'] },
    all: both(DOWN, attr('weight_class', 'light')),
  },
  { q: '轻一点的羽绒服', all: DOWN },
  {
    q: '加厚羽绒服',
    intent: { attributes: ['heavy'] },
    all: attr('weight_class', 'heavy'),
    top: 'polar-expedition-down-parka',
  },
  { q: '极寒保暖的羽绒服', all: attr('weight_class', 'heavy') },
  {
    q: 'lightweight down jacket',
    intent: { category: 'down_jackets', attributes: ['lightweight'] },
    all: both(DOWN, attr('weight_class', 'light')),
  },
  { q: 'heavy down parka', all: attr('weight_class', 'heavy') },
  { q: '羽绒马甲', top: 'featherlite-down-vest' },
  { q: '学生羽绒服', intent: { persona: 'student' }, top: 'youth-puffer-jacket', all: DOWN },
  { q: '面包服', top: 'youth-puffer-jacket' },
  { q: 'puffer jacket for students', intent: { persona: 'student' }, top: 'youth-puffer-jacket' },
  { q: '妈妈装棉服', intent: { persona: 'mom' }, top: 'cotton-padded-coat-mom' },
  { q: '羽绒服 600元以内', intent: { price: { max: 60000 } }, all: both(DOWN, priceAtMost(60000)) },
  { q: '1000元以上的羽绒服', intent: { price: { min: 100000 } }, top: 'polar-expedition-down-parka' },
  { q: '冲锋衣', top: 'storm-shell-jacket' },
  { q: 'waterproof jacket', intent: { attributes: ['waterproof'] }, top: 'storm-shell-jacket' },
  { q: '羊绒围巾', top: 'cashmere-scarf-gift' },
  // Gifts for mum.
  { q: '给妈妈的礼物', intent: { persona: 'mom', scene: 'gifting' }, top3: 'featherlite-down-jacket-women' },
  {
    q: '送妈妈什么好',
    intent: { persona: 'mom' },
    first: { n: 3, test: (d) => d.attributes?.persona === 'mom' },
  },
  { q: 'gift for mom', intent: { persona: 'mom', scene: 'gifting' }, top3: 'cashmere-scarf-gift' },
  { q: '送妈妈护手霜礼盒', top: 'hand-cream-gift-set' },
  { q: '母亲节礼物 围巾', intent: { persona: 'mom' }, top: 'cashmere-scarf-gift' },
  // Baby.
  {
    q: '婴儿奶粉0-6个月',
    intent: { category: 'formula', persona: 'baby' },
    all: both(inLeaf('奶粉'), overlapsAge(0, 0.5)),
    never: ['organic-follow-on-formula-stage2'],
  },
  {
    q: '6-12个月宝宝奶粉',
    intent: { category: 'formula' },
    all: overlapsAge(0.5, 1),
    top: 'organic-follow-on-formula-stage2',
  },
  {
    q: 'baby formula 0-6 months',
    intent: { category: 'formula' },
    top: 'organic-infant-formula-stage1',
    never: ['organic-follow-on-formula-stage2'],
  },
  { q: '有机奶粉', intent: { attributes: ['organic'] }, all: both(inLeaf('奶粉'), attr('organic', true)) },
  {
    q: 'organic baby formula',
    intent: { attributes: ['organic'] },
    all: both(inLeaf('奶粉'), attr('organic', true)),
  },
  { q: '新生儿纸尿裤', top: 'ultra-soft-diapers-newborn' },
  { q: '尿不湿', intent: { category: 'diapers' }, top: 'ultra-soft-diapers-newborn' },
  { q: 'nappies for newborn', top: 'ultra-soft-diapers-newborn' },
  { q: '宝宝连体衣', top: 'organic-cotton-baby-bodysuit' },
  { q: '有机棉婴儿衣服', top: 'organic-cotton-baby-bodysuit' },
  { q: '婴儿牙胶', top: 'baby-silicone-teether' },
  { q: 'baby teether', top: 'baby-silicone-teether' },
  { q: '0-1岁宝宝用品', intent: { persona: 'baby' }, all: attr('persona', 'baby') },
  { q: '宝宝用的', intent: { persona: 'baby' }, all: attr('persona', 'baby') },
  // Food.
  { q: '办公室午餐', intent: { scene: 'office_lunch' }, all: attr('scene', 'office_lunch') },
  { q: '工作餐', intent: { scene: 'office_lunch' }, top: 'self-heating-rice-lunch' },
  { q: 'office lunch', intent: { scene: 'office_lunch' }, all: attr('scene', 'office_lunch') },
  { q: '自热米饭', top: 'self-heating-rice-lunch' },
  { q: '零食', intent: { category: 'snacks' }, all: inLeaf('零食') },
  {
    q: '最便宜的零食',
    intent: { category: 'snacks', sort: 'price_asc' },
    ordered: 'price_asc',
    all: inLeaf('零食'),
  },
  { q: '健康坚果', top: 'daily-nuts-mix' },
  { q: '下午茶零食', top: 'office-snack-box' },
  { q: '荔枝', all: inLeaf('水果') },
  {
    q: '荔枝礼盒',
    intent: { attributes: ['gift_box'] },
    top: 'nuomici-lychee-gift-box',
    all: attr('gift_box', true),
  },
  { q: '送礼的荔枝', intent: { scene: 'gifting' }, top: 'nuomici-lychee-gift-box' },
  { q: 'lychee gift box', top: 'nuomici-lychee-gift-box' },
  { q: '妃子笑', top: 'feizixiao-lychee' },
  { q: '100元以内的荔枝', relaxed: 'price', all: inLeaf('水果') },
  { q: '50元以内的零食', relaxed: 'price', all: inLeaf('零食') },
  // Beauty.
  { q: '防晒霜', top: 'spf50-sunscreen-lotion' },
  { q: '旅行防晒', intent: { scene: 'travel' }, top: 'spf50-sunscreen-lotion' },
  { q: 'sunscreen spf50', top: 'spf50-sunscreen-lotion' },
  { q: '护手霜', top: 'hand-cream-gift-set' },
  // Back to school.
  {
    q: '开学季书包',
    intent: { scene: 'back_to_school', category: 'backpacks' },
    top: 'kids-school-backpack',
  },
  { q: '小学生书包', intent: { persona: 'student' }, top: 'kids-school-backpack' },
  {
    q: 'back to school',
    intent: { scene: 'back_to_school' },
    first: { n: 2, test: attr('scene', 'back_to_school') },
  },
  { q: '中性笔', top: 'gel-pen-set' },
  { q: '学生文具', intent: { persona: 'student', category: 'stationery' }, top: 'gel-pen-set' },
  { q: 'school backpack', top: 'kids-school-backpack' },
  // Sorts.
  { q: '热销鞋子', intent: { sort: 'sales' }, all: SHOES },
  { q: '新款羽绒服', intent: { sort: 'newest' }, all: DOWN, ordered: 'newest' },
  { q: 'best-selling down jacket', intent: { sort: 'sales' }, all: DOWN },
  { q: '评分最高的奶粉', intent: { sort: 'rating' }, all: inLeaf('奶粉') },
  // Brands.
  { q: '贝初', intent: { brand: true }, all: brandIs('贝初|BabyFirst') },
  { q: 'BabyFirst formula', intent: { brand: true }, all: both(brandIs('贝初|BabyFirst'), inLeaf('奶粉')) },
  { q: '羽翼羽绒服', intent: { brand: true }, all: both(brandIs('羽翼|Plume'), DOWN) },
  { q: 'clearsky', intent: { brand: true }, all: brandIs('晴空|ClearSky') },
  { q: '学伴', intent: { brand: true }, all: brandIs('学伴|StudyPal') },
  // Pinyin and typos.
  { q: 'yurongfu', didYouMean: '羽绒服', all: DOWN },
  { q: 'lizhi', didYouMean: '荔枝', all: inLeaf('水果') },
  { q: 'naifen', didYouMean: '奶粉', all: inLeaf('奶粉') },
  { q: 'sunscren', didYouMean: 'sunscreen', top: 'spf50-sunscreen-lotion' },
  { q: 'backpak', didYouMean: 'backpack', top: 'kids-school-backpack' },
  // Attributes alone.
  { q: '防水', intent: { attributes: ['waterproof'] }, all: attr('waterproof', true) },
  { q: '礼盒装', intent: { attributes: ['gift_box'] }, all: attr('gift_box', true) },
  { q: '有机', intent: { attributes: ['organic'] }, all: attr('organic', true) },
];
