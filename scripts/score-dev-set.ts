/**
 * Scores one dev question file by rule, per subkind, with each miss's answer shown, and counts calculations
 * that ran on questions that ask for none (`expect.calculation` false and not a refusal). For building against
 * dev sets only: held-out files are refused, since reading their per-question outcomes would tune against them.
 *   npx tsx scripts/score-dev-set.ts evals/dev/calculations-2.json [--all]
 */
import { resolve } from 'node:path';
import { answer } from '../agent/index.js';
import { openIndex } from '../index/index.js';
import { goldParagraphIds, scoreAnswer } from '../evals/index.js';
import { NOT_ANSWERED_OPENINGS } from '../evals/score-answer.js';
import { readQuestionFile } from '../evals/read-question-file.js';
import { loadCorpus } from '../test/helpers/corpus.js';

const [file, ...flags] = process.argv.slice(2);
if (!file || /heldout/.test(resolve(file))) {
  console.error('usage: score-dev-set.ts <dev question file> [--all] (held-out files are not scored per question)');
  process.exit(2);
}
const showAll = flags.includes('--all');
const { snapshot } = await loadCorpus();
const index = await openIndex(snapshot);
const questions = readQuestionFile(resolve(file), { defaultSplit: 'dev' });
const bySubkind = new Map<string, { correct: number; total: number }>();
let correct = 0;
let unasked = 0;
let notAsking = 0;
// A miss said plainly (not refused, not opened with a hedge): what the strict graders call confidently wrong.
let confidentlyWrong = 0;
for (const question of questions) {
  const result = await answer(question.messages, { index });
  const score = scoreAnswer(question, result, goldParagraphIds(question, snapshot.paragraphs, snapshot.documents));
  const key = question.subkind ?? question.kind;
  const tally = bySubkind.get(key) ?? { correct: 0, total: 0 };
  tally.total += 1;
  if (score.correct) { tally.correct += 1; correct += 1; }
  const plain = !result.refused && !NOT_ANSWERED_OPENINGS.some((opening) => opening.test(result.answer.trim()));
  if (!score.correct && plain) confidentlyWrong += 1;
  bySubkind.set(key, tally);
  const asksNone = !question.expect.calculation && !question.expect.refusal;
  if (asksNone) notAsking += 1;
  const ranUnasked = asksNone && result.calculations.length > 0;
  if (ranUnasked) unasked += 1;
  if (showAll || !score.correct || ranUnasked) {
    const why = [score.missingFigures.length ? `missing ${score.missingFigures.join(', ')}` : '', score.missingTerms.length ? `missing terms ${score.missingTerms.join(', ')}` : '', score.refusalOk ? '' : `refused=${result.refused}`, score.leadOk ? '' : 'lead', score.directOk ? '' : 'indirect', ranUnasked ? 'UNASKED CALC' : ''].filter(Boolean).join('; ');
    console.log(`${score.correct ? 'ok  ' : plain ? 'WRNG' : 'MISS'} ${question.id} [${key}] ${question.messages.at(-1)!.content}\n     ${why}\n     > ${result.answer.split('\n')[0]}`);
  }
}
console.log(`\n${file}: ${correct}/${questions.length} correct, ${confidentlyWrong} confidently wrong (missed, said plainly); unasked calculations ${unasked}/${notAsking}`);
for (const [key, tally] of [...bySubkind].sort()) console.log(`  ${key.padEnd(20)} ${tally.correct}/${tally.total}`);
