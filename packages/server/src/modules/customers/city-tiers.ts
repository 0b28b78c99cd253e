// Chinese cities by commercial tier (一线, 新一线, 二线 ... 五线), after the Rising Lab (新一线城市研究所)
// 2023 ranking. Tiers 1 to 3 are complete; tiers 4 and 5 list the larger prefecture-level cities, and a
// shopper from an unlisted city picks "other city in China", counted as 'other' with "overseas".
// Each entry is "汉字名:key"; the key is the pinyin, with a province suffix where two cities share one.

export const CITY_TIERS = ['1', 'new_1', '2', '3', '4', '5', 'other'] as const;
export type CityTier = (typeof CITY_TIERS)[number];

const BY_TIER: Record<Exclude<CityTier, 'other'>, string> = {
  '1': '北京:beijing,上海:shanghai,广州:guangzhou,深圳:shenzhen',
  new_1:
    '成都:chengdu,重庆:chongqing,杭州:hangzhou,武汉:wuhan,苏州:suzhou,西安:xian,南京:nanjing,长沙:changsha,' +
    '天津:tianjin,郑州:zhengzhou,东莞:dongguan,青岛:qingdao,昆明:kunming,宁波:ningbo,合肥:hefei',
  '2':
    '佛山:foshan,沈阳:shenyang,无锡:wuxi,济南:jinan,厦门:xiamen,福州:fuzhou,温州:wenzhou,哈尔滨:harbin,' +
    '石家庄:shijiazhuang,大连:dalian,南宁:nanning,泉州:quanzhou,金华:jinhua,贵阳:guiyang,常州:changzhou,' +
    '长春:changchun,南昌:nanchang,南通:nantong,嘉兴:jiaxing,徐州:xuzhou,惠州:huizhou,太原:taiyuan,' +
    '台州:taizhou-zj,绍兴:shaoxing,保定:baoding,中山:zhongshan,潍坊:weifang,临沂:linyi,珠海:zhuhai,烟台:yantai',
  '3':
    '兰州:lanzhou,海口:haikou,乌鲁木齐:urumqi,扬州:yangzhou,洛阳:luoyang,呼和浩特:hohhot,廊坊:langfang,' +
    '盐城:yancheng,汕头:shantou,湖州:huzhou,江门:jiangmen,唐山:tangshan,济宁:jining,泰州:taizhou-js,' +
    '镇江:zhenjiang,赣州:ganzhou,芜湖:wuhu,邯郸:handan,漳州:zhangzhou,揭阳:jieyang,淮安:huaian,湛江:zhanjiang,' +
    '肇庆:zhaoqing,上饶:shangrao,桂林:guilin,菏泽:heze,银川:yinchuan,衡阳:hengyang,沧州:cangzhou,阜阳:fuyang,' +
    '绵阳:mianyang,宜昌:yichang,襄阳:xiangyang,连云港:lianyungang,南阳:nanyang,九江:jiujiang,商丘:shangqiu,' +
    '新乡:xinxiang,遵义:zunyi,淄博:zibo,株洲:zhuzhou,岳阳:yueyang,常德:changde,宿迁:suqian,蚌埠:bengbu,' +
    '信阳:xinyang,周口:zhoukou,驻马店:zhumadian,德州:dezhou,聊城:liaocheng,泰安:taian,威海:weihai,宜春:yichun-jx,' +
    '吉安:jian,莆田:putian,宁德:ningde,龙岩:longyan,三亚:sanya,柳州:liuzhou,西宁:xining,邢台:xingtai,' +
    '秦皇岛:qinhuangdao,滁州:chuzhou,安庆:anqing,六安:luan,宿州:suzhou-ah,曲靖:qujing,鄂尔多斯:ordos,' +
    '包头:baotou,开封:kaifeng,许昌:xuchang,安阳:anyang',
  '4':
    '平顶山:pingdingshan,焦作:jiaozuo,茂名:maoming,清远:qingyuan,舟山:zhoushan,丽水:lishui,衢州:quzhou,' +
    '吉林:jilin,枣庄:zaozhuang,日照:rizhao,黄石:huangshi,荆州:jingzhou,十堰:shiyan,孝感:xiaogan,' +
    '景德镇:jingdezhen,萍乡:pingxiang,新余:xinyu,鹰潭:yingtan,抚州:fuzhou-jx,三明:sanming,南平:nanping,' +
    '韶关:shaoguan,梅州:meizhou,河源:heyuan,汕尾:shanwei,阳江:yangjiang,潮州:chaozhou,云浮:yunfu,北海:beihai,' +
    '钦州:qinzhou,玉林:yulin-gx,梧州:wuzhou,德阳:deyang,南充:nanchong,宜宾:yibin,泸州:luzhou,乐山:leshan,' +
    '达州:dazhou,自贡:zigong,内江:neijiang,遂宁:suining,眉山:meishan,天水:tianshui,宝鸡:baoji,咸阳:xianyang,' +
    '渭南:weinan,汉中:hanzhong,榆林:yulin-sx,延安:yanan,大同:datong,长治:changzhi,晋中:jinzhong,运城:yuncheng,' +
    '临汾:linfen,赤峰:chifeng,通辽:tongliao,鞍山:anshan,锦州:jinzhou,营口:yingkou,丹东:dandong,抚顺:fushun,' +
    '大庆:daqing,齐齐哈尔:qiqihar,牡丹江:mudanjiang,张家口:zhangjiakou,承德:chengde,衡水:hengshui,铜陵:tongling,' +
    '马鞍山:maanshan,淮南:huainan,淮北:huaibei,黄山:huangshan,湘潭:xiangtan,郴州:chenzhou,邵阳:shaoyang,' +
    '益阳:yiyang,永州:yongzhou,怀化:huaihua,娄底:loudi,拉萨:lhasa',
  '5':
    '白山:baishan,白城:baicheng,松原:songyuan,四平:siping,辽源:liaoyuan,通化:tonghua,鹤岗:hegang,' +
    '双鸭山:shuangyashan,七台河:qitaihe,伊春:yichun-hl,黑河:heihe,绥化:suihua,鸡西:jixi,本溪:benxi,阜新:fuxin,' +
    '辽阳:liaoyang,铁岭:tieling,朝阳:chaoyang,葫芦岛:huludao,乌海:wuhai,巴彦淖尔:bayannur,乌兰察布:ulanqab,' +
    '呼伦贝尔:hulunbuir,石嘴山:shizuishan,吴忠:wuzhong,固原:guyuan,中卫:zhongwei,嘉峪关:jiayuguan,金昌:jinchang,' +
    '白银:baiyin,武威:wuwei,张掖:zhangye,平凉:pingliang,酒泉:jiuquan,庆阳:qingyang,定西:dingxi,陇南:longnan,' +
    '克拉玛依:karamay,吐鲁番:turpan,哈密:hami,日喀则:shigatse,林芝:nyingchi,海东:haidong,铜川:tongchuan,' +
    '商洛:shangluo,安康:ankang,朔州:shuozhou,忻州:xinzhou,吕梁:lvliang,阳泉:yangquan,晋城:jincheng,' +
    '防城港:fangchenggang,崇左:chongzuo,来宾:laibin,贺州:hezhou,河池:hechi,百色:baise,贵港:guigang,儋州:danzhou,' +
    '六盘水:liupanshui,安顺:anshun,铜仁:tongren,毕节:bijie,丽江:lijiang,保山:baoshan,昭通:zhaotong,普洱:puer,' +
    '临沧:lincang,玉溪:yuxi,雅安:yaan,巴中:bazhong,广元:guangyuan,广安:guangan,资阳:ziyang,攀枝花:panzhihua',
};

/** The two choices outside the table; both count as tier 'other'. */
export const CITY_OUTSIDE_TABLE = ['other-cn', 'overseas'] as const;

export interface CityEntry {
  key: string;
  name: string;
  tier: CityTier;
}

export const CITIES: readonly CityEntry[] = Object.entries(BY_TIER).flatMap(([tier, list]) =>
  list.split(',').map((entry) => {
    const [name, key] = entry.split(':') as [string, string];
    return { key, name, tier: tier as CityTier };
  }),
);

const TIER_OF = new Map<string, CityTier>(CITIES.map((c) => [c.key, c.tier]));

export function isKnownCity(key: string): boolean {
  return TIER_OF.has(key) || (CITY_OUTSIDE_TABLE as readonly string[]).includes(key);
}

/** The tier of a city key; 'other' for other Chinese cities, overseas and anything unknown. */
export function cityTierOf(key: string): CityTier {
  return TIER_OF.get(key) ?? 'other';
}
