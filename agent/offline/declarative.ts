/**
 * @module Turns a wh-question and its answer into a first sentence in words: "Who heads X?" + "Jiang Fan"
 * → "Jiang Fan heads X"; "阿里的负责人是谁?" → "阿里的负责人是蒋凡". Returns undefined when the
 * question's shape is not one it can rewrite safely, and the caller says it another way.
 */
import { withoutLeadIn } from './open-question-cues.js';
import type { Lang } from '../../core/index.js';
import type { AliasTable } from '../../index/index.js';

const IRREGULAR: Record<string, string> = {
  be: 'was', become: 'became', begin: 'began', buy: 'bought', bring: 'brought', build: 'built', come: 'came', do: 'did', find: 'found',
  get: 'got', give: 'gave', go: 'went', have: 'had', hold: 'held', lead: 'led', leave: 'left', make: 'made', meet: 'met', pay: 'paid',
  put: 'put', raise: 'raised', run: 'ran', say: 'said', see: 'saw', sell: 'sold', set: 'set', spend: 'spent', take: 'took', tell: 'told',
  win: 'won', beat: 'beat', write: 'wrote', know: 'knew', rise: 'rose', fall: 'fell', speak: 'spoke', send: 'sent', stand: 'stood', think: 'thought',
  grow: 'grew', shrink: 'shrank', lose: 'lost', drive: 'drove', draw: 'drew', choose: 'chose', cut: 'cut', bet: 'bet', cost: 'cost', hit: 'hit',
  let: 'let', quit: 'quit', lend: 'lent', bid: 'bid', bend: 'bent', deal: 'dealt', mean: 'meant', break: 'broke', seek: 'sought', teach: 'taught', catch: 'caught', fight: 'fought', feel: 'felt', keep: 'kept',
  shake: 'shook', strike: 'struck', stick: 'stuck', swing: 'swung', spin: 'spun', split: 'split', shut: 'shut', shoot: 'shot', fly: 'flew', forget: 'forgot',
  freeze: 'froze', hide: 'hid', ride: 'rode', sink: 'sank', sit: 'sat', sleep: 'slept', slide: 'slid', steal: 'stole', swear: 'swore', sweep: 'swept',
  throw: 'threw', understand: 'understood', undertake: 'undertook', overtake: 'overtook', undergo: 'underwent', withdraw: 'withdrew', wear: 'wore', tear: 'tore',
  spread: 'spread', shed: 'shed', forecast: 'forecast', outgrow: 'outgrew', rebuild: 'rebuilt', rethink: 'rethought', oversee: 'oversaw', foresee: 'foresaw', light: 'lit',
  blow: 'blew', hang: 'hung', forgive: 'forgave',
};

/** Verbs whose last consonant doubles before -ed (a stressed last syllable: "commit" → "committed"). */
const DOUBLES_LAST = new Set(['commit', 'submit', 'admit', 'permit', 'omit', 'occur', 'refer', 'prefer', 'transfer', 'control', 'plan', 'stop', 'drop', 'ship', 'step', 'scrap', 'slip', 'tap', 'top', 'chip']);

/** Verbs common in questions about companies, for telling the verb from the noun before it. */
const COMMON_VERBS = new Set(['invest', 'launch', 'establish', 'create', 'initiate', 'increase', 'decrease', 'expand', 'reduce', 'surge', 'jump', 'decline', 'drop', 'acquire', 'announce', 'hire', 'fire', 'open', 'close', 'stop', 'start', 'decide', 'back', 'fund', 'need', 'want', 'plan', 'release', 'spend', 'climb', 'slow', 'shift', 'move', 'change', 'double', 'halve', 'miss', 'beat', 'hit']);

/** Whether a word is one of the verbs this module knows (irregular or common in questions about companies). */
export function isKnownVerb(word: string): boolean {
  const lower = word.toLowerCase();
  return IRREGULAR[lower] !== undefined || COMMON_VERBS.has(lower);
}

/** Particles of phrasal verbs ("shake up", "roll out"): never the verb itself. */
const PARTICLES = new Set(['up', 'out', 'off', 'down', 'over', 'away', 'back']);

/** Adverbs that come between a subject and its verb, never the verb itself. */
const ADVERBS = new Set(['only', 'just', 'really', 'also', 'still', 'ever', 'even', 'actually', 'already', 'finally', 'first', 'then', 'recently', 'suddenly', 'quickly', 'eventually', 'originally',
  'jointly', 'together', 'officially', 'formally', 'reportedly', 'previously', 'successively', 'initially']);

/** Prefixes that leave the verb after them irregular ("overtake", "outsell", "undergo", "withhold"). */
const IRREGULAR_PREFIXES = ['over', 'under', 'out', 'with', 'fore', 'mis'];

/** Simple past of a regular or common irregular English verb. */
export function pastTense(verb: string): string {
  // A phrasal verb inflects its verb, not its particle: "shake up" → "shook up", "pull back" → "pulled back".
  const phrasal = verb.match(/^(\S+)(\s+.+)$/);
  if (phrasal) return `${pastTense(phrasal[1]!)}${phrasal[2]}`;
  const lower = verb.toLowerCase();
  if (IRREGULAR[lower]) return IRREGULAR[lower]!;
  // "overtake" → "overtook", "outsell" → "outsold": a prefix before an irregular verb keeps it irregular.
  const prefix = IRREGULAR_PREFIXES.find((head) => lower.startsWith(head) && IRREGULAR[lower.slice(head.length)]);
  if (prefix) return `${verb.slice(0, prefix.length)}${IRREGULAR[lower.slice(prefix.length)]}`;
  if (DOUBLES_LAST.has(lower)) return `${verb}${verb.slice(-1)}ed`;
  if (/e$/.test(lower)) return `${verb}d`;
  if (/[^aeiou]y$/.test(lower)) return `${verb.slice(0, -1)}ied`;
  return `${verb}ed`;
}

const clean = (text: string) => text.trim().replace(/[?？]+\s*$/, '').trim();

/**
 * Joins the words of a name so the patterns here read it as one word: neither a word character nor white
 * space to them, so "Tongyi Qianwen" cannot be split into a subject "Tongyi" and a participle "Qianwen".
 */
const NAME_JOINER = '\u2060';
/** The alias kinds that are names (a term such as "capital expenditure" or a period is worded freely). */
const NAME_KINDS: ReadonlySet<string> = new Set(['company', 'product', 'person']);

/** The multi-word names of companies, products and people the alias table finds in a question, longest first. */
export function multiWordNames(question: string, aliases: Pick<AliasTable, 'find' | 'get'>): string[] {
  const names = aliases.find(question)
    .filter((mention) => /\s/.test(mention.name) && NAME_KINDS.has(aliases.get(mention.id)?.kind ?? ''))
    .map((mention) => mention.name);
  return [...new Set(names)].sort((a, b) => b.length - a.length);
}

/** The question without its question mark, each multi-word name joined into one word. */
function statementText(question: string, names: readonly string[]): string {
  // "Could you tell me who heads …" is worded as "who heads …": the lead-in is how it was asked.
  const proper = withoutLeadIn(question);
  let text = clean(proper === question ? question : proper.charAt(0).toUpperCase() + proper.slice(1));
  for (const name of names) text = text.split(name).join(name.replace(/\s+/g, NAME_JOINER));
  return text;
}

/** The question with each multi-word name joined into one word, and a clause worded from it with the names spelled again. */
export function withNamesJoined(question: string, names: readonly string[]): string {
  return statementText(question, names);
}

/** A statement worded from joined text, its names spelled with spaces again. */
export const unjoined = <T extends string | undefined>(statement: T): T => (statement === undefined ? statement : statement.split(NAME_JOINER).join(' ')) as T;

/**
 * "Who was <subject> <participle> <preposition> …": a subject of its own (a name, a pronoun or a determined noun),
 * then a participle and the preposition whose object the wh-word is. Prepositions: data.
 */
// Case-sensitive: the subject is a capitalised name or a pronoun/determiner, never an adverb ("Who was recently appointed …").
const OBJECT_OF_PARTICIPLE = new RegExp(`^[Ww]ho(?:m)?\\s+(is|was|are|were)\\s+((?:[A-Z${NAME_JOINER}]|(?:the|his|her|its|their|he|she|they|it)\\b)[^,]*?)\\s+([a-z]{2,}(?:ing|ed)|seated|sat|led|backed|run|founded|chosen)\\s+(next to|close to|beside|alongside|opposite|behind|with|to|by|for|from|under|against|after)(?:\\s+(.+))?$`);

/** "Who heads Alibaba's e-commerce group?" → "Jiang Fan heads Alibaba's e-commerce group". */
export function personStatement(question: string, name: string, lang: Lang, names: readonly string[] = []): string | undefined {
  return unjoined(personStatementOf(statementText(question, names), name, lang));
}

function personStatementOf(text: string, name: string, lang: Lang): string | undefined {
  if (lang === 'zh') return text.includes('谁') ? text.replace('谁', name) : undefined;
  if (SECOND_QUESTION.test(text)) return undefined;
  // "Who was Liang Wenfeng sitting next to at the symposium?" → "Liang Wenfeng was sitting next to Pony Ma at the symposium":
  // a subject after the copula and a participle with its preposition make the person asked the preposition's object.
  const beside = text.match(OBJECT_OF_PARTICIPLE);
  if (beside) {
    const [, aux, subject, participle, preposition, rest] = beside as unknown as [string, string, string, string, string, string];
    return `${subject} ${aux.toLowerCase()} ${participle} ${preposition} ${name}${rest ? ` ${rest}` : ''}`;
  }
  const who = text.match(/^who\s+(?!did\b|does\b|do\b|will\b|would\b|should\b|could\b)(.+)$/i);
  if (who) return `${name} ${who[1]}`;
  // (The modifiers hold no auxiliary: in "Which companies does Unitree's founder say …" the founder is no which-phrase's head.)
  const which = text.match(new RegExp(`^(?:which|what)\\s+((?:(?!(?:does|do|did|is|are|was|were|has|have|had|will|can|could|would)\\b)[\\w.'’${NAME_JOINER}-]+\\s+){0,4}?)(${PERSON_NOUN})\\s+(?!did\\b|does\\b|do\\b|is\\b|was\\b)(.+)$`, 'i'));
  // "Which entrepreneur started DeepSeek?" → "Liang Wenfeng started DeepSeek"; with modifiers, the noun phrase is kept:
  // "Which Counterpoint analyst commented …?" → "Wei Sun is the Counterpoint analyst who commented …".
  if (which) return which[1] ? `${name} is the ${which[1]}${which[2]} who ${which[3]}` : `${name} ${which[3]}`;
  // "Who do the heads of Seed report to?" → "The heads of Seed report to Liang Rubo".
  const stranded = text.match(/^who(?:m)?\s+(do|does|did)\s+(.+?)\s+([a-z]+)\s+(to|by|with|for|from|under|after)$/i);
  if (stranded) {
    const [, aux, subject, verb, preposition] = stranded as unknown as [string, string, string, string, string];
    const inflect = (word: string) => (aux.toLowerCase() === 'did' ? pastTense(word) : aux.toLowerCase() === 'does' ? thirdPerson(word) : word);
    // "Who did Alibaba jointly establish a smart computing company with?": the word before the preposition may be the
    // verb's object; the verb is where the subject ends.
    const split = splitAtVerb(`${subject} ${verb}`);
    if (split && split.rest && isKnownVerb(split.verb) && !isKnownVerb(verb)) return `${split.subject} ${inflect(split.verb)} ${split.rest} ${preposition} ${name}`;
    return `${subject} ${inflect(verb)} ${preposition} ${name}`;
  }
  // "Who did Alibaba appoint as CTO in 2020?" → "Alibaba appointed Zhou Jingren as CTO in 2020".
  const object = text.match(/^who(?:m)?\s+(did|does|do)\s+(.+)$/i);
  if (object) {
    const split = splitAtVerb(object[2]!);
    if (!split) return undefined;
    const verb = object[1]!.toLowerCase() === 'did' ? pastTense(split.verb) : object[1]!.toLowerCase() === 'does' ? thirdPerson(split.verb) : split.verb;
    return `${split.subject} ${verb} ${name}${split.rest ? ` ${split.rest}` : ''}`;
  }
  return undefined;
}

export function thirdPerson(verb: string): string {
  if (verb.toLowerCase() === 'have') return 'has';
  if (verb.toLowerCase() === 'be') return 'is';
  return /(?:s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`;
}

/** Nouns for people a "which …" question names the answer by. */
const PERSON_NOUN = 'executive|person|founder|co-founder|official|manager|leader|boss|scientist|engineer|entrepreneur|investor|analyst|expert|researcher|chief|head|ceo|cto|coo|cfo|chairman|chairwoman|vice president|president|director|partner|spokesperson';

/** A question word after a comma or "and" past the first: two questions, which no one answer's statement words. */
// After "and", any question word; after a bare comma only those no relative clause starts with ("…, which valued Moonshot at …").
const SECOND_QUESTION = /\band\s+(?:(?:from|since|until|till|by|in|on|for|to|with)\s+)?(?:when|what|which|who|whom|how|where|why)\b|,\s*(?:(?:from|since|until|till|by|in|on|for|to|with)\s+)?(?:when|what|how|where|why)\b/i;

/** "When did Alibaba open-source Qwen?" + "August 2023" → "Alibaba open-sourced Qwen in August 2023". */
export function dateStatement(question: string, date: string, lang: Lang, names: readonly string[] = []): string | undefined {
  return unjoined(dateStatementOf(statementText(question, names), date, lang));
}

function dateStatementOf(text: string, date: string, lang: Lang): string | undefined {
  const preposition = /^(?:in|on|since|from|by)\s/i.test(date) ? '' : /^[A-Za-z]+\.? \d{1,2}(?:st|nd|rd|th)?(?:, \d{4})?$|^\d{4}-\d{2}-\d{2}$/.test(date) ? 'on ' : 'in ';
  if (lang === 'zh') {
    const cue = text.match(/什么时候|何时|哪一?天|哪一?年|几月/);
    return cue ? text.replace(cue[0], date).replace(/[吗呢]$/, '') : undefined;
  }
  // "…, and from when is ERNIE Bot free?": a second question in the clause is no statement to fill with one date.
  if (SECOND_QUESTION.test(text)) return undefined;
  // "Since when has Unitree been profitable?" → "Unitree has been profitable since 2020" (a name as the subject only).
  const since = text.match(/^(since|from|until|till|by)\s+when\s+(has|have|had|is|are|was|were|will)\s+(.+)$/i);
  if (since) {
    const [, cue, aux, rest] = since as unknown as [string, string, string, string];
    // The subject runs to "been" after has/have/had ("has Unitree Robotics been profitable"); after is/are it must be one
    // (joined) name ("is ERNIE Bot free"), or where it ends is a guess.
    const words = rest.split(/\s+/);
    const been = /^ha(?:s|ve|d)$/i.test(aux) ? words.findIndex((word) => word.toLowerCase() === 'been') : 1;
    const subject = words.slice(0, been).join(' ');
    if (been < 1 || !/^[A-Z0-9]/.test(subject) || /['’]s$/.test(subject) || (been === 1 && words.length < 2)) return undefined;
    const tail = words.slice(been).join(' ');
    return `${subject} ${aux.toLowerCase()} ${tail} ${/^(?:in|on|since|from|by|until)\s/i.test(date) ? '' : `${cue.toLowerCase()} `}${date}`;
  }
  const passive = text.match(/^(?:when|(?:in\s+)?(?:what|which)\s+year|(?:on\s+)?(?:what|which)\s+(?:date|day))\s+(was|were|is|are)\s+(.+?)\s+(\w+ed|\w+en|held|built|set|made|sold|paid|led|founded)((?:\s+(?:up|out|off|down|over))?(?:\s+.+)?)$/i);
  // "When was Wu Yongming appointed CEO of Alibaba Group?" → "… was appointed CEO of Alibaba Group in September 2023".
  if (passive) return `${passive[2]} ${passive[1]!.toLowerCase()} ${passive[3]}${passive[4] ?? ''} ${preposition}${date}`;
  const active = text.match(/^(?:when|(?:in\s+)?(?:what|which)\s+year|(?:on\s+)?(?:what|which)\s+(?:date|day))\s+(did|does|do)\s+(.+)$/i);
  // "(Can you tell me) when Alibaba open-sourced Qwen": an embedded question is already a statement after "when".
  const embedded = !active && text.match(/^When\s+(?!(?:did|does|do|was|were|is|are|has|have|had|will|would|can|could)\b)(\S+\s+\S+.*)$/);
  if (embedded) return `${embedded[1]} ${preposition}${date}`;
  if (!active) return undefined;
  // "When does Baidu open-source ERNIE 4.5?" asks of what is due, not of what was done: the tense is the question's.
  const clause = active[1]!.toLowerCase() === 'did' ? pastClause(active[2]!) : presentClause(active[2]!, active[1]!.toLowerCase() === 'does');
  return clause ? `${clause} ${preposition}${date}` : undefined;
}

/**
 * Openings that put a statement up for confirmation, as data: the statement is what the question takes for
 * granted ("Is it true that Alibaba added 25,000 employees?", "宇树是不是拿了投资之后才盈利的?").
 */
const CONFIRM_EN = /^(?:is it (?:true|the case|correct|right) that|am I right (?:that|in thinking that)|is it right that|do the reports (?:say|confirm) that|did the reports say that)\s+(.+)$/i;
const CONFIRM_TAG_EN = /^(.+?),\s*(?:right|correct|isn't it|is that right|is that correct|didn't it|true)$/i;
/** "是不是", "是否", "有没有" in the middle of a Chinese question: removed, the rest is the statement. */
const CONFIRM_ZH = /是不是|是否|有没有/;
/** A statement, then a tag putting it up for confirmation ("…少了100倍,对吧?", "…,是吗?"). */
const CONFIRM_TAG_ZH = /^(.+?)[,，]\s*(?:对吧|是吧|对吗|是吗|对不对|是不是|没错吧|没错吗|没错)$/;
/** A clause before the question word that the question builds on ("After Alibaba paid … , why …"). */
const GIVEN_EN = /^(?:given that|since|as|because|now that|considering that|seeing that|after|once|when)\s+(.+?),\s*(?:why|how|what|when|which|who|is|are|does|do|did|will|should)\b/i;

/** A statement, then a dash, comma or semicolon and the question that builds on it. */
const STATED_THEN_ASKED_EN = /^(?!(?:why|how|what|when|where|which|who|whom|is|are|was|were|does|do|did|has|have|had|can|could|will|would|should|if|assuming|suppose|supposing|given|among|of|for|besides|according to|in|on|at|with|as)\b)(.+?)(?:\s*[—–]\s*|\s+-{1,2}\s+|[,;:]\s*)(?:(?:so|but|and|then)\s+)?(?:is (?:that|this|it) why|why|how|what|which|who|when|does that|did that)\b/i;
/** A finite verb: the words before the question are a clause, not a topic ("Alibaba's AI spending, why …"). */
const FINITE_VERB = new RegExp(`\\b(?:is|are|was|were|has|have|had|keeps?|kept|does|did|do|can|will|${Object.values(IRREGULAR).join('|')})\\b|\\b[a-z]{3,}ed\\b`, 'i');

/** A Chinese clause that asks rather than states. */
const ASKS_ZH = /什么|多少|哪|谁|几|怎么|如何|为啥|是否|是不是|有没有/;
/** A claim of a direction or a state, without figures (a figure stated first is checked as a stated figure, not here). */
const STATE_CLAIM_ZH = /下降|下滑|增长|增加|减少|上涨|下跌|亏损|亏钱|烧钱|盈利|赚钱|翻倍|(?:超出|超过|高于|好于|低于|不及)(?:市场)?预期/;
/** A clause that supposes rather than claims ("如果…", "假如…"), and a request ("介绍一下…吧"). */
const SUPPOSED_ZH = /^(?:如果|假如|假设|要是|万一|倘若|若是?|即使|哪怕)/;
const REQUEST_ZH = /^(?:请|麻烦)?(?:介绍|说说|讲讲|谈谈|列出|列举|总结|概括|分析|解释)/;
/** A claim in a Chinese clause: a figure or a direction ("下降了52%", "一直亏损"). */
const CLAIM_ZH = /\d|下降|下滑|增长|增加|减少|上涨|下跌|亏|盈利|超过|翻倍/;

/**
 * What a "why" or yes/no question takes for granted, as a statement: "Why did Alibaba's headcount grow during
 * 2024?" → "Alibaba's headcount grew during 2024"; "Given that Unitree has never turned a profit, why …"
 * → "Unitree has never turned a profit"; "Is it true that Alibaba added 25,000 employees?" → "Alibaba added
 * 25,000 employees"; "Did Alibaba invest in Zhipu in 2020?" → "Alibaba invested in Zhipu in 2020";
 * "既然斑马网络一直盈利,为什么…" → "斑马网络一直盈利"; "宇树是不是盈利了?" → "宇树盈利了".
 */
export function premiseOf(question: string, lang: Lang, names: readonly string[] = []): string | undefined {
  return unjoined(premiseOfText(statementText(question, names), lang));
}

function premiseOfText(text: string, lang: Lang): string | undefined {
  if (lang === 'zh') {
    const tagged = text.match(CONFIRM_TAG_ZH);
    if (tagged) return tagged[1];
    const stated = text.match(/^(?:既然|鉴于|由于|考虑到)?(.+?)[,，](?:那么|那)?(?:为什么|为何|怎么)/);
    if (stated) return stated[1];
    // "宇树一直在烧钱,阿里为什么还要投?": a statement put first, the asker's subject named before the why; unless the claim
    // itself comes after the why ("做B2B之后,商品转化率为什么反而下降了52%?", whose statement is the why-clause).
    const statedThenWho = text.match(/^(.+?)[,，][^,，。?？]{1,8}?(?:为什么|为何)([^?？]*)/);
    if (statedThenWho && !CLAIM_ZH.test(statedThenWho[2]!)) return statedThenWho[1];
    // "腾讯的资本开支为什么下降" asks why of the clause around the question word.
    const why = text.match(/^(.*?)(?:为什么|为何)(.+)$/);
    if (why) return `${why[1]}${why[2]}`.replace(/[吗呢]$/, '');
    // "腾讯元宝是不是已经冲到第一了?", "宇树是否已经盈利?", "…了吗?": the statement put up for confirmation.
    if (CONFIRM_ZH.test(text)) return text.replace(CONFIRM_ZH, '').replace(/[吗呢]$/, '');
    // "宇树科技多年亏损,所以才急着拉阿里入股吧?", "宇树多年亏损,阿里还投它,图什么?": a claim stated first, then what is asked of it.
    const claimFirst = text.match(/^([^,，。]+)[,，](?:所以|因此|因而|于是|那么|那)?(.+)$/);
    // (Not a supposition, "如果腾讯资本开支下降,会怎么样?": what is supposed is not claimed.)
    if (claimFirst && !SUPPOSED_ZH.test(claimFirst[1]!) && STATE_CLAIM_ZH.test(claimFirst[1]!) && !ASKS_ZH.test(claimFirst[1]!) && /[吗吧呢]$|什么|怎么|如何|为啥|多少/.test(claimFirst[2]!)) return claimFirst[1];
    // (A request ending in 吧, "介绍一下腾讯资本开支增长的情况吧", claims nothing.)
    if (/[吗吧]$/.test(text) && !ASKS_ZH.test(text) && !SUPPOSED_ZH.test(text) && !REQUEST_ZH.test(text)) return text.replace(/[吗吧]$/, '');
    return undefined;
  }
  const given = text.match(GIVEN_EN);
  if (given) return given[1];
  // "With all this AI spending, why did …?", "Despite the cuts, how has …?": a scene-setting phrase before the question is no premise of it.
  const scene = text.match(/^(?:with|despite|amid|after|given all|for all|in spite of)\b[^,?]{0,80},\s*(?=(?:why|how)\b)/i);
  if (scene) return premiseOfText(text.slice(scene[0].length), lang);
  // "Unitree has been loss-making for years — is that why it needed Alibaba's money?", "Unitree keeps losing money, so
  // why did Alibaba invest?": a statement put first, then the question built on it.
  const statedFirst = text.match(STATED_THEN_ASKED_EN);
  if (statedFirst && FINITE_VERB.test(statedFirst[1]!)) return statedFirst[1];
  // "How did Meituan cut its R&D spending?" takes the cut for granted as much as "Why did …" does ("How much …" asks a figure).
  const why = text.match(/^(?:why|how)\s+(did|does|do)\s+(.+)$/i);
  if (why) return pastClause(why[2]!);
  // "How come Tencent's capex dropped?": the statement follows as it stands.
  const howCome = text.match(/^how come\s+(.+)$/i);
  if (howCome) return howCome[1];
  // "Why has Unitree been loss-making for years?", "Why is Alibaba cutting staff?": the auxiliary goes back before its participle.
  // (Case-sensitive: "Beijing" is no participle; a subject ending in "'s" or a bare determiner is a noun phrase cut short.)
  const perfect = text.match(/^(?:[Ww]hy|[Hh]ow)\s+(has|have|had|is|are|was|were)\s+(.+?)\s+(been|[a-z]{3,}ing|(?:[a-z]+-(?!(?:based|backed|owned|listed|focused|oriented|related|driven|powered|funded|led)\b))?[a-z]{2,}ed|grown|fallen|risen|shrunk|lost|cut|made|spent)\b(.*)$/);
  if (perfect && /^(?:[A-Z]|(?:the|its|their|his|her)\b)/.test(perfect[2]!) && !/['’]s$/.test(perfect[2]!) && !/^(?:the|its|their|his|her)$/i.test(perfect[2]!)) return `${perfect[2]} ${perfect[1]!.toLowerCase()} ${perfect[3]}${perfect[4]}`;
  const confirm = text.match(CONFIRM_EN) ?? text.match(CONFIRM_TAG_EN);
  if (confirm) return confirm[1];
  // "Did Alibaba invest in Zhipu in 2020?" states that it did (a question with "or" or a wh-word asks which, not whether).
  const did = text.match(/^did\s+(.+)$/i);
  if (did && !/\b(?:or|what|which|who|how|when|where)\b/i.test(did[1]!)) return pastClause(did[1]!);
  return undefined;
}

/**
 * Whether the question asks to confirm a statement ("Is it true that …", "Did …", "…, right?", "是不是…", "…吗?"):
 * a corrected premise then answers it, opening with No / 不是. A question offering alternatives ("or") asks which.
 */
export function asksToConfirm(question: string): boolean {
  const text = clean(question);
  if (/\p{Script=Han}/u.test(text)) return !/还是/.test(text) && (CONFIRM_ZH.test(text) || (/吗$/.test(text) && !/什么|多少|哪|谁|几/.test(text)));
  return (/^(?:is|are|was|were|does|do|did|has|have|had|will|can|could)\b/i.test(text) || CONFIRM_TAG_EN.test(text)) && !/\bor\b/i.test(text);
}

/** The subject, the verb (base form) and the rest of the words after "did": "Alibaba appoint as CTO" → Alibaba | appoint | as CTO. */
export function splitAtVerb(rest: string): { subject: string; verb: string; rest: string } | undefined {
  // The verb is the first lower-case word after the subject ("Tencent's cloud unit launch …").
  const words = rest.split(/\s+/);
  // After "did" the verb is in its base form, so a lower-case word ending in a plain -s is still the subject ("the founders").
  const determiners = ['the', 'a', 'an', 'of', 'and', 'its', 'their', 'his', 'her', 'first', 'two', 'three'];
  // A title before a name ("Tencent founder Pony Ma attend …") is part of the subject, not its verb.
  const titles = ['founder', 'co-founder', 'chairman', 'president', 'director', 'analyst', 'executive', 'officer', 'vice', 'rotating', 'chief', 'investor'];
  // "Tencent first launch Yuanbao": "first" after a name is an adverb of the verb after it, not a determiner of a noun.
  const determinerBefore = (i: number) => determiners.includes(words[i - 1]!) && !(words[i - 1] === 'first' && i >= 2 && /^[A-Z]/.test(words[i - 2]!));
  let at = words.findIndex((word, i) => i > 0 && /^[a-z][a-z-]*$/.test(word) && !/[^su]s$/.test(word)
    && !determiners.includes(word) && !determinerBefore(i) && !titles.includes(word));
  if (at <= 0) return undefined;
  // "Unitree only become profitable": an adverb before the verb stays where it is, and the verb after it is inflected.
  while (ADVERBS.has(words[at]!) && words[at + 1]) at++;
  // After a possessive the first lower-case words are its noun ("Alibaba's headcount grow during 2024"):
  // the verb is the last of them before a preposition or determiner.
  const closers = [...determiners, 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'during', 'over', 'into', 'after', 'before', 'since', 'so', 'this', 'that', 'last', 'next'];
  if (/['’]s$/.test(words[at - 1]!)) {
    let end = at;
    while (words[end + 1] && /^[a-z][a-z-]*$/.test(words[end + 1]!) && !closers.includes(words[end + 1]!)) end++;
    // A known verb inside the run is the verb ("cloud unit cut prices"); else the run's last word is.
    const known = words.slice(at, end + 1).findIndex((word) => IRREGULAR[word] !== undefined || COMMON_VERBS.has(word));
    at = known >= 0 ? at + known : end;
    // "DeepSeek's breakthrough shake up the race": a particle ends the run, and the verb is the word before it.
    if (known < 0 && PARTICLES.has(words[at]!) && at - 1 > words.findIndex((word) => /['’]s$/.test(word))) at--;
  }
  // "Meituan's R&D spending drop in Q2", "AI-optimized product conversion fall 52%": a word the verbs list does not know,
  // followed within the same run (no preposition or determiner between) by one it does, is still the subject's noun.
  if (!isKnownVerb(words[at]!)) {
    // (An acronym inside the noun phrase, "generative AI tools", does not end it.)
    for (let next = at + 1; next < Math.min(words.length, at + 5) && /^(?:[a-z][a-z-]*|[A-Z0-9][A-Z0-9&-]*)$/.test(words[next]!) && !closers.includes(words[next]!); next++) {
      if (isKnownVerb(words[next]!)) { at = next; break; }
    }
  }
  // "Tongyi Qianwen first come out": a particle is never the verb; the known verb before it is ("come out" → "came out").
  if (PARTICLES.has(words[at]!) && at > 1 && isKnownVerb(words[at - 1]!)) at--;
  return { subject: words.slice(0, at).join(' '), verb: words[at]!, rest: words.slice(at + 1).join(' ') };
}

/** "Baidu open-source ERNIE 4.5" → "Baidu open-sources ERNIE 4.5" (the words after "does"; after "do", unchanged). */
function presentClause(rest: string, third: boolean): string | undefined {
  const split = splitAtVerb(rest);
  if (!split) return undefined;
  return `${split.subject} ${third ? thirdPerson(split.verb) : split.verb}${split.rest ? ` ${split.rest}` : ''}`;
}

/** "Tencent's cloud unit launch its model" → "Tencent's cloud unit launched its model" (the words after "did"). */
export function pastClause(rest: string): string | undefined {
  const split = splitAtVerb(rest);
  if (!split) return undefined;
  const { verb } = split;
  const head = verb.includes('-') ? `${verb.split('-')[0]}-${pastTense(verb.split('-').slice(1).join('-'))}` : pastTense(verb);
  return `${split.subject} ${head}${split.rest ? ` ${split.rest}` : ''}`;
}
