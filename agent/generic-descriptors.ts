/**
 * @module Words that describe a kind of company rather than name one ("大型科技公司", "云厂商",
 * "Big Tech's", "Chinese Internet Giants'"), in English and Chinese. A candidate name made only of
 * these is a generic subject, never a company missing from the collection. Data: extend it as needed.
 */

/** Chinese descriptor morphemes, matched greedily (longest first) over a candidate name. */
const ZH_DESCRIPTORS = [
  '大型', '小型', '中型', '大', '小', '新', '老', '头部', '龙头', '主要', '主流', '领先', '知名', '新兴', '传统', '顶级', '一线', '其他', '其它',
  '中国', '国内', '国外', '外国', '海外', '全球', '美国', '欧美', '中美', '本土', '民营', '国有', '国营', '上市', '私营', '跨国',
  '科技', '互联网', '网络', '云', '云计算', '云服务', '芯片', '半导体', '人工智能', 'AI', '大模型', '模型', '软件', '硬件', '技术', '数据',
  '算力', '电商', '汽车', '车', '手机', '通信', '电信', '金融', '游戏', '社交', '媒体', '能源', '医疗', '教育', '机器人', '电子', '应用',
  '初创', '创业', '独角兽', '投资', '控股', '母', '子', '平台', '服务', '厂商', '巨头', '企业', '公司', '机构', '集团',
  '这家', '那家', '哪家', '哪些', '该', '各', '每家', '一家', '两家', '几家', '这些', '那些', '此类', '同类', '相关',
];

/** English descriptor words, compared lower-cased. */
const EN_DESCRIPTORS = new Set([
  'big', 'large', 'small', 'major', 'leading', 'top', 'new', 'old', 'other', 'many', 'some', 'most', 'all', 'both', 'such',
  'chinese', 'china', 'us', 'u.s.', 'american', 'global', 'domestic', 'foreign', 'western', 'state-owned', 'private', 'public', 'listed',
  'tech', 'technology', 'internet', 'cloud', 'ai', 'chip', 'chips', 'semiconductor', 'software', 'hardware', 'model', 'llm', 'e-commerce',
  'startup', 'startups', 'unicorn', 'unicorns', 'giant', 'giants', 'company', 'companies', 'firm', 'firms', 'provider', 'providers',
  'vendor', 'vendors', 'player', 'players', 'industry', 'sector', 'market', 'investor', 'investors', 'platform', 'platforms', 'the',
]);

const ZH_BY_LENGTH = [...ZH_DESCRIPTORS].sort((a, b) => b.length - a.length);

/** Whether a Chinese candidate name is wholly descriptor morphemes ("大型科技", "中国云"). */
function isChineseDescription(name: string): boolean {
  let rest = name;
  while (rest) {
    const next = ZH_BY_LENGTH.find((word) => rest.startsWith(word));
    if (!next) return false;
    rest = rest.slice(next.length);
  }
  return true;
}

/**
 * Whether a candidate name only describes a kind of company: "大型科技", "云", "Big Tech", "Chinese
 * Internet Giants". "苹果", "特斯拉", "Apple", "Tesla" are names.
 */
export function isGenericDescription(name: string): boolean {
  const trimmed = name.trim();
  if (!trimmed) return true;
  if (/\p{Script=Han}/u.test(trimmed)) return isChineseDescription(trimmed.replace(/\s+/g, ''));
  return trimmed.split(/\s+/).every((word) => EN_DESCRIPTORS.has(word.toLowerCase()));
}
