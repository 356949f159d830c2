import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');

async function fit(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, ['scripts/fit-weights.ts', ...args], { env: { ...process.env, BAOGAO_DATA_DIR: mkdtempSync(join(tmpdir(), 'fit-')) } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run fit:weights', () => {
  it('refuses an unknown option and exits non-zero', async () => {
    const result = await fit(['--bogus']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown option --bogus');
  });

  it('refuses a question file with too few training questions, naming the split', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gold-')), 'mine.jsonl');
    writeFileSync(file, `${JSON.stringify({ question: 'How much will Alibaba invest?', expect: { figures: [{ value: '380000000000' }] }, split: 'heldout' })}\n`);
    const result = await fit(['--gold', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/at least 10 questions with split "train"; found 0/);
  });

  it('fits on the training split without writing when asked for a dry run', async () => {
    const result = await fit(['--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/thresholds: high 0\.\d+, medium 0\.\d+/);
    expect(result.stdout).toMatch(/top candidate right for \d+\/100/);
    expect(result.stdout).toContain('dry run: weights not written');
  }, 120_000);
});
