/**
 * @module What an open question is about besides its subject — a reason, a risk, a strategy, a
 * difference, an impact, a change, a benefit, a method — with the words a question asks it in and the
 * words a report sentence answers it with, in English and Chinese; and groups of words that mean the
 * same thing to a question ("heads" / "CEO", "bought" / "acquired"), so a paraphrase scores alike.
 * Data, not rules: extend it for a new collection.
 */

export type AspectId = 'reason' | 'risk' | 'strategy' | 'difference' | 'impact' | 'change' | 'benefit' | 'method';

export interface Aspect {
  id: AspectId;
  /** The question asks about this aspect. */
  asked: RegExp;
  /** A sentence speaks to it. */
  answered: RegExp;
  /** How an answer names what it lists: singular and plural in English, and the Chinese word. */
  noun: [string, string, string];
  /** Words a search for it adds when the question itself is only the aspect ("Why?", "那风险呢?"). */
  search: string;
}

export const ASPECTS: Aspect[] = [
  {
    id: 'reason',
    asked: /\bwhy\b|\breasons?\b|\bmotivat\w*|\brationale\b|\bwhat (?:drove|drives|led|leads|made|makes|prompted)\b|为什么|为何|原因|动机|出于什么/i,
    answered: /\bbecause\b|\bdue to\b|\bin order to\b|\bso (?:that|as to)\b|\baim(?:s|ed|ing)? (?:to|at)\b|\bto (?:deal with|ensure|gain|enhance|secure|capture|seize|avoid|strengthen|consolidate|bind|boost|drive|support|meet|keep pace with|cope with|maintain|remain)\b|\bstems? (?:largely )?from\b|\bahead of\b|\bdriven by\b|\bfuel(?:l)?ed by\b|\breasons?\b|\bstrategic move\b|\bcompelled\b|\bmore valuable\b|\bespecially since\b|\bso it can\b|\benabling\b|\bhelping them\b|\bthe purpose\b|\blogic\b|因为|由于|为了|旨在|原因|目的/i,
    noun: ['reason', 'reasons', '原因'],
    search: 'reason reasons purpose aim driven demand 原因 目的 为了',
  },
  {
    id: 'risk',
    asked: /\brisks?\b|\brisky\b|\bdangers?\b|\bthreats?\b|\bworr\w*|\bconcerns?\b|\bchallenges?\b|\bproblems?\b|\bdownsides?\b|\buncertaint\w*|\bdifficult\w*|\bpitfalls?\b|\bwrong\b|风险|威胁|担忧|挑战|(?:哪些|什么|存在|面临)[^，,。？?]{0,6}问题|隐患|困难|不确定/i,
    answered: /\brisks?\b|\buncertain\w*|\bimpair\w*|\bnegative(?:ly)?\b|\bthreat\w*|\bchallenges?\b|\bpressure\b|\bconstrain\w*|\bstrain\b|\blosses?\b|\bin the red\b|\bquestioned\b|\bdrag\b|\bdisrupt\w*|\bunclear\b|\bfail\w*|\bdifficult\w*|\bobstacles?\b|\bsanctions?\b|\bchokepoint\b|\bstifle\b|\brestrict\w*|\bshortage\w*|\bunlikely\b|\bnot yet\b|风险|不确定|挑战|压力|亏损|质疑|拖累|限制/i,
    noun: ['risk', 'risks', '风险'],
    search: 'risk risks uncertainty challenges pressure constraints losses 风险 不确定 挑战 压力',
  },
  {
    id: 'strategy',
    asked: /\bstrateg\w*|\bapproach\w*|\bplaybook\b|\bfocus\w*|\bprioriti[sz]\w*|\bgame plan\b|\bplaying\b|战略|策略|布局|打法|思路|方式/i,
    answered: /\bstrateg\w*|\bapproach\w*|\bfocus\w*|\bprioriti[sz]\w*|\bpillars?\b|\bbet(?:s|ting)?\b|\blayout\b|\bseek\w*|\becosystem\w*|\bfull-stack\b|\bfull - stack\b|\bpositioning\b|\blogic\b|战略|策略|布局|聚焦|生态/i,
    noun: ['strategy', 'strategies', '策略'],
    search: 'strategy strategic focus approach ecosystem layout 战略 策略 布局 生态',
  },
  {
    id: 'difference',
    asked: /\bdiffer\w*|\bcompar\w*|\bcontrast\w*|\bversus\b|\bvs\.?\s|\bunlike\b|\bsets? \w+ apart\b|区别|不同|差异|相比|对比|比较/i,
    answered: /\bwhile\b|\bwhereas\b|\bdiffer\w*|\bunlike\b|\bon the other hand\b|\bin contrast\b|\brather than\b|\bcompared with\b|\bcompared to\b|\beach leveraging\b|\bonly seeks\b|\btends to\b|而|相比|不同|则/i,
    noun: ['difference', 'differences', '区别'],
    search: 'difference unlike whereas contrast 区别 不同 相比',
  },
  {
    id: 'impact',
    asked: /\bimpacts?\b|\beffects?\b|\baffect\w*|\bconsequences?\b|\bimplications?\b|\bwhat did \w+ do to\b|\bhow did .+ change\b|\bmean for\b|影响|后果|改变了/i,
    answered: /\bimpact\w*|\baffect\w*|\bdisrupt\w*|\bled to\b|\bresult\w*|\bshift\w*|\bforced\b|\bboost\w*|\bcaus\w*|\bcasts?\b|\bintensif\w*|\breduced\b|\bdriven\b|\bprompting\b|\bnow\b|影响|导致|使得|推动/i,
    noun: ['effect', 'effects', '影响'],
    search: 'impact affect effect led result 影响 导致',
  },
  {
    id: 'change',
    asked: /\bchang\w*|\bshift\w*|\bevolv\w*|\bdifferent now\b|\btransform\w*|变化|转变|调整|改变/i,
    answered: /\bchang\w*|\bshift\w*|\bno longer\b|\bnow\b|\bfrom "[^"]+" to\b|\bfrom “[^”]+” to\b|\badjust\w*|\binstead\b|\bpreviously\b|\btransform\w*|变化|转变|调整|不再/i,
    noun: ['change', 'changes', '变化'],
    search: 'change shift adjusted transformation 变化 转变 调整',
  },
  {
    id: 'benefit',
    asked: /\bbenefits?\b|\bbenefit from\b|\badvantages?\b|\bgains?\b|\bget out of\b|\bupside\b|\bwhat's in it\b|\bpay off\b|好处|优势|收益|利益|得到什么/i,
    answered: /\bbenefit\w*|\badvantage\w*|\brevenue\b|\bgain\w*|\bboost\w*|\bpositive(?:ly)?\b|\bfeed back\b|\bflow back\b|\bvaluable\b|\bearly access\b|\bcompetitive edge\b|好处|优势|收入|回流/i,
    noun: ['benefit', 'benefits', '好处'],
    search: 'benefit advantage gain revenue 好处 优势 收益',
  },
  {
    id: 'method',
    asked: /^\s*how (?:do|does|did|is|are|was|were|has|have|can|could|will|would)\b(?!.*\b(?:differ|compare)\w*)|如何|怎样|怎么|通过什么/i,
    answered: /\bby (?:\w+ing)\b|\bthrough\b|\bvia\b|\bin the form of\b|\busing\b|\bby investing\b|\bintegrat\w*|\bupgrad\w*|通过|以.+形式/i,
    noun: ['way', 'ways', '做法'],
    search: 'through form funds financing 通过 形式 方式',
  },
];

/** The aspects a question asks about, most specific first (a "why" that names a risk asks about the risk). */
export function askedAspects(question: string): Aspect[] {
  const found = ASPECTS.filter((aspect) => aspect.asked.test(question));
  // "How …" is the weakest cue: any other aspect the question names says more.
  return found.length > 1 ? found.filter((aspect) => aspect.id !== 'method') : found;
}

/** 1 when a sentence speaks to one of the asked aspects, 0 when it speaks to none; 0.5 when none was asked. */
export function aspectMatch(aspects: Aspect[], sentence: string): number {
  if (!aspects.length) return 0.5;
  return aspects.some((aspect) => aspect.answered.test(sentence)) ? 1 : 0;
}

/**
 * Words a paraphrase swaps for one another. Single words only: each group is stemmed by the index's
 * tokenizer, and a question's term counts as present when any word of its group is.
 */
export const SYNONYMS: string[][] = [
  ['head', 'heads', 'lead', 'leads', 'ceo', 'chief', 'boss', 'runs'],
  ['founded', 'founder', 'founders', 'started', 'established', 'created', 'co-founded', 'co-founder'],
  ['acquire', 'acquired', 'acquisition', 'buy', 'bought', 'purchase', 'purchased', 'takeover'],
  ['invest', 'invested', 'investment', 'investments', 'back', 'backed', 'backing', 'stake', 'bet'],
  ['money', 'cash', 'funds', 'funding', 'capital', 'financing'],
  ['compute', 'computing', 'computational'],
  ['startup', 'startups', 'start-up', 'start-ups', 'unicorn', 'unicorns'],
  ['carmaker', 'carmakers', 'automaker', 'automakers', 'automobile', 'car', 'cars', 'vehicle', 'vehicles', 'auto'],
  ['robot', 'robots', 'robotics', 'embodied'],
  ['ipo', 'listing', 'listed', 'float'],
  ['headcount', 'employee', 'employees', 'staff', 'workforce'],
  ['profit', 'profitable', 'profitability', 'profits'],
  ['loss', 'losses', 'lose', 'losing', 'lost'],
  ['grow', 'grew', 'growth', 'increase', 'increased', 'rise', 'rose', 'surge', 'surged'],
  ['decline', 'declined', 'fall', 'fell', 'drop', 'dropped', 'decrease', 'decreased', 'reduction', 'shrink', 'shrank'],
  ['risk', 'risks', 'danger', 'threat', 'threats', 'uncertainty', 'challenge', 'challenges'],
  ['strategy', 'strategies', 'approach', 'approaches', 'playbook'],
  ['differ', 'difference', 'different', 'contrast', 'unlike'],
  ['benefit', 'benefits', 'advantage', 'advantages', 'gain', 'gains', 'upside'],
  ['chip', 'chips', 'semiconductor', 'semiconductors', 'processor', 'processors'],
  ['restriction', 'restrictions', 'controls', 'sanctions', 'ban', 'curbs'],
  ['announce', 'announced', 'unveil', 'unveiled', 'reveal', 'revealed', 'declared'],
  ['customer', 'customers', 'client', 'clients', 'user', 'users'],
  ['rival', 'rivals', 'competitor', 'competitors', 'competition'],
  ['appointed', 'named', 'made', 'promoted', 'tapped'],
];

/**
 * Pairs of opposite claims a question may take for granted ("why did X's headcount grow", "given that
 * X has never turned a profit"): if a report sentence about the same subject says the opposite, the
 * premise is corrected. `a` and `b` are the two sides; `negated` marks a side said with "not".
 */
export const OPPOSITES: { name: string; a: RegExp; b: RegExp }[] = [
  {
    name: 'direction',
    a: /\b(?:grow|grew|grown|growing|rise|rose|risen|rising|increas(?:e|ed|es|ing)|climb(?:ed|ing)?|jump(?:ed|ing)?|surg(?:e|ed|ing)|expand(?:ed|ing)?|go up|went up|gone up)\b|增长|增加|上升|上涨|扩大|扩张/i,
    b: /\b(?:fall|fell|fallen|falling|drop(?:ped|ping)?|declin(?:e|ed|ing)|decreas(?:e|ed|ing)|shr(?:ink|ank|unk|inking)|down from|down by|reduc(?:ed|tion)|went down|cut(?:s|ting)? (?:back|jobs|staff))\b|下降|减少|下跌|缩减|缩水/i,
  },
  {
    name: 'profit',
    a: /\b(?:never (?:turned a profit|been profitable|made (?:a )?(?:profit|money))|loss-making|unprofitable|keeps? losing money|losing money|lost money|in the red)\b|一直亏损|从未盈利|没有盈利|不赚钱/i,
    b: /\b(?:profitable|profitability|turned a profit|in the black|made a profit)\b|盈利|赚钱/i,
  },
];
