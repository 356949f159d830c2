/**
 * @module `npm run fit:weights [-- --gold FILE] [--dry-run]`: refits the offline agent's candidate
 * weights on the training split (the built-in gold set's batches 1–2, or the `split: "train"`
 * questions of your own file) and writes agent/offline/answer-weights.json.
 */
import { openIndexFor } from '../channels/cli/context.js';
import { BaogaoError, loadConfig } from '../core/index.js';
import { fitAnswerWeights, WEIGHTS_PATH } from '../evals/fit-answer-weights.js';
import { loadGoldQuestions } from '../evals/gold-set.js';
import { readQuestionFile } from '../evals/read-question-file.js';

const args = process.argv.slice(2);
const goldAt = args.indexOf('--gold');
const file = goldAt >= 0 ? args[goldAt + 1] : undefined;
const unknown = args.filter((arg, i) => arg.startsWith('--') && !['--gold', '--dry-run'].includes(arg) && args[i - 1] !== '--gold');
const io = { env: process.env, stdout: (text: string) => process.stdout.write(text), stderr: (text: string) => process.stderr.write(text), interactive: Boolean(process.stderr.isTTY) };

try {
  if (unknown.length) throw new BaogaoError('invalid_input', { message: `Unknown option ${unknown[0]}; use --gold FILE and --dry-run` });
  if (goldAt >= 0 && !file) throw new BaogaoError('invalid_input', { message: '--gold needs a file path', field: 'gold' });
  const questions = (file ? readQuestionFile(file) : loadGoldQuestions()).filter((question) => question.split === 'train');
  if (questions.length < 10) throw new BaogaoError('invalid_input', { message: `Fitting needs at least 10 questions with split "train"; found ${questions.length}`, field: 'split' });
  const index = await openIndexFor(loadConfig(process.env), io);
  const { weights, training } = await fitAnswerWeights(questions, index, {
    write: !args.includes('--dry-run'),
    onProgress: (done, total) => { if (done === total || done % 10 === 0) io.stderr(`[${done}/${total}] training questions\n`); },
  });
  io.stdout(`${weights.features.map((name, i) => `${name.padEnd(16)} ${weights.weights[i]}`).join('\n')}\n`);
  io.stdout(`thresholds: high ${weights.thresholds.high}, medium ${weights.thresholds.medium}\n`);
  io.stdout(`training split: top candidate right for ${training.topCorrect}/${training.questions}; answered ${training.answered}, of which right ${training.answeredCorrect}; refusals kept ${training.refusalsKept}/${training.refusalsExpected}\n`);
  io.stdout(args.includes('--dry-run') ? 'dry run: weights not written\n' : `written to ${WEIGHTS_PATH}\n`);
} catch (error) {
  io.stderr(`${BaogaoError.isInstance(error) ? error.message : String(error)}\n`);
  process.exit(2);
}
