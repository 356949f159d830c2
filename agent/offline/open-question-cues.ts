/**
 * @module Everyday phrasings of open questions, as data: "how come …", "what's behind …", "为啥 …", "靠什么 …",
 * "走的是什么路子", "意味着什么", "怎么回事". Each names the aspect it asks (a reason, a method, a strategy, an
 * impact, a change, a summary). A question worded with one of them wants an explanation, never a lone figure.
 * Extend the table for new phrasings; phrases are matched as whole words in English and anywhere in Chinese. Only ways
 * of asking belong here, never a content word ("重组", "冲击", "reshuffle"): an aspect's asked words are also taken out
 * of what the question is about and out of the Chinese words a passage is checked against.
 */
import { escapeRegExp as escape } from '../../core/index.js';
/** Keyed by aspect id (see aspect-terms.ts, which folds these into each aspect's `asked` pattern). */
export const OPEN_QUESTION_CUES: Record<string, string[]> = {
  reason: [
    'how come', "what's behind", 'what is behind', 'what lies behind', "what's driving", 'what is driving', 'what explains',
    // ("What's the thinking / logic behind …" is the strategy aspect's already: asked as a reason too, it would be held to reason words.)
    "what's the reasoning", 'what is the reasoning', 'for what reason',
    '为啥', '干嘛', '凭什么', '何以', '缘何', '怎么会', '背后的逻辑', '背后的原因', '背后的考虑', '出于什么考虑', '出于什么目的', '图什么', '用意',
  ],
  // What holds something back is its risk: "What's stopping Tencent from …", "what's holding Baidu back", "卡在哪".
  risk: [
    "what's stopping", 'what is stopping', "what's holding", 'what is holding', 'holding back', 'holds back', 'held back', "what's preventing",
    'what is preventing', 'what prevents', 'what stands in the way', 'standing in the way', 'in the way of',
    '卡在哪', '卡脖子', '拦路虎', '掣肘', '制约因素', '阻碍', '障碍', '瓶颈',
  ],
  method: [
    'by what means', 'in what ways', 'what did they do to', 'what steps', 'which steps', 'what measures', 'what ways', 'which ways',
    '靠什么', '凭借什么', '依靠什么', '用什么办法', '用什么方法', '通过什么方式', '怎么做到', '是怎么做的', '采取了什么', '采取了哪些',
    '哪些办法', '什么办法', '哪些做法', '哪些方法', '哪些措施', '哪些手段', '什么手段', '哪些途径', '哪些方式',
  ],
  strategy: [
    "what's the play", 'game plan', 'overall approach', 'what kind of path', 'which path', 'what route',
    // Said of several at once: "what routes are the cloud providers taking", "which paths".
    'what routes', 'which routes', 'what paths', 'which paths', 'what avenues', 'which avenues',
    // The means to an end in a metaphor: "what levers are they pulling", "what weapons", "which tactics".
    // ("levers" and "tactics" alone: in a question they are the means asked about, whatever words come around them.)
    'levers', 'what weapons', 'which weapons', 'tactics', 'trump card', 'cards to play',
    '什么路子', '什么路线', '哪条路', '套路', '玩法', '怎么打', '怎么布局', '打法',
  ],
  impact: [
    'what does that mean', 'what does this mean', 'what does it mean', 'what will that mean', 'what did that mean', 'what did it do to',
    // What became of something: the story after, told in sentences, not one fact.
    'what happened to', 'what has happened to', 'what became of', 'what has become of', 'how did it fare', 'how has it fared',
    '意味着什么', '带来了什么', '带来什么', '有何影响', '有什么影响', '后来怎么样', '后来怎样', '结果怎么样', '下场',
  ],
  change: [
    'what has changed', 'what changed', "what's changed", 'what is different now',
    '什么变化', '有何变化', '哪些变化', '变了什么',
  ],
  summary: [
    "what's going on", 'what is going on', "what's the story", 'the big picture', 'walk me through', 'in a nutshell', 'lay of the land', 'overall picture',
    '怎么回事', '讲讲', '说说', '聊聊', '整体格局', '来龙去脉', '大致情况', '总体情况',
  ],
};

/**
 * Polite or indirect lead-ins before the question proper ("Can you explain what's driving …", "Could you tell me
 * why …", "I'd like to understand how …", "请问…为什么", "能不能说说…"): how the asker asks, never what about. The
 * question's aspect is read from what follows one as well, so a cue that must open the question ("what's driving",
 * "how did") still counts. As data: each entry is a phrase (optional words in parentheses, alternatives with |),
 * English as whole words at the start, Chinese at the start; several may follow one another ("请问，能不能说说…").
 */
export const INDIRECT_LEAD_INS: string[] = [
  '[please ](can|could|would|will) you [please ](explain|tell me|tell us|clarify|help me understand|let me know|say)',
  'please (explain|tell me|tell us|clarify|help me understand|let me know)', 'please', 'explain to me', 'help me understand',
  "I('d| would) like to (understand|know|learn|find out|hear)", "I('m| am) (curious|wondering|trying to understand)[ about]",
  'I (want|need) to (know|understand)', 'I wonder', 'do you know', 'any idea', 'do the reports (say|explain)',
  '请问', '请你', '(能不能|能否|可以|麻烦你|麻烦)(说说|讲讲|聊聊|解释一下|告诉我)', '[我]想(知道|了解|问问|问一下|请教一下)', '你知道', '我很好奇', '告诉我', '解释一下',
];

/** One lead-in phrase as a pattern: "[please ]" optional, "(a|b)" one of, spaces and apostrophes loose in English. */
function leadInPart(phrase: string): string {
  const body = phrase.replace(/\[([^\]]*)\]/g, '(?:$1)?').replace(/\((?!\?)/g, '(?:');
  return /\p{Script=Han}/u.test(phrase) ? body : body.replace(/ /g, '\\s+').replace(/'/g, "['’]");
}

const LEAD_IN = new RegExp(`^\\s*(?:(?:${INDIRECT_LEAD_INS.map(leadInPart).join('|')})(?:\\b|(?<=\\p{Script=Han}))[\\s,，:：]*)+`, 'iu');

/**
 * After a lead-in the question is a clause in statement order ("… how Alibaba funds its AI push", "… why Tencent
 * bought GPUs"): its opening word asks the aspect, with no "do"/"did" after it. "How much", "how long" … ask a
 * figure or a span, not a way.
 */
export const EMBEDDED_QUESTION_OPENINGS: Record<string, string[]> = {
  method: ['how'],
  reason: ['why', 'how come'],
};
const NOT_A_WAY_AFTER_HOW = ['come', 'much', 'many', 'long', 'often', 'far', 'big', 'large', 'old', 'soon', 'fast', 'quickly', 'high', 'low', 'about'];
const EMBEDDED = new Map(Object.entries(EMBEDDED_QUESTION_OPENINGS).map(([aspect, words]) => [aspect,
  new RegExp(`^\\s*(?:${words.join('|')})\\s+(?!(?:${NOT_A_WAY_AFTER_HOW.join('|')})\\b)\\S`, 'i')]));

/** The aspects a question asks in statement order after its lead-in ("Could you explain how Unitree became profitable?" → method). */
export function embeddedQuestionAspects(question: string): string[] {
  const direct = withoutLeadIn(question);
  if (direct === question) return [];
  return [...EMBEDDED].filter(([, pattern]) => pattern.test(direct)).map(([aspect]) => aspect);
}

/** The polite or indirect lead-in a question opens with ("Could you tell me", "请问"), or '' when it has none. */
export function leadInOf(question: string): string {
  return question.match(LEAD_IN)?.[0] ?? '';
}

/** The question after its lead-in ("Can you explain what's driving X?" → "what's driving X?"), or the question as it is. */
export function withoutLeadIn(question: string): string {
  const lead = leadInOf(question);
  return lead ? question.slice(lead.length) : question;
}

/** One pattern for one aspect's cues: English phrases as whole words (a trailing `*` runs on), Chinese anywhere. */
function cuePattern(phrases: string[]): RegExp {
  if (!phrases.length) return /(?!)/;
  const parts = phrases.map((phrase) => {
    if (/\p{Script=Han}/u.test(phrase)) return escape(phrase);
    const stem = phrase.endsWith('*');
    const body = escape(stem ? phrase.slice(0, -1) : phrase).replace(/\s+/g, '\\s+').replace(/'/g, "['’]");
    // A phrase opening with a question word ("how come", "what's behind") asks only where a question or clause starts:
    // "… the shares of what is driving growth" is no question of its own.
    const start = /^(?:how|what|which|why|for what|by what|in what)\b/i.test(phrase) ? String.raw`(?:^\s*|[.;:,?!，。；：？！]\s*|\b(?:and|but|so|then)\s+)` : String.raw`\b`;
    return `${start}${body}${stem ? '\\w*' : '\\b'}`;
  });
  return new RegExp(parts.join('|'), 'i');
}

const PATTERNS = new Map(Object.entries(OPEN_QUESTION_CUES).map(([aspect, phrases]) => [aspect, cuePattern(phrases)]));

/** The cue pattern for an aspect (one that never matches when the table has none for it). */
export function openCuePattern(aspect: string): RegExp {
  return PATTERNS.get(aspect) ?? /(?!)/;
}

/** The aspects a question's everyday open-question phrasing asks, in table order. */
export function cuedAspects(question: string): string[] {
  // After a lead-in, the question proper says what is asked ("能不能说说…为什么": a reason, not a summary).
  const direct = withoutLeadIn(question);
  const afterLeadIn = direct === question ? [] : [...PATTERNS].filter(([, pattern]) => pattern.test(direct)).map(([aspect]) => aspect);
  return afterLeadIn.length ? afterLeadIn : [...PATTERNS].filter(([, pattern]) => pattern.test(question)).map(([aspect]) => aspect);
}

/** Whether the question is worded as an open question by one of the table's phrasings. */
export function hasOpenQuestionCue(question: string): boolean {
  return cuedAspects(question).length > 0;
}
