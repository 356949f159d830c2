/**
 * @module A change the question states ("Alibaba added nearly 25,000 staff in 2024", "员工增加了近2.5万人") is read
 * against the two levels a report sentence gives for the subject ("194,320 employees, down from 219,260"): a
 * stated amount that is their difference is that change, not a level to hold against either of them. When the
 * question has it going the other way, that is the premise to correct; when it goes the same way, there is none.
 */
import { Decimal, type Fact, type Quantity } from '../../core/index.js';
import { entityName, figure } from '../phrases.js';
import type { QuestionFrame } from '../question-frame.js';
import type { PlannerContext } from './planner-context.js';
import { METRIC_WORDS } from './plan-refusal.js';
import { attributedTo } from './premise-check.js';
import { citeFact } from './state-facts.js';

/** Words that put a stated amount as a rise or a fall. Data: extend per language. */
const RISE = /\b(?:add(?:s|ed|ing)?|increas\w*|gr[eo]w(?:s|n|ing)?|rose|ris(?:e|es|en|ing)|hire[sd]?|hiring|gain(?:s|ed)?|expand\w*|up by)\b|增加|增长|增多|多了|上涨|涨了|新增|扩招|招了/i;
// (Not "lost" or "more": a loss is a measure of its own, and "more than" qualifies a level.)
const FALL = /\b(?:cut|cuts|fell|fall(?:s|ing)?|drop\w*|decreas\w*|declin\w*|reduc\w*|shr[aiu]nk\w*|shed(?:s|ding)?|lay(?:s|ing)? off|laid off|down by)\b|减少|下降|下滑|少了|减了|降了|裁员|裁了|缩减/i;
/** A negation before the direction word turns it: "did not rise by 25,000", "并没有增加2.5万人". */
const NEGATED = /\b(?:not|never|didn't|did not|hasn't|has not|wasn't|was not)\b[^,;.?]{0,20}$|(?:没有|没|并未|未|并非)[^，,。；;？?]{0,4}$/i;

/** "219,260" beside "194,320 employees" is the same kind of level, whether or not the noun is repeated. */
const kind = (unit: Quantity['unit']) => (unit === 'number' ? 'count' : unit);

/** How near the stated amount must be to the difference ("nearly 25,000" for 24,940). */
const TOLERANCE = 0.03;

export interface StatedChange {
  stated: Quantity;
  earlier: Fact;
  later: Fact;
  /** The question has the change going the way the two levels do. */
  agrees: boolean;
}

/** The stated amounts that are a change between two levels of their subject in one sentence, with whether the direction agrees. */
export function statedChanges(frame: QuestionFrame, context: PlannerContext): StatedChange[] {
  const changes: StatedChange[] = [];
  for (const stated of frame.stated) {
    if (stated.unit === 'percent' || stated.unit === 'year' || stated.unit === 'date') continue;
    const subject = attributedTo(frame.text, stated, context) ?? (frame.entities.length === 1 ? frame.entities[0] : undefined);
    if (!subject) continue;
    const direction = directionOf(frame.text, stated);
    if (!direction) continue;
    const levels = context.index.snapshot.facts.filter((fact) => fact.entity === subject && !fact.disputed && kind(fact.unit) === kind(stated.unit)
      && (!stated.currency || fact.currency === stated.currency) && fact.period.to);
    for (const [i, a] of levels.entries()) {
      for (const b of levels.slice(i + 1)) {
        if (a.quote !== b.quote || a.metric !== b.metric || a.period.to === b.period.to) continue;
        const [earlier, later] = a.period.to! < b.period.to! ? [a, b] : [b, a];
        const change = new Decimal(later.value).minus(earlier.value);
        if (change.isZero() || change.abs().minus(stated.value).abs().gt(change.abs().times(TOLERANCE))) continue;
        changes.push({ stated, earlier, later, agrees: (change.isPositive() ? 'rise' : 'fall') === direction });
      }
    }
  }
  return changes;
}

/** Whether the words around a stated amount make it a rise or a fall (the nearest such word in its clause). */
function directionOf(text: string, stated: Quantity): 'rise' | 'fall' | undefined {
  const clauseStart = Math.max(0, ...[',', '，', ';', '；', '?', '？', '。'].map((mark) => text.lastIndexOf(mark, stated.index) + 1));
  const before = text.slice(clauseStart, stated.index);
  const rise = RISE.exec(before);
  const fall = FALL.exec(before);
  if (Boolean(rise) === Boolean(fall)) return undefined;
  const negated = NEGATED.test(before.slice(0, (rise ?? fall)!.index));
  return Boolean(rise) !== negated ? 'rise' : 'fall';
}

/**
 * "Did Alibaba lay off about 25,000 people in 2024?": a yes/no question that asks only whether the change it states
 * happened, when the reports' two levels make that change: "Yes — …fell from 219,260 to 194,320 [1]." Undefined when a
 * stated change runs the other way, none is read, or the question asks something more of it (why, what it was tied to).
 */
export function changeConfirmed(changes: StatedChange[], question: string, context: PlannerContext): string | undefined {
  if (!changes.length || changes.some((change) => !change.agrees) || ASKS_MORE.test(question)) return undefined;
  const levels = levelsSaid(changes[0]!, context);
  return context.lang === 'en' ? `Yes — ${levels}.` : `是的,${levels}。`;
}

/** A yes/no question that asks more than whether the change happened: its cause, its purpose, what it was tied to. */
const ASKS_MORE = /\b(?:why|because|due to|reason|related|tied|linked|caused|driven|for AI|to fund|so that)\b|为什么|因为|由于|原因|有关|相关|为了|导致/i;

/** The correction of a change stated the wrong way round: what the two levels were, in order, each cited. */
export function changePremise(changes: StatedChange[], context: PlannerContext): string | undefined {
  const wrong = changes.find((change) => !change.agrees);
  if (!wrong) return undefined;
  const levels = levelsSaid(wrong, context);
  return context.lang === 'en' ? `The reports have it the other way round: ${levels}.` : `报道说的恰恰相反:${levels}。`;
}

/** The two levels of a change, in order and cited: "Alibaba's headcount fell from 219,260 to 194,320 [1]". */
function levelsSaid({ earlier, later }: StatedChange, context: PlannerContext): string {
  const owner = entityName(context.aliases, later.entity, context.lang);
  const words = METRIC_WORDS[later.metric] ?? [later.metric.replace(/_/g, ' '), '数字'];
  const rose = new Decimal(later.value).gt(earlier.value);
  const cite = citeFact(later, context);
  return context.lang === 'en'
    ? `${owner}'s ${words[0]} ${rose ? 'rose' : 'fell'} from ${figure(earlier, 'en')} to ${figure(later, 'en')} ${cite}`
    : `${owner}的${words[1]}从${figure(earlier, 'zh')}${rose ? '增至' : '降至'}${figure(later, 'zh')}${cite}`;
}
