/**
 * Lists every dev answer that opens with a hedge ("The reports don't state this directly …", "报告没有直接回答…")
 * and sums, over the dev sets, strict correct (a hedged opener on an answerable question is not correct),
 * confidently wrong (a miss said plainly: not refused, no hedged opener) and hedged openers, split into those
 * whose text holds every expected figure and term (a plain answer would have been right) and those that don't.
 * Dev files only: held-out files are refused, since reading their per-question outcomes would tune against them.
 *   npx tsx scripts/audit-hedges.ts [files…] [--out answers.jsonl] [--list]
 */
import { writeFileSync, readdirSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { answer } from '../agent/index.js';
import { openIndex } from '../index/index.js';
import { goldParagraphIds, scoreAnswer } from '../evals/index.js';
import { opensWithoutAnswer } from '../evals/score-answer.js';
import { readQuestionFile } from '../evals/read-question-file.js';
import { loadCorpus } from '../test/helpers/corpus.js';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : undefined;
const list = args.includes('--list');
const named = args.filter((arg, i) => !arg.startsWith('--') && (outAt < 0 || i !== outAt + 1));
const files = named.length ? named : readdirSync('evals/dev').filter((name) => name.endsWith('.json')).map((name) => join('evals/dev', name));
if (files.some((file) => /heldout/.test(resolve(file)))) {
  console.error('audit-hedges.ts: held-out files are not scored per question');
  process.exit(2);
}
const { snapshot } = await loadCorpus();
const index = await openIndex(snapshot);
const lines: string[] = [];
const totals = { questions: 0, correct: 0, confidentlyWrong: 0, hedged: 0, hedgedWithContent: 0, hedgedWithout: 0, hedgedOnUnanswerable: 0 };
for (const file of files) {
  const tally = { questions: 0, correct: 0, confidentlyWrong: 0, hedged: 0, hedgedWithContent: 0 };
  for (const question of readQuestionFile(resolve(file), { defaultSplit: 'dev' })) {
    const result = await answer(question.messages, { index });
    const score = scoreAnswer(question, result, goldParagraphIds(question, snapshot.paragraphs, snapshot.documents));
    const hedgedOpener = !result.refused && opensWithoutAnswer(result.answer);
    // Every expected figure and term is in the text: only the hedge keeps it from being correct.
    const content = !question.expect.refusal && score.refusalOk && score.missingFigures.length === 0 && score.missingTerms.length === 0 && score.forbiddenFound.length === 0 && score.expected > 0;
    const plain = !result.refused && !hedgedOpener;
    tally.questions += 1;
    if (score.correct) tally.correct += 1;
    if (!score.correct && plain) tally.confidentlyWrong += 1;
    if (hedgedOpener) {
      tally.hedged += 1;
      if (content) tally.hedgedWithContent += 1;
      else if (question.expect.refusal) totals.hedgedOnUnanswerable += 1;
    }
    const confidence = (result as { confidence?: string }).confidence;
    lines.push(JSON.stringify({ file, id: question.id, kind: question.kind, question: question.messages.map((m) => m.content).join(' || '), expect: question.expect, correct: score.correct, plain, hedgedOpener, content, confidence, refused: result.refused, answer: result.answer }));
    if (list && hedgedOpener) console.log(`${content ? 'HEDGED+CONTENT' : 'HEDGED-MISSING'} ${question.id} [${confidence}] ${question.messages.at(-1)!.content}\n     > ${result.answer.replace(/\n/g, ' ').slice(0, 400)}`);
  }
  console.log(`${file}: correct ${tally.correct}/${tally.questions}, confidently wrong ${tally.confidentlyWrong}, hedged openers ${tally.hedged} (with all expected content ${tally.hedgedWithContent})`);
  totals.questions += tally.questions; totals.correct += tally.correct; totals.confidentlyWrong += tally.confidentlyWrong;
  totals.hedged += tally.hedged; totals.hedgedWithContent += tally.hedgedWithContent;
}
totals.hedgedWithout = totals.hedged - totals.hedgedWithContent;
console.log(`\nall: correct ${totals.correct}/${totals.questions}, confidently wrong ${totals.confidentlyWrong}, hedged openers ${totals.hedged} (with all expected content ${totals.hedgedWithContent}, without ${totals.hedgedWithout}, of them on unanswerable ${totals.hedgedOnUnanswerable})`);
if (out) writeFileSync(out, lines.join('\n') + '\n');
