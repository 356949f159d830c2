/**
 * Ingest stays linear in its input: huge paragraphs are cut at sentence boundaries (every piece
 * still verbatim), oversized files are skipped with a reason, and neither stalls the process.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../index/index.js';
import { buildDocument, extractFactsForIngest, MAX_PARAGRAPH_CHARS, runIngest } from '../ingest/index.js';

const root = await mkdtemp(join(tmpdir(), 'baogao-limits-'));
afterAll(() => rm(root, { recursive: true, force: true }));

/** A paragraph of figures, the shape that used to take minutes: sentences full of amounts, periods and names. */
function paragraphOfFigures(chars: number): string {
  let text = '';
  for (let i = 0; text.length < chars; i++) {
    text += `Alibaba's capital expenditure reached ${(30 + (i % 50) / 7).toFixed(3)} billion yuan in Q${1 + (i % 4)} ${2020 + (i % 6)}, up ${(i % 90) + 3}% year on year, while Tencent spent 3800亿元 on ${(i % 7) + 2},000 GPUs. `;
  }
  return text.slice(0, chars);
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

async function folderWith(name: string, files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = join(root, name);
  await mkdir(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) await writeFile(join(dir, file), content);
  return dir;
}

describe('paragraph length', () => {
  // How fast is the bench's business (`npm run bench`, "long input"); a test asserts what comes out.
  it('cuts a 100 KB paragraph at sentence ends into verbatim pieces', async () => {
    const text = `Caixin\nBig figures\nJun. 23, 2025\n\n${paragraphOfFigures(100 * 1024)}\n`;
    const built = await buildDocument('figures.txt', new TextEncoder().encode(text));
    const facts = extractFactsForIngest(built.document, built.paragraphs);
    expect(built.paragraphs.length).toBeGreaterThan(50);
    const source = squash(built.sourceText);
    for (const paragraph of built.paragraphs) {
      expect(paragraph.text.length).toBeLessThanOrEqual(MAX_PARAGRAPH_CHARS);
      expect(source.includes(squash(paragraph.text))).toBe(true);
      // Cut at a sentence end, so a quoted sentence is never split across two paragraphs.
      expect(paragraph.text).toMatch(/[.!?。！？]$|[^.]$/);
    }
    const first = built.paragraphs.find((paragraph) => paragraph.text.startsWith("Alibaba's"))!;
    expect(first.text.endsWith('GPUs.')).toBe(true);
    expect(facts.length).toBeGreaterThan(1000);
  });

  it('cuts a run with no sentence ends at a space, and a run with no spaces at the limit', async () => {
    const words = Array.from({ length: 3000 }, (_, i) => `figure${i}`).join(' ');
    const han = '腾讯资本开支'.repeat(1000);
    const built = await buildDocument('runs.txt', new TextEncoder().encode(`${words}\n\n${han}\n`));
    const source = squash(built.sourceText);
    for (const paragraph of built.paragraphs) {
      expect(paragraph.text.length).toBeLessThanOrEqual(MAX_PARAGRAPH_CHARS);
      expect(source.includes(squash(paragraph.text))).toBe(true);
    }
    expect(built.paragraphs.filter((paragraph) => paragraph.text.startsWith('figure')).every((paragraph) => /figure\d+$/.test(paragraph.text))).toBe(true);
    expect(built.paragraphs.map((paragraph) => paragraph.text).join('').replace(/\s+/g, '')).toBe(`${words}${han}`.replace(/\s+/g, ''));
  });

  it('leaves ordinary paragraphs alone', async () => {
    const built = await buildDocument('short.txt', new TextEncoder().encode('Caixin\nA title\n\nOne short paragraph. Two sentences.\n'));
    expect(built.paragraphs.map((paragraph) => paragraph.text)).toEqual(['One short paragraph. Two sentences.']);
  });
});

describe('file size', () => {
  // Its speed is measured by `npm run bench` ("long input"); the timeout only guards against a hang.
  it('ingests a 4 MB one-line file', async () => {
    const dir = await folderWith('four-mb', { 'one-line.txt': paragraphOfFigures(4 * 1024 * 1024) });
    const summary = await runIngest({ reportsDir: dir, dataDir: join(root, 'four-mb-data'), store: createMemoryStore(), extractFacts: extractFactsForIngest });
    expect(summary.built).toEqual(['one-line.txt']);
    expect(summary.paragraphs).toBeGreaterThan(2000);
  }, 180_000);

  it('skips a file over the size limit with a reason, and ingests the rest', async () => {
    const dir = await folderWith('too-big', { 'big.txt': 'x. '.repeat(40_000), 'small.txt': 'Caixin\nA title\n\nA paragraph about Tencent.\n' });
    const summary = await runIngest({ reportsDir: dir, dataDir: join(root, 'too-big-data'), store: createMemoryStore(), maxFileBytes: 100_000 });
    expect(summary.built).toEqual(['small.txt']);
    expect(summary.skipped).toEqual([{ file: 'big.txt', reason: expect.stringMatching(/120,000 bytes.*over the 100,000-byte limit \(MAX_REPORT_BYTES\)/) }]);
  });
});
