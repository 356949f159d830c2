/**
 * One bad entry in the reports folder never stops ingest: dangling links, link loops, special
 * files and unreadable entries are skipped with a reason; links leading out of the folder are
 * skipped unless FOLLOW_LINKS_OUTSIDE is set.
 */
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestWith } from '../channels/cli/context.js';
import { BaogaoError, loadConfig } from '../core/index.js';
import { createMemoryStore } from '../index/index.js';
import { listReports, runIngest } from '../ingest/index.js';

const root = await mkdtemp(join(tmpdir(), 'baogao-folder-'));
afterAll(() => rm(root, { recursive: true, force: true }));

const REPORT = 'Caixin\nA report on Tencent\nJun. 23, 2025\n\nTencent spent 39 billion yuan on AI in Q4 2024.\n';

async function folder(name: string): Promise<string> {
  const dir = join(root, name);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'good.txt'), REPORT);
  return dir;
}

const ingest = (reportsDir: string, extra: { followLinksOutside?: boolean } = {}) =>
  runIngest({ reportsDir, dataDir: join(reportsDir, '..', `${reportsDir.split('/').pop()}-data`), store: createMemoryStore(), ...extra });

describe('reports folder hygiene', () => {
  it('skips a dangling link with a reason and ingests the rest', async () => {
    const dir = await folder('dangling');
    await symlink(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
    const summary = await ingest(dir);
    expect(summary.built).toEqual(['good.txt']);
    expect(summary.skipped).toEqual([{ file: 'dangling.txt', reason: expect.stringMatching(/dangling link/) }]);
  });

  it('skips link loops, file and directory, with a reason', async () => {
    const dir = await folder('loops');
    await symlink(join(dir, 'b.txt'), join(dir, 'a.txt'));
    await symlink(join(dir, 'a.txt'), join(dir, 'b.txt'));
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'sub', 'nested.md'), '# Nested\n\nTencent spent 39 billion yuan.\n');
    await symlink(dir, join(dir, 'sub', 'back-to-top'));
    const summary = await ingest(dir);
    expect(summary.built.sort()).toEqual(['good.txt', 'sub/nested.md']);
    expect(summary.skipped).toEqual(expect.arrayContaining([
      { file: 'a.txt', reason: expect.stringMatching(/link loop/) },
      { file: 'b.txt', reason: expect.stringMatching(/link loop/) },
      { file: 'sub/back-to-top', reason: expect.stringMatching(/already listed/) },
    ]));
  });

  it('skips a link to a file outside the folder unless told to follow it', async () => {
    const outside = join(root, 'secret.txt');
    await writeFile(outside, 'root:x:0:0:root:/root:/bin/bash\nTencent spent 39 billion yuan on AI.\n');
    const dir = await folder('outside');
    await symlink(outside, join(dir, 'passwd.txt'));
    const summary = await ingest(dir);
    expect(summary.built).toEqual(['good.txt']);
    expect(summary.skipped).toEqual([{ file: 'passwd.txt', reason: expect.stringMatching(/outside REPORTS_DIR.*FOLLOW_LINKS_OUTSIDE=1/) }]);
    const followed = await ingest(dir, { followLinksOutside: true });
    expect(followed.built).toEqual(['passwd.txt']);
    expect(followed.unchanged).toEqual(['good.txt']);
  });

  it('measures "outside" from the real folder, so a REPORTS_DIR that is itself a link works', async () => {
    const real = await folder('real');
    await symlink(join(real, 'good.txt'), join(real, 'alias.txt'));
    const linked = join(root, 'linked');
    await symlink(real, linked);
    const listed = await listReports(linked);
    expect(listed.files.map((file) => file.name)).toEqual(['alias.txt', 'good.txt']);
    expect(listed.skipped).toEqual([]);
  });

  it('skips special files (a FIFO would block a read forever)', async () => {
    const dir = await folder('fifo');
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    const summary = await ingest(dir);
    expect(summary.built).toEqual(['good.txt']);
    expect(summary.skipped).toEqual([{ file: 'pipe.txt', reason: expect.stringMatching(/not a regular file/) }]);
  });

  // Root reads everything, so permissions cannot make a file unreadable there.
  it.skipIf(process.getuid?.() === 0)('skips unreadable files and directories with a reason', async () => {
    const dir = await folder('unreadable');
    await writeFile(join(dir, 'locked.txt'), REPORT);
    await chmod(join(dir, 'locked.txt'), 0o000);
    await mkdir(join(dir, 'closed'));
    await writeFile(join(dir, 'closed', 'inside.txt'), REPORT);
    await chmod(join(dir, 'closed'), 0o000);
    try {
      const summary = await ingest(dir);
      expect(summary.built).toEqual(['good.txt']);
      expect(summary.skipped).toEqual(expect.arrayContaining([
        { file: 'locked.txt', reason: expect.stringMatching(/permission denied/i) },
        { file: 'closed', reason: expect.stringMatching(/unreadable directory/) },
      ]));
    } finally {
      await chmod(join(dir, 'closed'), 0o755);
    }
  });

  it('still refuses a folder with nothing readable in it, naming what was skipped', async () => {
    const dir = join(root, 'only-bad');
    await mkdir(dir);
    await symlink(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
    const error = await listReports(dir).catch((caught: unknown) => caught);
    expect(BaogaoError.isInstance(error) && error.code).toBe('reports_missing');
    expect((error as Error).message).toMatch(/no readable report files.*dangling\.txt: dangling link/);
  });

  it('takes FOLLOW_LINKS_OUTSIDE and MAX_REPORT_BYTES from the environment, as the CLI and the server run it', async () => {
    const outside = join(root, 'shared-report.txt');
    await writeFile(outside, REPORT);
    const dir = await folder('from-env');
    await symlink(outside, join(dir, 'linked.txt'));
    await writeFile(join(dir, 'huge.txt'), `${REPORT}${'More text. '.repeat(400)}`);
    const io = { env: {}, stdout: () => {}, stderr: () => {}, interactive: false };
    const config = loadConfig({ REPORTS_DIR: dir, BAOGAO_DATA_DIR: join(root, 'from-env-data'), FOLLOW_LINKS_OUTSIDE: '1', MAX_REPORT_BYTES: '2048' });
    const summary = await ingestWith(config, io, { quiet: true });
    expect(summary.built.sort()).toEqual(['good.txt', 'linked.txt']);
    expect(summary.skipped).toEqual([{ file: 'huge.txt', reason: expect.stringMatching(/over the 2,048-byte limit/) }]);
  });
});
