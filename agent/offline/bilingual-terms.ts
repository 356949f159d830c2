/**
 * @module A small bilingual vocabulary of the words questions about reports turn on (relations and
 * metrics, not names: names live in the alias table), so a Chinese question can be matched against
 * an English-only paragraph and the other way round. Data, not rules: extend it for a new collection.
 */
import { SHARE_NOUNS } from '../../core/index.js';

const PAIRS: [string, string][] = [
  ['投资', 'invest investment'], ['投入', 'invest investment spend'], ['投了', 'invested investment'], ['砸了', 'invested poured'], ['砸钱', 'invested poured money'], ['掏了', 'paid invested'], ['计划', 'plan plans'], ['资本开支', 'capital expenditure capex'],
  ['资本支出', 'capital expenditure capex'], ['营收', 'revenue'], ['收入', 'revenue income'], ['利润', 'profit'], ['亏损', 'loss losses'], ['亏了', 'loss losses lost'], ['亏掉', 'loss losses lost'], ['赔了', 'loss losses lost'],
  ['融资', 'funding raised financing'], ['估值', 'valuation valued'], ['市值', 'market capitalization value'], ['股份', 'stake shares'],
  ['持股', 'stake holds'], ['股价', 'share price'], ['员工', 'employees headcount staff'], ['人数', 'number'], ['芯片', 'chip chips'],
  ['服务器', 'server servers'], ['显卡', 'GPU GPUs'], ['算力', 'computing power compute'], ['数据中心', 'data center data centers'],
  ['云', 'cloud'], ['大模型', 'large model models'], ['模型', 'model models'], ['调用量', 'API calls calls'], ['日均', 'daily'],
  ['用户', 'users customers'], ['客户', 'customers clients'], ['开发者', 'developers'], ['创始人', 'founder founded'], ['创立', 'founded'],
  ['首席执行官', 'CEO chief executive'], ['董事长', 'chairman'], ['总裁', 'president'], ['负责人', 'head heads leads'], ['任命', 'appointed'],
  ['开源', 'open source open-source'], ['发布', 'released launched announced'], ['推出', 'launched rolled out'], ['收购', 'acquired acquisition'],
  ['订单', 'orders order'], ['采购', 'purchase purchases procurement'], ['招标', 'tender bid'], ['增长', 'growth increase grew rose'], ['翻了', 'multiplied doubled surged'], ['翻倍', 'doubled multiplied'], ['猛增', 'surged soared'], ['暴增', 'surged soared'],
  ['同比', 'year-on-year'], ['下降', 'fell decline drop'], ['季度', 'quarter'], ['第四季度', 'fourth quarter Q4'], ['第一季度', 'first quarter Q1'],
  ['年', 'year'], ['未来三年', 'three years'], ['三年', 'three years'], ['平均', 'average'], ['每年', 'per year annual'], ['合计', 'total combined'],
  ['总共', 'total'], ['占比', 'share proportion accounted'], ['市场份额', 'market share'], ['份额', 'share'], ['战略', 'strategy strategic'],
  ['策略', 'strategy approach'], ['风险', 'risk risks'], ['原因', 'reason because'], ['为什么', 'why'], ['挑战', 'challenge challenges'],
  ['竞争', 'competition compete competitors'], ['出口', 'export'], ['管制', 'controls restrictions'], ['禁令', 'ban restrictions'],
  ['美元', 'dollars USD'], ['人民币', 'yuan RMB'], ['亿元', 'billion yuan'], ['成本', 'cost costs'], ['降价', 'price cut'], ['价格', 'price'],
  ['交易', 'deals deal'], ['比例', 'share percentage proportion'], ['初创公司', 'startups startup'], ['创业公司', 'startups startup'],
  ['手机厂商', 'smartphone makers'], ['前十', 'top 10'], ['服务', 'serves serve services'], ['研发', 'R&D research development'],
  ['累计', 'cumulatively cumulative'], ['基础设施', 'infrastructure'], ['过去', 'past'], ['硬件', 'hardware'], ['额度', 'credits'],
  ['现金', 'cash'], ['提供', 'offering providing provided'], ['价值', 'valuable value'], ['盈利', 'profitable profitability'],
  ['上市', 'IPO listing'], ['市场规模', 'market size'], ['全球', 'global world'], ['企业家', 'entrepreneurs'], ['座谈会', 'symposium'],
  ['会议', 'meeting conference symposium'], ['宣布', 'announced announce'], ['国际', 'international'], ['下载', 'downloads'],
  ['展台', 'booth'], ['上海', 'Shanghai'], ['大会', 'conference event'], ['世界人工智能大会', 'World Artificial Intelligence Conference WAIC'],
  ['应用', 'applications application apps app'], ['平台', 'platform'], ['集群', 'cluster clusters'], ['成本', 'cost costs'], ['降低', 'reduce reducing cut'],
  ['大型', 'big large'], ['科技', 'tech technology'], ['巨头', 'giants giant'], ['科技巨头', 'tech giants'], ['互联网', 'internet'],
  ['厂商', 'providers vendors makers'], ['云厂商', 'cloud providers'], ['争夺', 'compete battle competition'], ['中国', 'China Chinese'],
  ['转向', 'shifted shift turned'], ['注重', 'focus'], ['聚焦', 'focus'], ['专注', 'focus'], ['近年来', 'recent years'], ['基础层', 'basic layer'], ['重点', 'focus key'],
  ['监管', 'regulatory regulation'], ['芯片公司', 'chip companies'], ['开发平台', 'development platforms'], ['推出', 'launched rolled out'],
  ['对外', 'externally external'], ['领域', 'field sector area'], ['公司', 'companies company firms'], ['车企', 'automobile carmakers automakers'],
  ['获得', 'received receive secured obtained'], ['得到', 'received receive'], ['同时', 'both also'], ['股东', 'shareholders shareholder'],
  ['入股', 'stake invested'], ['支持', 'support backing backed'], ['合作', 'partnership cooperation partnered'], ['使用', 'use uses using utilizing'],
  ['银行', 'bank banks'], ['支付', 'paid pay payment'], ['花费', 'spent spend'], ['金额', 'amount worth'],
  // Everyday verbs for paying and buying ("花了多少钱", "投月之暗面", "把考拉买下来").
  ['花了', 'spent spend paid invested'], ['投', 'invest invested investment'], ['买下', 'bought acquired acquisition'], ['买', 'buy bought acquired purchase'],
  ['电商', 'e-commerce'], ['管理', 'management'], ['客户管理', 'customer management'], ['累计亏损', 'cumulative loss losses'], ['外卖', 'food delivery'], ['机器人', 'robot robotics'], ['自动驾驶', 'autonomous driving'], ['智能体', 'agent agents'],
  ['股权', 'equity stake shares'], ['抢购', 'rush hurried acquire'], ['目的', 'purpose aim goal'], ['锁定', 'lock exclusive'],
  ['应对', 'cope deal respond'], ['供应', 'supply'], ['紧张', 'shortage constraints'], ['退出', 'exit withdraw'], ['限制', 'restrictions restrict limits'], ['影响', 'impact affect effect'], ['机器人公司', 'robotics companies'],
  ['事业群', 'business group'], ['轮值', 'rotating'], ['出任', 'appointed became'], ['当上', 'became appointed'], ['就任', 'appointed became'], ['上任', 'appointed became'], ['成立', 'established founded set up'],
  ['实验室', 'lab'], ['汇报', 'report reporting'], ['技术负责人', 'technical leaders'], ['兼容', 'compatible'], ['投放广告', 'advertising'], ['广告', 'advertising ads'],
  // Measures and events the reports state in English that Chinese questions name in their own words.
  ['更新', 'updates update upgraded'], ['成交额', 'trading volume'], ['股票', 'stock shares'], ['转化率', 'conversion'], ['回复率', 'reply rates'],
  ['增长最快', 'fastest-growing'], ['最快', 'fastest'], ['排名', 'rank ranking'], ['榜', 'chart'], ['下载量', 'downloads'], ['免费', 'free'],
  ['小时', 'hours'], ['故障率', 'failure rates'], ['日活', 'daily active users'], ['社区', 'community'], ['扩展效率', 'scaling efficiency'],
  ['加速比', 'acceleration ratio'], ['交付', 'delivered delivery'], ['部署', 'deployment deploy'], ['推理', 'inference'], ['训练', 'training'],
  ['发起', 'initiated'], ['递交', 'submitted'], ['申请', 'application'], ['板块', 'segment'], ['能耗', 'energy consumption'], ['倍', 'fold times'],
  ['人才', 'talents talent'], ['决策权', 'decision-making power'], ['被投企业', 'invested companies'], ['出售', 'sell sold'],
  ['核心业务', 'core businesses'], ['好处', 'benefit benefits'], ['团队', 'team'], ['缩减', 'shrunk'], ['减少', 'reduction decrease'],
  ['独角兽', 'unicorns unicorn'], ['分析师', 'analyst'], ['座舱', 'cockpit cabin'], ['职务', 'position role'], ['担任', 'serving as appointed'],
  // Relations a follow-up turns on once its subject is resolved ("他们分别负责什么?", "那国际业务呢?").
  ['业务', 'business segment'],
  // Words open questions (why / how / what changed) turn on, so an English sentence can be checked against all of a Chinese one.
  ['热潮', 'boom frenzy wave'], ['时代', 'era'], ['风格', 'style'], ['面临', 'faces face facing'],
  ['发展', 'development developing'], ['美国', 'US U.S. United States'],
  ['决定', 'decided decision'], ['投资款', 'investment'], ['每月', 'per month monthly'],
  ['迭代', 'iterate iteration iterations'], ['暂停', 'suspended suspend halted paused'], ['租赁', 'rentals rental leasing'], ['成功', 'success successful'], ['寻找', 'find seek'], ['谨慎', 'cautious caution'], ['很难', 'difficult hard'],
  ['仅靠', 'alone only'], ['持有', 'holds held stake'], ['帮助', 'help helped helping'], ['吸引', 'attract attracted'],
  ['不确定', 'uncertain uncertainty'], ['收益', 'returns return'], ['整合', 'integrate integration integrating'], ['微信', 'WeChat'],
  // Relations follow-ups ask about once "它"/"该公司" is resolved ("它是什么时候推出的?", "它靠的是什么网络架构?").
  ['推出', 'launched rolled out introduced unveiled'], ['网络架构', 'network architecture'], ['架构', 'architecture'], ['质疑', 'questioned question doubts'],
  ['独立性', 'independence'], ['业务独立性', 'business independence'], ['闭源', 'closed-source'], ['节省', 'save saving'],
  ['暂停', 'paused pause suspended'], ['技术路线', 'technological routes'], ['路线', 'routes route'], ['负担', 'burden costs cost'],
  ['沉重', 'heavy'], ['门槛', 'barriers thresholds'], ['新零售', 'new retail'], ['效果', 'impact results'], ['野心', 'ambition'],
  ['生态', 'ecosystem'], ['最终', 'ultimate'], ['不断变化', 'evolving'],
  ['方向', 'direction directions'], ['优先', 'prioritize priority'], ['接入', 'integrate integration'],
  // Kinds of a counted item a list sets apart ("53,000 Nvidia and 90,000 domestic AI chips").
  ['国产', 'domestic'], ['进口', 'imported'], ['插件', 'plugins plugin'], ['手机', 'phone phones smartphone smartphones'],
  // Everyday words of open questions about markets, regulation and competition (the fifth session's independent dev set
  // showed Chinese questions in them hedged for want of a translation): places, regulators' acts, market and company words.
  ['杭州', 'Hangzhou'], ['北京', 'Beijing'], ['反垄断', 'antitrust'], ['收紧', 'tighten'], ['赚钱', 'profitable'], ['资本', 'capital'],
  ['不同技术路线', 'different technological routes'], ['初创企业', 'startups'], ['市场', 'market'], ['企业', 'enterprises'], ['国内', 'domestic'], ['集成', 'integration integrate'],
  ['大规模', 'large-scale'], ['大厂', 'giants'], ['解决', 'address'], ['问题', 'problems'], ['削减', 'cut'], ['格局', 'landscape'],
  ['改革', 'reform'], ['接手', 'took over'], ['工具链', 'toolchain toolchains'], ['购买', 'purchase bought'], ['公有云', 'public cloud'],
  ['自建', 'own build'], ['半导体', 'semiconductor'],
  ['集团', 'group'], ['预计', 'expected'], ['产品', 'products'], ['最近', 'recently'], ['订购', 'ordered'],
  ['测试', 'testing'], ['内部', 'internal'], ['一起', 'jointly'], ['枢纽', 'hub'], ['合并', 'integrated'], ['第三方', 'third-party'], ['领先', 'leads'],
  ['塞进', 'integrated integration'], ['最大', 'largest biggest'], ['中心', 'center centre'], ['建设', 'build construction'],
];

const TO_ENGLISH = new Map(PAIRS);
const HAN = /\p{Script=Han}/u;
const TO_CHINESE = new Map<string, string[]>();
for (const [zh, en] of PAIRS) for (const word of en.toLowerCase().split(' ')) TO_CHINESE.set(word, [...(TO_CHINESE.get(word) ?? []), zh]);

/** Month names, January first: "8月" in a Chinese question is "August" in an English report. */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const CHINESE_MONTH = /(?<![\d.])(1[0-2]|0?[1-9])\s*月/gu;

/**
 * The English month names a Chinese text gives ("August" for "8月"). Only that way round: an English question's
 * "February" as "2月" would be one more word its English passages must cover, and they never write it so.
 */
function monthsInEnglish(text: string): string[] {
  return HAN.test(text) ? [...text.matchAll(CHINESE_MONTH)].map((match) => MONTHS[Number(match[1]) - 1]!) : [];
}

/** The question with the other language's words for its relation and metric terms (and its months) appended. */
export function withTranslations(question: string): string {
  const extra: string[] = monthsInEnglish(question);
  // Most texts read are English sentences: the Chinese table is scanned only for text with Han characters.
  if (HAN.test(question)) for (const [zh, en] of TO_ENGLISH) if (question.includes(zh)) extra.push(en);
  for (const word of question.toLowerCase().match(/[a-z][a-z-]+/g) ?? []) extra.push(...(TO_CHINESE.get(word) ?? []));
  return extra.length ? `${question}\n${[...new Set(extra)].join(' ')}` : question;
}

/**
 * English words that translate one Chinese word as alternatives ("收入" is "revenue" or "income"), not as
 * a phrase whose words are all needed ("市值" is "market capitalization"). As synonym groups they count
 * once in coverage, so a Chinese question is not scored below its English paraphrase for the
 * translations a sentence does not use. Data: list only true alternatives.
 */
export const TRANSLATION_ALTERNATIVES: string[][] = [
  ['revenue', 'income'], ['stake', 'shares', 'holds'], ['funding', 'raised', 'financing'], ['valuation', 'valued'], ['loss', 'losses'],
  ['employees', 'headcount', 'staff'], ['founder', 'founded'], ['released', 'launched', 'announced'], ['orders', 'order'],
  ['purchase', 'purchases', 'procurement'], ['tender', 'bid'], [...SHARE_NOUNS, 'accounted'],
  ['cumulatively', 'cumulative'], ['offering', 'providing', 'provided'], ['valuable', 'value'], ['profitable', 'profitability'],
  ['ipo', 'listing'], ['global', 'world'], ['meeting', 'conference', 'symposium'], ['reduce', 'reducing', 'cut'], ['cost', 'costs'],
  ['strategy', 'strategic', 'approach'], ['reason', 'because'], ['competition', 'compete', 'competitors'], ['controls', 'restrictions', 'ban'],
  ['serves', 'serve', 'services'], ['integrated', 'integration', 'integrate', 'integrating'], ['customers', 'clients', 'users'], ['largest', 'biggest'], ['center', 'centre'], ['build', 'construction'],
];

/** Every Chinese term the vocabulary translates, longest first (so "科技巨头" is taken before "科技"). */
export function chineseVocabulary(): string[] {
  return [...TO_ENGLISH.keys()].sort((a, b) => b.length - a.length);
}

/** The Chinese term the vocabulary gives for one English word ("domestic" → "国产"), if any. */
export function chineseFor(word: string): string | undefined {
  return TO_CHINESE.get(word.toLowerCase())?.[0];
}

/** The English words the vocabulary gives for exactly this Chinese term ("手机厂商" → "smartphone makers"), if any. */
export function translationOf(term: string): string | undefined {
  return TO_ENGLISH.get(term);
}
