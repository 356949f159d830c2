/**
 * @module Where a company turned, stated wrongly ("Why did Baichuan Intelligence pivot to autonomous driving?",
 * "百川为什么转向自动驾驶?"): the reports say where it shifted or what it focuses on ("Baichuan Intelligence has
 * fully shifted to medical AI"), and that is somewhere else. Corrected only when every clause of the reports telling
 * the company's shift or focus names another destination, sharing none of the question's words for it.
 */
import { splitSentences, type Paragraph } from '../../core/index.js';
import { sourceName } from '../phrases.js';
import type { QuestionFrame } from '../question-frame.js';
import { SYNONYMS } from './aspect-terms.js';
import { withTranslations } from './bilingual-terms.js';
import type { PlannerContext } from './planner-context.js';

/** A turn the question takes as done, and where to: "pivot to X", "shift its focus to X", "转向X". Data. */
const ASKED_SHIFT_EN = /\b(?:pivot|shift|switch|turn|move|transition|refocus)(?:s|ed|ing)?\s+(?:(?:its|their)\s+)?(?:(?:strategic\s+)?focus\s+|business\s+|strategy\s+)?(?:to|towards?|into)\s+([^?,;.]+)/i;
const ASKED_SHIFT_ZH = /(?:全面)?(?:转向|转型(?:做|到|为)?|转做|转而做|改做)([^?？,，。;；]+)/;

/** A clause of the reports telling a shift or focus, and its destination (any tense: "has fully shifted to", "shifting focus to"). Data. */
const TOLD_SHIFT = /\b(?:shift|shifts|shifted|shifting|pivot|pivots|pivoted|pivoting|switch|switches|switched|switching|turn|turns|turned|turning|move|moves|moved|moving|transition(?:s|ed|ing)?)\s+(?:(?:its|their)\s+)?(?:\w+\s+)?(?:to|towards?|into)\s+([^,;.]+)|\bfocus\s+(?:is\s+)?on\s+([^,;.]+)|\bbetting\s+on\s+([^,;.]+)/i;

/** Words a destination is named by, stemmed, with their synonyms, without the generic ones every destination may share. */
function destinationWords(text: string, context: PlannerContext): Set<string> {
  const generic = new Set(['the', 'a', 'an', 'its', 'their', 'fully', 'direction', 'business', 'field', 'sector', 'area', 'focus', 'strategy']);
  const words = (withTranslations(text).toLowerCase().match(/[a-z][a-z-]+/g) ?? []).filter((word) => !generic.has(word));
  const withSynonyms = words.flatMap((word) => [word, ...(SYNONYMS.find((group) => group.includes(word)) ?? [])]);
  return new Set(withSynonyms.flatMap((word) => context.index.tokenizer.terms(word)));
}

/** A question that takes the turn as done: why or how it happened, or whether it did. */
const TAKEN_AS_DONE = /^\s*(?:why|how come|how did|what made|did|has|had|is|was)\b|为什么|为何|怎么会|是不是|吗[?？]?\s*$/i;

export function shiftPremise(frame: QuestionFrame, context: PlannerContext): string | undefined {
  const { aliases, lang } = context;
  if (!TAKEN_AS_DONE.test(frame.text)) return undefined;
  const asked = (lang === 'zh' ? ASKED_SHIFT_ZH : ASKED_SHIFT_EN).exec(frame.text);
  if (!asked) return undefined;
  const companies = [...new Set(aliases.ids(frame.text).filter((id) => aliases.get(id)?.kind === 'company'))];
  if (companies.length !== 1) return undefined;
  // The company itself: a unit's or parent's focus ("Alibaba Cloud clarified a focus on …") is not its own turn.
  const company = companies[0]!;
  const claimed = destinationWords(asked[1]!, context);
  if (!claimed.size) return undefined;
  const names = aliases.get(company)?.names ?? [];
  const told: { paragraph: Paragraph; clause: string; agrees: boolean }[] = [];
  for (const paragraph of context.index.snapshot.paragraphs) {
    if (!names.some((name) => paragraph.text.includes(name))) continue;
    for (const { text } of splitSentences(paragraph.text)) {
      // A sentence on the company that names the claimed destination at all leaves the claim standing.
      if (names.some((name) => text.includes(name)) && [...destinationWords(text, context)].some((word) => claimed.has(word))) return undefined;
      for (const clause of text.split(/\s*;\s*/)) {
        // The clause's own company is the one it names before the shift: "…; Baichuan Intelligence has fully shifted to …".
        const shift = TOLD_SHIFT.exec(clause);
        if (!shift) continue;
        const actor = aliases.find(clause.slice(0, shift.index)).filter((mention) => aliases.get(mention.id)?.kind === 'company').at(-1);
        if (actor?.id !== company) continue;
        const destination = destinationWords(shift[1] ?? shift[2] ?? shift[3] ?? '', context);
        told.push({ paragraph, clause, agrees: [...destination].some((word) => claimed.has(word)) });
      }
    }
  }
  if (!told.length || told.some((entry) => entry.agrees)) return undefined;
  const { paragraph, clause } = told[0]!;
  const quote = clause.replace(/[.。]$/, '');
  const marker = `[${context.book.cite(paragraph.id, quote)}]`;
  const source = sourceName(context.documents.get(paragraph.docId), lang);
  return lang === 'en'
    ? `The reports don't say that; ${source} says “${quote}” ${marker}.`
    : `报道并非如此:据${source},“${quote}”${marker}。`;
}
