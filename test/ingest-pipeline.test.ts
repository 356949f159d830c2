import { cp, mkdtemp, readFile, rm, writeFile, appendFile, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BaogaoError } from '../core/index.js';
import { createMemoryStore } from '../index/index.js';
import { readSnapshotFile } from '../index/snapshot-file.js';
import { runIngest, type IngestEvent } from '../ingest/index.js';
import { REPORTS_DIR } from './helpers/corpus.js';

let root: string;
let reports: string;
let data: string;
const ingest = (extra: Partial<Parameters<typeof runIngest>[0]> = {}) => runIngest({ reportsDir: reports, dataDir: data, store: createMemoryStore(), ...extra });

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'baogao-'));
  reports = join(root, 'reports');
  data = join(root, 'data');
  await cp(REPORTS_DIR, reports, { recursive: true, dereference: true });
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('runIngest', () => {
  it('builds everything once, then skips unchanged files, replaces changed ones and drops removed ones', async () => {
    const events: IngestEvent[] = [];
    const first = await ingest({ onProgress: (event) => events.push(event) });
    expect(first).toMatchObject({ documents: 5, pairs: 2, unchanged: [], removed: [] });
    expect(first.built).toHaveLength(5);
    expect(events.filter((event) => event.phase === 'read').map((event) => event.phase === 'read' && event.done)).toEqual([1, 2, 3, 4, 5]);

    const second = await ingest();
    expect(second.built).toEqual([]);
    expect(second.unchanged).toHaveLength(5);
    expect(second.paragraphs).toBe(first.paragraphs);

    await appendFile(join(reports, '003_d447f71fcd4a7b8a.txt'), '\nAlibaba also ordered 1,000 more servers for its data centers in March.\n');
    await unlink(join(reports, '002_5082a68f5ba633b2.txt'));
    const third = await ingest();
    expect(third.built).toEqual(['003_d447f71fcd4a7b8a.txt']);
    expect(third.removed).toEqual(['002_5082a68f5ba633b2.txt']);
    const snapshot = await readSnapshotFile(data);
    expect(snapshot.documents.map((document) => document.source)).not.toContain('002_5082a68f5ba633b2.txt');
    expect(snapshot.paragraphs.some((paragraph) => paragraph.text.includes('1,000 more servers'))).toBe(true);
  });

  it('reports unreadable and unsupported files and carries on with the rest', async () => {
    await writeFile(join(reports, 'empty.txt'), '');
    await writeFile(join(reports, 'image.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    await writeFile(join(reports, 'notes.docx'), 'x');
    const summary = await ingest();
    expect(summary.documents).toBe(5);
    expect(summary.skipped.map((skip) => skip.file).sort()).toEqual(['empty.txt', 'image.txt', 'notes.docx']);
    expect(summary.skipped.find((skip) => skip.file === 'notes.docx')?.reason).toBe('unsupported file type');
  });

  it('rebuilds from the reports when the snapshot is corrupt, with a warning', async () => {
    await ingest();
    const path = join(data, 'index.json');
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.slice(0, text.length - 100));
    const warnings: string[] = [];
    const summary = await ingest({ onProgress: (event) => { if (event.phase === 'warn') warnings.push(event.message); } });
    expect(summary.built).toHaveLength(5);
    expect(warnings.join('\n')).toMatch(/not valid JSON|checksum/);
    expect((await readSnapshotFile(data)).documents).toHaveLength(5);
  });

  it('fails with reports_missing for a missing or empty folder', async () => {
    for (const dir of [join(root, 'missing'), data]) {
      const { mkdir } = await import('node:fs/promises');
      if (dir === data) await mkdir(dir, { recursive: true });
      const error = await runIngest({ reportsDir: dir, dataDir: join(root, 'out'), store: createMemoryStore() }).catch((e: unknown) => e);
      expect(BaogaoError.isInstance(error) && error.code).toBe('reports_missing');
    }
  });
});
