/** @module `--judge llm`: a chat model grades open-ended answers against `expect.answer` by a rubric, and how often it agrees with the rules is reported. */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Split } from './question-schema.js';
import type { QuestionResult } from './summarise-results.js';

export type JudgeVerdict = 'correct' | 'partial' | 'wrong';

export interface JudgeGrade {
  id: string;
  split: Split;
  verdict: JudgeVerdict;
  answersQuestion: boolean;
  supported: boolean;
  reason: string;
  /** The rule scorer's verdict, when the rules can grade the question. */
  ruleCorrect?: boolean | undefined;
}

export interface JudgeScore {
  judged: number;
  correct: number;
  correctness: number;
  /** Share of questions both graded where the judge and the rules agree on correct / not correct; null when none. */
  agreement: number | null;
  /** Cohen's kappa on the same questions: agreement beyond what chance gives when most answers are (in)correct. */
  kappa: number | null;
  compared: number;
}

export interface JudgeSummary extends JudgeScore {
  splits: Partial<Record<Split, JudgeScore>>;
  /** Calls that failed or came back unreadable: not counted as grades. */
  errors: { id: string; message: string }[];
  grades: JudgeGrade[];
}

export const JUDGE_RUBRIC = `You grade answers from a question-answering system over a collection of reports.
You get the question (with any earlier turns), a reference answer written by a person who read the reports, the system's answer, and the passages it cited.
Rubric:
1. answers_question: does the answer respond to what was asked (not a neighbouring question)? A correct statement that the reports do not say counts when the reference says so too.
2. supported: is every claim the answer makes backed by its cited passages?
3. verdict: "correct" if it answers the question, agrees with the reference on every point the reference makes, and is supported; "partial" if it gets some of the reference's points and contradicts none; otherwise "wrong". Wording, order and extra supported detail do not matter; figures must agree (rounding is fine).
Reply with one JSON object and nothing else: {"answers_question": true|false, "supported": true|false, "verdict": "correct"|"partial"|"wrong", "reason": "one sentence"}`;

export function judgePrompt(result: QuestionResult): string {
  const turns = result.question.messages.map((turn) => `${turn.role === 'user' ? 'User' : 'Assistant'}: ${turn.content}`).join('\n');
  const sources = result.answer.citations.map((citation) => `[${citation.n}] ${citation.publisher ?? citation.docId}, ${citation.date ?? 'undated'}: "${citation.quote}"`).join('\n');
  return `Question:\n${turns}\n\nReference answer:\n${result.question.expect.answer}\n\nSystem answer:\n${result.answer.answer}\n\nCited passages:\n${sources || '(none)'}`;
}

const gradeShape = (value: unknown): value is { answers_question: boolean; supported: boolean; verdict: JudgeVerdict; reason?: string } => {
  const grade = value as Record<string, unknown> | null;
  return Boolean(grade) && typeof grade!.answers_question === 'boolean' && typeof grade!.supported === 'boolean' && ['correct', 'partial', 'wrong'].includes(String(grade!.verdict));
};

/** The first JSON object in the reply (models sometimes wrap it in a code fence). */
export function readGrade(text: string): { answers_question: boolean; supported: boolean; verdict: JudgeVerdict; reason?: string } {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  const parsed: unknown = start >= 0 && end > start ? JSON.parse(text.slice(start, end + 1)) : undefined;
  if (!gradeShape(parsed)) throw new Error(`unreadable grade: ${text.slice(0, 120)}`);
  return parsed;
}

function scoreGrades(grades: JudgeGrade[]): JudgeScore {
  const correct = grades.filter((grade) => grade.verdict === 'correct').length;
  const both = grades.filter((grade) => grade.ruleCorrect !== undefined);
  const agreed = both.filter((grade) => (grade.verdict === 'correct') === grade.ruleCorrect).length;
  const judgeYes = both.filter((grade) => grade.verdict === 'correct').length / (both.length || 1);
  const rulesYes = both.filter((grade) => grade.ruleCorrect).length / (both.length || 1);
  const chance = judgeYes * rulesYes + (1 - judgeYes) * (1 - rulesYes);
  const observed = agreed / (both.length || 1);
  return {
    judged: grades.length, correct, correctness: grades.length ? Number((correct / grades.length).toFixed(4)) : 0,
    agreement: both.length ? Number(observed.toFixed(4)) : null,
    kappa: both.length && chance < 1 ? Number(((observed - chance) / (1 - chance)).toFixed(4)) : null,
    compared: both.length,
  };
}

/** Grades every result whose question has `expect.answer`, one call each, in order. */
export async function judgeAnswers(model: BaseChatModel, results: QuestionResult[], onGraded?: (done: number, total: number, id: string) => void): Promise<JudgeSummary> {
  const open = results.filter((result) => result.question.expect.answer);
  const grades: JudgeGrade[] = [];
  const errors: JudgeSummary['errors'] = [];
  for (const [i, result] of open.entries()) {
    try {
      const reply = await model.invoke([['system', JUDGE_RUBRIC], ['human', judgePrompt(result)]]);
      const text = typeof reply.content === 'string' ? reply.content : reply.content.map((part) => ('text' in part && typeof part.text === 'string' ? part.text : '')).join('');
      const grade = readGrade(text);
      grades.push({
        id: result.question.id, split: result.question.split, verdict: grade.verdict, answersQuestion: grade.answers_question, supported: grade.supported,
        reason: grade.reason ?? '', ...(result.ruleGradable ? { ruleCorrect: result.score.correct } : {}),
      });
    } catch (error) {
      errors.push({ id: result.question.id, message: error instanceof Error ? error.message : String(error) });
    }
    onGraded?.(i + 1, open.length, result.question.id);
  }
  const splits: JudgeSummary['splits'] = {};
  for (const split of ['heldout', 'dev', 'train'] as const) {
    const members = grades.filter((grade) => grade.split === split);
    if (members.length) splits[split] = scoreGrades(members);
  }
  return { ...scoreGrades(grades), splits, errors, grades };
}
