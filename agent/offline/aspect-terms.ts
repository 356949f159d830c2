/**
 * @module What an open question is about besides its subject — a reason, a risk, a strategy, a
 * difference, an impact, a change, a benefit, a method — with the words a question asks it in and the
 * words a report sentence answers it with, in English and Chinese; and groups of words that mean the
 * same thing to a question ("heads" / "CEO", "bought" / "acquired"), so a paraphrase scores alike.
 * Data, not rules: extend it for a new collection.
 */

import { escapeRegExp as escape } from '../../core/index.js';
import { embeddedQuestionAspects, openCuePattern, withoutLeadIn } from './open-question-cues.js';

export type AspectId = 'reason' | 'risk' | 'strategy' | 'difference' | 'impact' | 'change' | 'benefit' | 'origin' | 'method' | 'view' | 'pace' | 'summary';

export interface Aspect {
  id: AspectId;
  /** The question asks about this aspect. */
  asked: RegExp;
  /** A sentence speaks to it (built from `ANSWERED_TERMS`). */
  answered: RegExp;
  /** How an answer names what it lists: singular and plural in English, and the Chinese word. */
  noun: [string, string, string];
  /** Words a search for it adds (after "Why?", "那风险呢?", and as a second search for an open question's evidence). */
  search: string;
}

/**
 * The words a report sentence speaks to an aspect with, as data: a phrase matches as whole words, a
 * trailing `*` lets an English word run on ("restrict*" is "restricted", "restrictions"), and Chinese
 * terms match anywhere. Extend these lists for a new collection rather than writing a regex elsewhere.
 */
export const ANSWERED_TERMS: Record<AspectId, string[]> = {
  reason: [
    'because', 'due to', 'owing to', 'thanks to', 'as a result of', 'in order to', 'so that', 'so as to', 'aim*', 'the goal', 'goal is', 'purpose', 'intended to',
    'to deal with', 'to ensure', 'to gain', 'to enhance', 'to secure', 'to capture', 'to seize', 'to avoid', 'to strengthen', 'to consolidate', 'to bind', 'to boost',
    'to drive', 'to support', 'to meet', 'to keep pace with', 'to cope with', 'to maintain', 'to remain', 'to mitigate', 'to reduce', 'to lower', 'to attract', 'to capitalize',
    'stem from', 'stems from', 'stems largely from', 'ahead of', 'driven by', 'fueled by', 'fuelled by', 'reason', 'reasons',
    'as a replacement', 'to replace', 'in response to', 'amid', 'strategic move', 'compelled', 'more valuable', 'especially since',
    'so it can', 'enabling', 'helping them', 'logic', 'motivat*', 'rationale', 'not only', 'in the hope', 'seeking', 'wants to', 'eager to', 'left behind',
    'reflect*', 'to provide', 'to optimize', 'to optimise', 'to focus', 'to find', 'to obtain', 'to access', 'to win', 'to make up', 'to shar*', 'this is why', 'that is why',
    '因为', '由于', '为了', '旨在', '原因', '目的', '以便', '出于', '为此', '希望',
  ],
  risk: [
    'risk*', 'uncertain*', 'impair*', 'negative*', 'threat*', 'challenge*', 'pressure*', 'constrain*', 'strain', 'loss', 'losses', 'loss-making', 'in the red', 'questioned',
    'drag', 'disrupt*', 'unclear', 'fail*', 'difficult*', 'obstacle*', 'sanction*', 'chokepoint', 'stifle', 'restrict*', 'shortage*', 'unlikely', 'not yet', 'bubble',
    'overcapacity', 'overinvest*', 'concern*', 'worr*', 'scrutiny', 'export control*', 'slowing', 'small proportion', 'relatively small', 'lag', 'lags', 'cancel*', 'suspend*',
    'limitation*', 'not yielded', 'saturated', 'falling behind', 'unstable', 'competition', 'competitive pressure', 'rival*',
    'bottleneck*', 'barrier*', 'hurdle*', 'hinder*', 'imped*', 'held back', 'limited by',
    '瓶颈', '障碍', '阻碍', '制约',
    '风险', '不确定', '挑战', '压力', '亏损', '质疑', '拖累', '限制', '担忧', '泡沫', '制裁', '管制', '困难', '短缺', '竞争',
  ],
  strategy: [
    'strateg*', 'approach*', 'focus*', 'prioriti*', 'pillar*', 'bet', 'bets', 'betting', 'layout', 'seek*', 'ecosystem*', 'full-stack', 'full - stack', 'positioning',
    'logic', 'model of', 'playbook', 'mirroring', 'main strategies', 'ambition*', 'vision', '野心', '愿景',
    '战略', '策略', '布局', '聚焦', '生态',
  ],
  difference: [
    'while', 'whereas', 'differ*', 'unlike', 'on the other hand', 'in contrast', 'rather than', 'compared with', 'compared to', 'each leveraging', 'only seeks', 'tends to',
    '而', '相比', '不同', '则',
  ],
  impact: [
    'impact*', 'affect*', 'disrupt*', 'led to', 'result*', 'drag', 'not yielded', 'failed to', 'went downhill', 'shift*', 'forced', 'boost*', 'caus*', 'cast', 'casts', 'intensif*', 'reduced', 'driven', 'prompting', 'now',
    'strain', 'impair*', 'suspend*', 'cancel*', 'uncertain*', 'downhill', 'shrunk', 'shrank', 'halt', 'taken off', 'declin*', 'surged', 'accelerat*', 'paused',
    '影响', '导致', '使得', '推动',
  ],
  change: [
    'chang*', 'shift*', 'no longer', 'now', 'adjust*', 'instead', 'previously', 'transform*', 'from "', 'from “', 'turned to', 'moved', 'reform*', 'restructur*', 'reorgani*',
    'reshuffl*',
    // A change told by its direction ("intensified competition", "disrupted conventional thinking", "lowered the bar"); not
    // "reduce"/降低, which as often tell a plan ("to reduce reliance on one supplier").
    'lowered', 'intensif*', 'disrupt*',
    '变化', '转变', '调整', '不再', '加剧', '打破',
  ],
  benefit: [
    'benefit*', 'advantage*', 'revenue', 'gain*', 'boost*', 'strengthen*', 'make up for', 'makes up for', 'positive*', 'feed back', 'flow back', 'valuable', 'early access', 'competitive edge', 'enhance*',
    '好处', '优势', '收入', '回流',
  ],
  // How something came to be: a sentence that has it founded, formed, bought or spun out ("… integrated it with the
  // self-developed chip business of the Damo Academy to establish T-Head", "jointly initiated by Alibaba and SAIC in 2015").
  origin: [
    'found*', 'establish*', 'set up', 'formed', 'form', 'created', 'initiated', 'launched', 'spun off', 'spun out', 'incubat*', 'originat*', 'was born',
    'acquired', 'acquisition', 'merged', 'integrated it', 'renamed', 'predecessor', 'started as', 'began as', 'grew out of', 'evolved from',
    '成立', '创立', '创办', '设立', '组建', '发起', '孵化', '前身', '收购', '合并', '整合', '更名', '诞生',
  ],
  method: [
    'through', 'via', 'in the form of', 'using', 'by investing', 'integrat*', 'upgrad*', 'rent*', 'selling', 'providing', 'by improving', 'by diversifying', 'moved',
    '通过', '形式',
  ],
  // What someone thinks: a sentence that has them say, note or believe it (their own words, quoted or reported).
  view: [
    'said', 'says', 'say', 'noted', 'notes', 'pointed out', 'points out', 'remarked', 'argued', 'argues', 'believes', 'believed', 'stated', 'stressed',
    'emphasi*', 'warned', 'told', 'added', 'according to', 'in the view of', 'in his view', 'in her view', 'view*', 'should',
    // A company's own account of itself ("Alibaba Cloud claims that more than half …", "touts its ModelScope community").
    'claim*', 'boast*', 'tout*',
    '表示', '认为', '指出', '称', '说', '强调', '看来', '提到', '坦言', '宣称', '声称', '号称',
  ],
  // How often something is done: a sentence that counts it over a span or gives its interval ("36 updates in four months",
  // "one model per month", "major releases every six months").
  pace: [
    'every', 'per month', 'per week', 'per year', 'per quarter', 'a month', 'a week', 'a year', 'monthly', 'weekly', 'each month', 'each week',
    'in one month', 'in two months', 'in three months', 'in four months', 'in five months', 'in six months', 'in a month', 'in a week', 'cadence',
    '每月', '每个月', '每周', '每年', '每季度', '个月内', '个月里',
  ],
  // A summary asks for what the reports say about the subject; any sentence about it speaks to that.
  summary: [],
};

/**
 * Words that set one side against the other inside a sentence ("Alibaba …, whereas Tencent …"). Data for
 * `contrastsSides`: a comparison's opening sentence must state both sides around one of them.
 */
export const CONTRAST_CONNECTIVES: string[] = [
  'while', 'whereas', 'unlike', 'on the other hand', 'in contrast', 'rather than', 'compared with', 'compared to', 'as opposed to',
  '而', '则', '相比', '不同于',
];

const contrastPattern = () => termsPattern(CONTRAST_CONNECTIVES);
/** Words each side of a contrast needs to say something of its own ("… has been compared with Tencent's" says nothing of Tencent). */
const MIN_SIDE_WORDS = 4;

const wordCount = (text: string) => (text.match(/[A-Za-z0-9][\w'’-]*/g) ?? []).length + Math.floor((text.match(/\p{Script=Han}/gu) ?? []).length / 2);

/**
 * The sentence sets two sides against each other: a connective ("while", "whereas", "而") with something
 * said on either side of it, or the difference named outright ("each leveraging different strengths").
 */
export function contrastsSides(sentence: string): boolean {
  const pattern = contrastPattern();
  for (const match of sentence.matchAll(new RegExp(pattern.source, 'gi'))) {
    const at = match.index ?? 0;
    if (wordCount(sentence.slice(0, at)) >= MIN_SIDE_WORDS && wordCount(sentence.slice(at + match[0].length)) >= MIN_SIDE_WORDS) return true;
  }
  return /\bdiffer(?:ent|ence|ences|s|ing)?\b|\bdiverg\w*|不同|差异|区别/i.test(sentence);
}

/** One pattern for a list of terms: whole words for English, anywhere for Chinese; one that never matches for none. */
export function termsPattern(terms: string[]): RegExp {
  if (!terms.length) return /(?!)/;
  const parts = terms.map((term) => {
    if (/\p{Script=Han}/u.test(term)) return escape(term);
    const stem = term.endsWith('*');
    const body = escape(stem ? term.slice(0, -1) : term).replace(/\s+/g, '\\s+');
    const start = /^\w/.test(term) ? '\\b' : '';
    return `${start}${body}${stem ? '[\\w-]*' : /\w$/.test(term) ? '\\b' : ''}`;
  });
  return new RegExp(parts.join('|'), 'i');
}

/** An aspect's own question pattern, widened by the everyday phrasings table (open-question-cues.ts). */
function askedWith(id: AspectId, own: RegExp): RegExp {
  const cues = openCuePattern(id);
  return cues.source === '(?!)' ? own : new RegExp(`${own.source}|${cues.source}`, 'i');
}

export const ASPECTS: Aspect[] = [
  {
    id: 'reason',
    asked: askedWith('reason', /\bwhy\b|\breasons?\b|\bmotivat\w*|\brationale\b|\bpurpose\b|\bwhat (?:drove|drives|led|leads|made|makes|prompted)\b|为什么|为何|原因|动机|出于什么|目的/i),
    answered: termsPattern(ANSWERED_TERMS.reason),
    noun: ['reason', 'reasons', '原因'],
    search: 'reason reasons purpose aim driven because 原因 目的 为了',
  },
  {
    id: 'risk',
    asked: askedWith('risk', /^(?=\s*what\b.*\bfac(?:e|es|ed|ing)\b)|\brisks?\b|\brisky\b|\bdangers?\b|\bthreats?\b|\bworr\w*|\bconcerns?\b|\bchallenges?\b|\bproblems?\b|\bdownsides?\b|\buncertaint\w*|\bdifficult\w*|\bpitfalls?\b|\bwrong\b|\bpressures?\b|\bbubble\b|\bheadwinds?\b|风险|威胁|担忧|担心|挑战|(?:哪些|什么|存在|面临)[^，,。？?]{0,6}问题|隐患|困难|不确定|压力|隐忧|面临|难题|难点|痛点|短板|弊端|\bobstacles?\b|\bbottlenecks?\b|\b(?:stopping|preventing|keeping)\b.*\bfrom\b|\bhold(?:s|ing)?\b.*\bback\b|\bweakness(?:es)?\b/i),
    answered: termsPattern(ANSWERED_TERMS.risk),
    noun: ['risk', 'risks', '风险'],
    search: 'risk risks uncertainty challenges pressure constraints losses restrictions 风险 不确定 挑战 压力',
  },
  {
    id: 'strategy',
    asked: askedWith('strategy', /\bstrateg\w*|\bapproach\w*|\bambitions?\b|\bvision\b|野心|愿景|\bplaybook\b|\bfocus\w*|\bprioriti[sz]\w*|\bgame plan\b|\bplaying\b|\b(?:technical |technology |strategic |big |main |key )?bets?\b|\bbetting on\b|\bbanking on\b|(?:押注|押宝|下注)(?=[^，,。？?]{0,2}(?:什么|哪))|\blogic\b|\bcop(?:e|ing) with\b|战略|策略|布局|打法|思路|方式|逻辑|应对/i),
    answered: termsPattern(ANSWERED_TERMS.strategy),
    noun: ['strategy', 'strategies', '策略'],
    search: 'strategy strategic focus approach ecosystem layout 战略 策略 布局 生态',
  },
  {
    id: 'difference',
    asked: askedWith('difference', /\bdiffer(?!ent\b)\w*|\bdifferent (?:from|than|to)\b|\bhow different\b|\bcompar\w*|\bcontrast\w*|\bversus\b|\bvs\.?\s|\bunlike\b|\bsets? (?:[\w'’.-]+\s+){0,5}apart\b|\bstands? apart\b|\bdistinguish(?:es|ing)?\b|\bdistinguished\b(?=[^?]*\bfrom\b)|区别|有什么不同|有何不同|哪些不同|不同之处|不同点|不同[吗？?]*\s*$|差异|相比|对比|比较/i),
    answered: termsPattern(ANSWERED_TERMS.difference),
    noun: ['difference', 'differences', '区别'],
    search: 'difference unlike whereas contrast 区别 不同 相比',
  },
  {
    id: 'impact',
    asked: askedWith('impact', /\bimpacts?\b|\beffects?\b|\baffect\w*|\bconsequences?\b|\bimplications?\b|\bwhat did \w+ do to\b|\bhow did .+ change\b|\bmean for\b|\bwhat happened\b|\bhow (?:did|has|have) .+ (?:fared?|done)\b|\bturn(?:ed|s)? out\b|影响|后果|改变了|怎么样了|结果如何|效果如何|效果怎么样/i),
    answered: termsPattern(ANSWERED_TERMS.impact),
    noun: ['effect', 'effects', '影响'],
    search: 'impact affect effect led result strain disrupted 影响 导致',
  },
  {
    id: 'change',
    asked: askedWith('change', /\bchang\w*|\bshift\w*|\bevolv(?:e|ed|es)\b|\bevolving\s*[?？]|\bdifferent now\b|\btransform\w*|\breorgani[sz]\w*|\brestructur\w*|\breshuffl\w*|\boverhaul\w*|\bshake-?up\b|(?<!不断)变化(?!的)|转变|调整|改变/i),
    answered: termsPattern(ANSWERED_TERMS.change),
    noun: ['change', 'changes', '变化'],
    search: 'change shift adjusted transformation 变化 转变 调整',
  },
  {
    id: 'benefit',
    asked: askedWith('benefit', /\bbenefits?\b|\bbenefit from\b|\badvantages?\b|\bgains?\b|\bget out of\b|\bupside\b|\bwhat's in it\b|\bpay off\b|好处|优势|收益|利益|得到什么/i),
    answered: termsPattern(ANSWERED_TERMS.benefit),
    noun: ['benefit', 'benefits', '好处'],
    search: 'benefit advantage gain revenue 好处 优势 收益',
  },
  {
    // "How did T-Head come about?", "它是怎么来的?", "平头哥的由来": how something came to be, not how it does what it does.
    id: 'origin',
    asked: askedWith('origin', /\bcome (?:about|from|to be)\b|\bcame (?:about|from|to be)\b|\borigins?\b|\boriginat\w*|\bhow (?:was|were|did) .{1,60}? (?:founded|formed|created|established|set up|started|born|begin|begun|start|get started)\b|\bwhere did .{1,60}? (?:come from|start)\b|\bbackstory\b|怎么来的|从哪(?:里|儿)?来的|由来|来历|起源|前身|怎么(?:成立|诞生|创立|组建)的?|如何(?:成立|诞生|创立|组建)/i),
    answered: termsPattern(ANSWERED_TERMS.origin),
    noun: ['origin', 'origins', '由来'],
    search: 'founded established formed acquired integrated initiated 成立 创立 收购 整合',
  },
  {
    id: 'method',
    // A bare "How?" / "How so?" after an answer asks the way it was done. "产量预期如何?", "表现怎么样?" ask how a thing stands, not a way.
    asked: askedWith('method', /^\s*how (?:do|does|did|is|are|was|were|has|have|can|could|will|would)\b(?!.*\b(?:differ|compare)\w*)|^\s*(?:and |but )?how(?: so| exactly)?\s*[?？]?\s*$|(?:如何|怎样|怎么样|怎么(?!样))(?!\s*(?:呢|啊|了)?\s*[?？]?\s*$)|通过什么/i),
    answered: termsPattern(ANSWERED_TERMS.method),
    noun: ['way', 'ways', '做法'],
    search: 'through form funds financing 通过 形式 方式',
  },
  {
    // "What was Robin Li's take on …?", "What does Charlie Dai think about …?", "李彦宏怎么看…?": what a person thinks or says.
    id: 'view',
    asked: askedWith('view', /\b(?:take|view|views|opinion|opinions|stance|position|perspective|verdict|assessment) (?:on|of|about)\b|\bwhat (?:do|does|did) \S+(?: \S+)? (?:think|believe|make of|say about|say on)\b|\bhow (?:do|does|did) \S+(?: \S+)? (?:see|view|assess)\b|怎么看|如何看待|怎样看待|看法|观点|态度|怎么评价|如何评价|怎么说(?![服明])|如何说(?![服明])|说了什么/i),
    answered: termsPattern(ANSWERED_TERMS.view),
    noun: ['view', 'views', '看法'],
    search: 'said noted pointed out believes argued 表示 认为 指出',
  },
  {
    // "How often were they shipping updates?", "元宝多久更新一次?": how often it is done, not why or how.
    id: 'pace',
    asked: askedWith('pace', /\bhow (?:often|frequently)\b|\bat what (?:pace|cadence)\b|\bhow (?:fast|quickly) (?:do|does|did|are|is|were|was) (?:\S+ ){0,3}?(?:ship|releas|updat|iterat|launch)\w*|多久(?=[^，,。？?]{0,8}一次)|多频繁|频率|多快(?=[^，,。？?]{0,4}(?:更新|迭代|发布|推出))|(?<=更新|迭代|发布)(?:得|的)?(?:多快|节奏)/i),
    answered: termsPattern(ANSWERED_TERMS.pace),
    noun: ['pace', 'pace', '频率'],
    search: 'every per month monthly months updates iterate releases 每月 迭代 更新',
  },
  {
    id: 'summary',
    asked: askedWith('summary', /\bsummar(?:ise|ize|y)\b|\boverview\b|\bdescribe\b|\bin brief\b|总结|概括|概述|简要|介绍一下/i),
    answered: termsPattern(ANSWERED_TERMS.summary),
    noun: ['point', 'points', '要点'],
    search: '',
  },
];

/** The nouns a question lists an aspect with ("哪些风险", "which challenges"): such a list wants an explanation. */
export const ASPECT_NOUNS = {
  en: ['risks', 'challenges', 'problems', 'reasons', 'changes', 'effects', 'impacts', 'benefits', 'advantages', 'concerns', 'strategies', 'threats', 'difficulties', 'pressures',
    'obstacles', 'hurdles', 'barriers', 'bottlenecks', 'weaknesses', 'downsides', 'consequences', 'motives',
    // Ways of doing something: "Which steps …", "what ways …" want how it is done, told in sentences, not names.
    'ways', 'steps', 'measures', 'tactics', 'approaches', 'methods'],
  zh: ['风险', '挑战', '问题', '原因', '变化', '影响', '好处', '优势', '担忧', '困难', '不确定', '压力', '策略', '战略', '隐患', '竞争',
    '隐忧', '威胁', '难题', '难点', '痛点', '短板', '弊端', '瓶颈', '障碍', '后果', '动机', '考虑', '收益', '利益', '转变', '调整',
    // "靠哪些办法", "有哪些新打法": ways of doing something.
    '办法', '打法', '做法', '方法', '措施', '手段', '途径', '路径', '方式', '招数',
    // "聚焦哪几类业务", "押注哪些方向": kinds of business or directions, told in a sentence's own list, not company names.
    '业务', '方向', '领域', '板块'],
};

/**
 * Words that date a question rather than say what it is about ("in the fourth quarter of 2024", "第四季度"):
 * a sentence giving the reason or risk seldom repeats them, so they do not count toward whether it speaks to the question.
 */
export const PERIOD_TERMS: string[] = [
  'year', 'years', 'quarter', 'quarters', 'month', 'months', 'first', 'second', 'third', 'fourth', 'q1', 'q2', 'q3', 'q4', 'half', 'fiscal', 'annual',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'last', 'this', 'next',
  'early', 'late', 'mid',
  '年', '季度', '第一季度', '第二季度', '第三季度', '第四季度', '上半年', '下半年', '月', '去年', '今年', '明年', '年初', '年底', '年末',
];

const periodTermsOf = new WeakMap<object, Set<string>>();

/** The index terms of the dating words ("year", "quarter", "去年"), worked out once per tokenizer. */
export function periodIndexTerms(tokenizer: { terms(text: string): string[] }): Set<string> {
  let terms = periodTermsOf.get(tokenizer);
  if (!terms) periodTermsOf.set(tokenizer, (terms = new Set(PERIOD_TERMS.flatMap((word) => tokenizer.terms(word)))));
  return terms;
}

/** "each", "respectively", "分别", "各自": the question asks the same thing of every company it names, one account per company. */
const EACH_OF = /\beach\b(?!\s+(?:year|quarter|month|week|day|time|other)\b)|\brespectively\b|分别|各自/i;

/** Whether a question asks the same thing of each company it names ("How did Tencent and ByteDance each reshuffle …?"). */
export function asksEachOf(question: string): boolean {
  return EACH_OF.test(question);
}

/** The aspects a question asks about, most specific first (a "why" that names a risk asks about the risk). */
export function askedAspects(question: string): Aspect[] {
  // After a polite lead-in ("Could you explain how …", "能不能说说…为什么") the question proper says what is asked: a
  // cue that must open the question counts there, and the lead-in's own words ("说说", a summary) do not. With
  // nothing asked after it ("能不能说说阿里云?"), the whole question is read.
  const direct = withoutLeadIn(question);
  const embedded = embeddedQuestionAspects(question);
  const afterLeadIn = direct === question ? [] : ASPECTS.filter((aspect) => aspect.asked.test(direct) || embedded.includes(aspect.id));
  const found = afterLeadIn.length ? afterLeadIn : ASPECTS.filter((aspect) => aspect.asked.test(question));
  // "How …" is the weakest cue: any other aspect the question names says more, and goes first. The means stays
  // asked after it ("How are the giants adapting to evolving export controls?" is answered "by diversifying …"),
  // except beside a summary, whose every sentence about the subject already speaks to it.
  const others = found.filter((aspect) => aspect.id !== 'method');
  const named = found.length > 1 ? (others.some((aspect) => aspect.id === 'summary') ? others : [...others, ...found.filter((aspect) => aspect.id === 'method')]) : found;
  // "How does X's strategy differ …", "What changed in X's strategy?": the strategy is what the question is
  // about, the difference or change is what it asks, so that comes first (it names the answer's opening).
  const ordered = OBJECT_ASPECTS.some((id) => named.some((aspect) => aspect.id === id)) && named.some((aspect) => !OBJECT_ASPECTS.includes(aspect.id) && aspect.id !== 'method')
    ? [...named.filter((aspect) => !OBJECT_ASPECTS.includes(aspect.id)), ...named.filter((aspect) => OBJECT_ASPECTS.includes(aspect.id))]
    : named;
  // The means, kept beside another aspect, comes last: the other names the answer's opening.
  return ordered.length > 1 ? [...ordered.filter((aspect) => aspect.id !== 'method'), ...ordered.filter((aspect) => aspect.id === 'method')] : ordered;
}

/** Aspects a question also names as its object ("its strategy", "its approach") when it asks another aspect of it. */
const OBJECT_ASPECTS: AspectId[] = ['strategy'];

/** The aspects a sentence must speak to: the asked ones, without those the question only names as its object. */
export function askedRelations(aspects: Aspect[]): Aspect[] {
  // A means ("How …") is asked beside another relation only when that one is the question's object ("How is X's
  // strategy …"): "How has Tencent reorganised?" asks for the change, and "by …" alone does not answer it.
  const relations = aspects.filter((aspect) => !OBJECT_ASPECTS.includes(aspect.id) && aspect.id !== 'method');
  return relations.length ? relations : aspects;
}

/** 1 when a sentence speaks to one of the asked aspects, 0 when it speaks to none; 0.5 when none was asked. */
export function aspectMatch(aspects: Aspect[], sentence: string): number {
  // A summary has no words of its own: what the reports say about the subject is all of it.
  const worded = askedRelations(aspects).filter((aspect) => ANSWERED_TERMS[aspect.id].length > 0);
  if (!worded.length) return 0.5;
  return worded.some((aspect) => aspect.answered.test(sentence)) ? 1 : 0;
}

/**
 * Words a paraphrase swaps for one another. Single words only: each group is stemmed by the index's
 * tokenizer, and a question's term counts as present when any word of its group is.
 */
export const SYNONYMS: string[][] = [
  ['head', 'heads', 'lead', 'leads', 'ceo', 'chief', 'boss', 'runs'],
  ['founded', 'founder', 'founders', 'started', 'established', 'created', 'co-founded', 'co-founder'],
  ['acquire', 'acquired', 'acquisition', 'buy', 'bought', 'purchase', 'purchased', 'takeover'],
  ['invest', 'invested', 'investment', 'investments', 'back', 'backed', 'backing', 'stake', 'bet', 'portfolio', 'spend', 'spending', 'spent'],
  ['money', 'cash', 'funds', 'funding', 'capital', 'financing'],
  ['compute', 'computing', 'computational'],
  ['startup', 'startups', 'start-up', 'start-ups', 'unicorn', 'unicorns'],
  ['carmaker', 'carmakers', 'automaker', 'automakers', 'automobile', 'car', 'cars', 'vehicle', 'vehicles', 'auto'],
  ['robot', 'robots', 'robotics', 'embodied'],
  ['ipo', 'listing', 'listed', 'float'],
  ['headcount', 'employee', 'employees', 'staff', 'workforce', 'people'],
  ['profit', 'profitable', 'profitability', 'profits'],
  ['loss', 'losses', 'lose', 'losing', 'lost'],
  ['grow', 'grew', 'grown', 'growth', 'increase', 'increased', 'rise', 'rose', 'risen', 'surge', 'surged'],
  ['decline', 'declined', 'fall', 'fell', 'drop', 'dropped', 'decrease', 'decreased', 'reduction', 'shrink', 'shrank', 'shrunk'],
  ['risk', 'risks', 'danger', 'threat', 'threats', 'uncertainty', 'challenge', 'challenges'],
  ['strategy', 'strategies', 'approach', 'approaches', 'playbook'],
  ['differ', 'difference', 'different', 'contrast', 'unlike'],
  ['benefit', 'benefits', 'advantage', 'advantages', 'gain', 'gains', 'upside'],
  ['chip', 'chips', 'semiconductor', 'semiconductors', 'processor', 'processors'],
  ['smartphone', 'smartphones', 'phone', 'phones', 'handset', 'handsets'],
  ['restriction', 'restrictions', 'controls', 'sanctions', 'ban', 'curbs'],
  ['announce', 'announced', 'unveil', 'unveiled', 'reveal', 'revealed', 'declared'],
  ['customer', 'customers', 'client', 'clients', 'user', 'users'],
  ['rival', 'rivals', 'competitor', 'competitors', 'competition'],
  ['appointed', 'named', 'made', 'promoted', 'tapped'],
  // Words questions use that the reports put otherwise ("one backer", "DRAM output"). ("Subscribers" are not users: a
  // paying subscriber count is no daily-active figure; "the AI race" is not every "competition".)
  ['backer', 'backers', 'investor', 'investors', 'shareholder', 'shareholders'],
  // A nationality is its country ("Chinese startups" ↔ "in China", "American chips" ↔ "the U.S.").
  ['chinese', 'china'], ['american', 'america', 'u.s.'], ['british', 'britain', 'uk'], ['japanese', 'japan'], ['korean', 'korea'], ['european', 'europe'],
  ['leader', 'leaders', 'front-runner', 'frontrunner', 'front-runners'],
  ['output', 'production', 'produce', 'produced'],
  // A partnership in other words ("teamed up with" is read as "partner with", `asked-fit.ts`). ("Build" is not "establish":
  // "established AI products" is no building, and 成立 translates to both.)
  ['partner', 'partnered', 'partners', 'partnering', 'partnership', 'collaborate', 'collaborated', 'collaboration', 'cooperate', 'cooperated', 'cooperation', 'ally', 'allied', 'alliance'],
  // A product worked on in rounds: "iterate" is what the reports count as "updates".
  // Done by two parties at once ("set up together" ↔ "jointly build", "a joint laboratory").
  ['together', 'jointly', 'joint'],
  ['iterate', 'iterated', 'iterating', 'iteration', 'iterations', 'update', 'updates', 'updated'],
  // Help given in other words ("help their portfolio companies get compute" ↔ "support computing power needs").
  ['help', 'helps', 'helped', 'helping', 'support', 'supports', 'supported', 'supporting'],
  // A field named in everyday words ("pivot to healthcare" ↔ "shifted to medical AI").
  ['medical', 'healthcare', 'health', 'medicine'],
];

/**
 * Pairs of opposite claims a question may take for granted ("why did X's headcount grow", "given that
 * X has never turned a profit"): if a report sentence about the same subject says the opposite, the
 * premise is corrected. `a` and `b` are the two sides; `said` names each in words (English, Chinese), for a
 * correction that quotes a report in another language than the question's.
 */
export const OPPOSITES: { name: string; a: RegExp; b: RegExp; said: { a: [string, string]; b: [string, string] } }[] = [
  {
    name: 'direction',
    a: /\b(?:grow|grew|grown|growing|rise|rose|risen|rising|increas(?:e|ed|es|ing)|climb(?:ed|ing)?|jump(?:ed|ing)?|surg(?:e|ed|ing)|soar(?:ed|ing)?|expand(?:ed|ing)?|widen(?:ed|ing|s)?|go up|went up|gone up|(?:ramp|step|scale)(?:s|ed|ped|d|ing|ping)? up|intensif(?:y|ies|ied|ying)|doubl(?:e|ed|es|ing)|tripl(?:e|ed|es|ing)|quadrupl(?:e|ed|es|ing))\b|增长|增加|上升|上涨|扩大|扩张|猛增|飙升|翻倍|翻番/i,
    // A cut said as a verb on a measure ("cut its capex by 386%", "slashed spending", "砍了386%", "下滑了32%"): the
    // measure itself is checked against the premise's words, so "cut" alone is no wider than "reduced".
    // "cut its R&D expenditure", "slashed their AI spending": a cut of a spending measure, named right after the verb.
    b: /\b(?:cut|cuts|cutting|slash(?:ed|es|ing)?|trim(?:med|s|ming)?)\s+(?:its|their|the|back on)\s+(?:[\w&-]+\s+){0,3}?(?:spending|expenditures?|investments?|budgets?|capex|R\s?&\s?D)\b|\b(?:fall|fell|fallen|falling|drop(?:ped|ping)?|declin(?:e|ed|ing)|decreas(?:e|ed|ing)|shr(?:ink|ank|unk|inking)|narrow(?:ed|ing|s)?|down from|down by|reduc(?:ed|tion)|went down|cut(?:s|ting)? (?:back|jobs|staff)|(?:cut|cuts|cutting|slash(?:ed|es|ing)?|slump(?:ed|ing)?|plunge[ds]?|plunging|tumbl(?:e|ed|ing)|lower(?:ed|ing)|reduc(?:e|es|ing))\b(?=[^.;,?]{0,60}\bby\s+(?:over\s+|more than\s+|about\s+|nearly\s+|at least\s+)?\d)|slash(?:ed|es|ing)?|slump(?:ed|ing)?|plunge[ds]?|plunging|tumbl(?:e|ed|ing))\b|\d\s*(?:x|times|-?fold)\s+(?:less|fewer|smaller|lower)\b|下降|减少|下跌|缩减|缩水|下滑|削减|砍了|砍掉|大砍|下调|萎缩|暴跌|大跌|锐减|(?<![缺至多])少了|(?:降|减|低)了/i,
    said: { a: ['a rise', '增长'], b: ['a fall', '下降'] },
  },
  {
    // "… blew past expectations — what drove the beat?" when a report says "below market expectations".
    name: 'expectations',
    a: /\b(?:beat|beats|beating|blew past|blown past|exceed(?:ed|s|ing)?|topp?(?:ed|ing)|surpass(?:ed|es|ing)?|above|ahead of)\s+(?:the\s+)?(?:market\s+|analysts['’]?\s+|consensus\s+)?(?:expectations|estimates|forecasts)\b|超(?:出|过)?(?:市场)?预期|好于(?:市场)?预期/i,
    b: /\b(?:below|miss(?:ed|es|ing)?|short of|fell short of|under|weaker than|lower than)\s+(?:the\s+)?(?:market\s+|analysts['’]?\s+|consensus\s+)?(?:expectations|estimates|forecasts)\b|低于(?:市场)?预期|不及(?:市场)?预期|未达(?:市场)?预期/i,
    said: { a: ['above expectations', '超出预期'], b: ['below expectations', '低于预期'] },
  },
  {
    name: 'profit',
    a: /\b(?:never (?:turned a profit|been profitable|made (?:a )?(?:profit|money))|loss-making|unprofitable|keeps? losing money|losing money|lost money|in the red|(?:bleeding|burning|hemorrhaging|haemorrhaging) (?:money|cash))\b|一直亏损|(?:多年|连年|长期|持续|常年|年年)亏损|亏损(?:了)?多年|从未盈利|没有盈利|不赚钱|亏钱|烧钱/i,
    b: /\b(?:profitable|profitability|turned a profit|in the black|made a profit)\b|盈利|赚钱/i,
    said: { a: ['losses', '亏损'], b: ['profits', '盈利'] },
  },
  {
    // "… was its slowest-growing unit — what dragged it down?" when a report calls the unit "the fastest-growing business segment".
    name: 'growth-rank',
    // (What is ranked, "unit", "segment", is part of the claim: the contradicting sentence may call it otherwise.)
    a: /\bfastest[- ]growing(?:\s+(?:business(?:es)?|units?|segments?|divisions?|arms?|lines?|products?))?\b|\bgrew (?:the )?fastest\b|\bgrowing (?:the )?fastest\b|增长最快|增速最快|增速最高/i,
    b: /\bslowest[- ]growing(?:\s+(?:business(?:es)?|units?|segments?|divisions?|arms?|lines?|products?))?\b|\bgrew (?:the )?slowest\b|\bgrowing (?:the )?slowest\b|增长最慢|增速最慢|增速最低/i,
    said: { a: ['the fastest growth', '增长最快'], b: ['the slowest growth', '增长最慢'] },
  },
  {
    // "Why did Alibaba release Tongyi Qianwen 2.0 as open source?" when the report calls 2.0 "a closed-source model".
    name: 'openness',
    a: /\bopen[- ]sourc(?:e|ed|es|ing)\b|\bopen-weights?\b|开源/i,
    b: /\bclosed[- ]source\b|\bproprietary\b|闭源/i,
    said: { a: ['open source', '开源'], b: ['closed source', '闭源'] },
  },
];
