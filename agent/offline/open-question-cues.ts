/**
 * @module Everyday phrasings of open questions, as data: "how come …", "what's behind …", "为啥 …", "靠什么 …",
 * "走的是什么路子", "意味着什么", "怎么回事". Each names the aspect it asks (a reason, a method, a strategy, an
 * impact, a change, a summary). A question worded with one of them wants an explanation, never a lone figure.
 * Extend the table for new phrasings; phrases are matched as whole words in English and anywhere in Chinese. Only ways
 * of asking belong here, never a content word ("重组", "冲击", "reshuffle"): an aspect's asked words are also taken out
 * of what the question is about and out of the Chinese words a passage is checked against.
 */
/** Keyed by aspect id (see aspect-terms.ts, which folds these into each aspect's `asked` pattern). */
export const OPEN_QUESTION_CUES: Record<string, string[]> = {
  reason: [
    'how come', "what's behind", 'what is behind', 'what lies behind', "what's driving", 'what is driving', 'what explains',
    // ("What's the thinking / logic behind …" is the strategy aspect's already: asked as a reason too, it would be held to reason words.)
    "what's the reasoning", 'what is the reasoning', 'for what reason',
    '为啥', '干嘛', '凭什么', '何以', '缘何', '怎么会', '背后的逻辑', '背后的原因', '背后的考虑', '出于什么考虑', '出于什么目的', '图什么', '用意',
  ],
  method: [
    'by what means', 'in what ways', 'what did they do to', 'what steps',
    '靠什么', '凭借什么', '依靠什么', '用什么办法', '用什么方法', '通过什么方式', '怎么做到', '是怎么做的', '采取了什么', '采取了哪些',
  ],
  strategy: [
    "what's the play", 'game plan', 'overall approach', 'what kind of path', 'which path', 'what route',
    '什么路子', '什么路线', '哪条路', '套路', '玩法', '怎么打', '怎么布局',
  ],
  impact: [
    'what does that mean', 'what does this mean', 'what does it mean', 'what will that mean', 'what did that mean', 'what did it do to',
    '意味着什么', '带来了什么', '带来什么', '有何影响', '有什么影响',
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

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
  return [...PATTERNS].filter(([, pattern]) => pattern.test(question)).map(([aspect]) => aspect);
}

/** Whether the question is worded as an open question by one of the table's phrasings. */
export function hasOpenQuestionCue(question: string): boolean {
  return cuedAspects(question).length > 0;
}
