/**
 * @module Turns a wh-question and its answer into a first sentence in words: "Who heads X?" + "Jiang Fan"
 * → "Jiang Fan heads X"; "阿里的负责人是谁?" → "阿里的负责人是蒋凡". Returns undefined when the
 * question's shape is not one it can rewrite safely, and the caller says it another way.
 */
import type { Lang } from '../../core/index.js';

const IRREGULAR: Record<string, string> = {
  be: 'was', become: 'became', begin: 'began', buy: 'bought', bring: 'brought', build: 'built', come: 'came', do: 'did', find: 'found',
  get: 'got', give: 'gave', go: 'went', have: 'had', hold: 'held', lead: 'led', leave: 'left', make: 'made', meet: 'met', pay: 'paid',
  put: 'put', raise: 'raised', run: 'ran', say: 'said', see: 'saw', sell: 'sold', set: 'set', spend: 'spent', take: 'took', tell: 'told',
  win: 'won', write: 'wrote', know: 'knew', rise: 'rose', fall: 'fell', speak: 'spoke', send: 'sent', stand: 'stood', think: 'thought',
};

/** Simple past of a regular or common irregular English verb. */
export function pastTense(verb: string): string {
  const lower = verb.toLowerCase();
  if (IRREGULAR[lower]) return IRREGULAR[lower]!;
  if (/e$/.test(lower)) return `${verb}d`;
  if (/[^aeiou]y$/.test(lower)) return `${verb.slice(0, -1)}ied`;
  return `${verb}ed`;
}

const clean = (text: string) => text.trim().replace(/[?？]+\s*$/, '').trim();

/** "Who heads Alibaba's e-commerce group?" → "Jiang Fan heads Alibaba's e-commerce group". */
export function personStatement(question: string, name: string, lang: Lang): string | undefined {
  const text = clean(question);
  if (lang === 'zh') return text.includes('谁') ? text.replace('谁', name) : undefined;
  const who = text.match(/^who\s+(?!did\b|does\b|do\b|will\b|would\b|should\b|could\b)(.+)$/i);
  if (who) return `${name} ${who[1]}`;
  const which = text.match(/^(?:which|what)\s+(?:executive|person|founder|co-founder|official|manager|leader|boss|scientist|engineer|entrepreneur|investor|analyst|expert|researcher|chief|head|ceo|chairman|president)\s+(?!did\b|does\b|do\b)(.+)$/i);
  if (which) return `${name} ${which[1]}`;
  // "Who do the heads of Seed report to?" → "The heads of Seed report to Liang Rubo".
  const stranded = text.match(/^who(?:m)?\s+(do|does|did)\s+(.+?)\s+([a-z]+)\s+(to|by|with|for|from|under|after)$/i);
  if (stranded) {
    const [, aux, subject, verb, preposition] = stranded as unknown as [string, string, string, string, string];
    const inflected = aux.toLowerCase() === 'did' ? pastTense(verb) : aux.toLowerCase() === 'does' ? (/(?:s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`) : verb;
    return `${subject} ${inflected} ${preposition} ${name}`;
  }
  return undefined;
}

/** "When did Alibaba open-source Qwen?" + "August 2023" → "Alibaba open-sourced Qwen in August 2023". */
export function dateStatement(question: string, date: string, lang: Lang): string | undefined {
  const text = clean(question);
  const preposition = /^(?:in|on|since|from|by)\s/i.test(date) ? '' : /^[A-Za-z]+\.? \d{1,2}(?:st|nd|rd|th)?(?:, \d{4})?$|^\d{4}-\d{2}-\d{2}$/.test(date) ? 'on ' : 'in ';
  if (lang === 'zh') {
    const cue = text.match(/什么时候|何时|哪一?天|哪一?年|几月/);
    return cue ? text.replace(cue[0], date).replace(/[吗呢]$/, '') : undefined;
  }
  const passive = text.match(/^(?:when|(?:in\s+)?(?:what|which)\s+year|(?:on\s+)?(?:what|which)\s+(?:date|day))\s+(was|were|is|are)\s+(.+?)\s+(\w+ed|\w+en|held|built|set|made|sold|paid|led|founded)$/i);
  if (passive) return `${passive[2]} ${passive[1]!.toLowerCase()} ${passive[3]} ${preposition}${date}`;
  const active = text.match(/^(?:when|(?:in\s+)?(?:what|which)\s+year|(?:on\s+)?(?:what|which)\s+(?:date|day))\s+(did|does|do)\s+(.+)$/i);
  if (!active) return undefined;
  // The verb is the first lower-case word after the subject ("Tencent's cloud unit launch …").
  const words = active[2]!.split(/\s+/);
  // After "did" the verb is in its base form, so a lower-case word ending in a plain -s is still the subject ("the founders").
  const determiners = ['the', 'a', 'an', 'of', 'and', 'its', 'their', 'his', 'her', 'first', 'two', 'three'];
  const at = words.findIndex((word, i) => i > 0 && /^[a-z][a-z-]*$/.test(word) && !/[^su]s$/.test(word)
    && !determiners.includes(word) && !determiners.includes(words[i - 1]!));
  if (at <= 0) return undefined;
  const verb = words[at]!;
  const head = verb.includes('-') ? `${verb.split('-')[0]}-${pastTense(verb.split('-').slice(1).join('-'))}` : pastTense(verb);
  return `${words.slice(0, at).join(' ')} ${head}${words.length > at + 1 ? ` ${words.slice(at + 1).join(' ')}` : ''} ${preposition}${date}`;
}
