/**
 * @module "Is that up or down from a year earlier?": a direction asked of the figure just given, against the
 * same measure in an earlier period. The answer found is the earlier figure; the direction is read from the two
 * figures (the one the last reply gave, the one the reports give for the earlier period) and said first, in words:
 * "That is down from a year earlier; Alibaba had 219,260 employees in 2023 [1]." The cues are data, English and Chinese.
 */
import type { Lang, Quantity } from '../core/index.js';

/** Questions that ask which way a figure moved: "up or down", "rise or fall", "多了还是少了", "增加还是减少". */
const ASKS_DIRECTION: RegExp[] = [
  /\b(?:up|higher|more|bigger|larger|increase[ds]?|rise|rose|risen|grow|grew|grown)\s+or\s+(?:down|lower|less|fewer|smaller|decrease[ds]?|fall|fell|fallen|decline[ds]?|drop(?:ped)?|shrink|shrank|shrunk)\b/i,
  /\b(?:down|lower|less|fewer|smaller|decrease[ds]?|fall|fell|fallen|decline[ds]?|drop(?:ped)?|shrink|shrank|shrunk)\s+or\s+(?:up|higher|more|bigger|larger|increase[ds]?|rise|rose|risen|grow|grew|grown)\b/i,
  /(?:多|高|大|增加|增长|上升|上涨|涨|增)了?还是(?:少|低|小|减少|下降|下跌|跌|减)了?|(?:少|低|小|减少|下降|下跌|跌|减)了?还是(?:多|高|大|增加|增长|上升|上涨|涨|增)了?/u,
];

export function asksDirection(question: string): boolean {
  return ASKS_DIRECTION.some((pattern) => pattern.test(question));
}

const WORDS: Record<Lang, { up: string; down: string }> = {
  en: { up: 'up', down: 'down' },
  zh: { up: '增加了', down: '减少了' },
};

/** "down" when the later figure is below the earlier one; undefined when they are equal or not the same kind of figure. */
export function directionWord(later: Pick<Quantity, 'value' | 'unit'>, earlier: Pick<Quantity, 'value' | 'unit'>, lang: Lang): string | undefined {
  const kind = (quantity: Pick<Quantity, 'unit'>) => (quantity.unit === 'percent' || quantity.unit === 'multiple' ? quantity.unit : 'amount');
  if (kind(later) !== kind(earlier)) return undefined;
  const a = Number(later.value);
  const b = Number(earlier.value);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return undefined;
  // Equal figures are more likely the same figure read twice (an operand of the working) than no change: nothing is said.
  return a > b ? WORDS[lang].up : a < b ? WORDS[lang].down : undefined;
}

/**
 * The answer's first sentence after a sentence that says the direction: "That is down from a year earlier; Alibaba had
 * 219,260 employees in 2023 [1]." (a sentence in words, not a "Down:" label), "与一年前相比减少了;阿里巴巴2023年…".
 */
export function withDirection(sentence: string, word: string, lang: Lang, by: 'year' | 'quarter'): string {
  if (lang === 'en') return `That is ${word} from a ${by} earlier; ${sentence}`;
  return `与${by === 'year' ? '一年前' : '上一季度'}相比${word};${sentence}`;
}
