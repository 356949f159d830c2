/**
 * Every Chinese question in the eval files (gold, held-out, dev) is answered wholly in Chinese: no
 * English phrase in the answer's own sentences outside names, units and quotes. Failures name the
 * question id and the English run only (held-out questions are run, never printed).
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { answer, untranslatedEnglish } from '../agent/index.js';
import { detectLang } from '../core/index.js';
import { readQuestionFile } from '../evals/read-question-file.js';
import { openIndex, type OpenIndex } from '../index/index.js';
import { loadCorpus } from './helpers/corpus.js';

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const files = [
  root('evals/gold-questions.json'),
  ...readdirSync(root('evals/heldout')).filter((name) => name.endsWith('.json')).map((name) => root(`evals/heldout/${name}`)),
  ...readdirSync(root('evals/dev')).filter((name) => name.endsWith('.json')).map((name) => root(`evals/dev/${name}`)),
];
const chinese = files.flatMap((file) => readQuestionFile(file).filter((question) => detectLang(question.messages.filter((turn) => turn.role === 'user').at(-1)!.content) === 'zh'));

let index: OpenIndex;
beforeAll(async () => {
  index = await openIndex((await loadCorpus()).snapshot);
});

describe('Chinese answers', () => {
  it('covers the Chinese questions of every eval file', () => {
    expect(chinese.length).toBeGreaterThan(30);
  });

  it('say nothing in untranslated English outside names, units and quotes', async () => {
    const failures: string[] = [];
    for (const question of chinese) {
      const reply = await answer(question.messages, { index });
      const publishers = index.snapshot.documents.flatMap((document) => (document.publisher ? [document.publisher] : []));
      const runs = untranslatedEnglish(reply.answer, index.aliases, publishers);
      if (runs.length) failures.push(`${question.id}: ${runs.join(' | ')}`);
    }
    expect(failures).toEqual([]);
  });
});
