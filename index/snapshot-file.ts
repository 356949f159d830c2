/** @module Reading and writing the snapshot under the data folder (Node only): temp file, then rename. */
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BaogaoError } from '../core/index.js';
import { parseSnapshot, serializeSnapshot, type IndexSnapshot } from './snapshot.js';

export const SNAPSHOT_FILE = 'index.json';

export function snapshotPath(dataDir: string): string {
  return join(dataDir, SNAPSHOT_FILE);
}

/** Something other than a file where the snapshot goes cannot be fixed by rebuilding: say what to do. */
async function refuseNonFile(path: string): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (info && !info.isFile()) {
    throw new BaogaoError('invalid_config', { message: `${path} is a directory, not an index file: remove it (or set BAOGAO_DATA_DIR to another folder)`, field: 'BAOGAO_DATA_DIR' });
  }
}

/** Readers see the old file or the new one, never a half-written one. */
export async function writeSnapshotFile(dataDir: string, snapshot: IndexSnapshot): Promise<string> {
  await mkdir(dataDir, { recursive: true });
  const target = snapshotPath(dataDir);
  await refuseNonFile(target);
  const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(temporary, await serializeSnapshot(snapshot));
    await rename(temporary, target);
  } catch (cause) {
    // A failed write or rename (disk full, target replaced meanwhile) leaves nothing behind.
    await rm(temporary, { force: true });
    throw cause;
  }
  return target;
}

export async function readSnapshotFile(dataDir: string): Promise<IndexSnapshot> {
  const path = snapshotPath(dataDir);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    await refuseNonFile(path);
    throw new BaogaoError('index_missing', { message: `No index at ${path}: run \`npm run ingest\` first`, cause });
  }
  return parseSnapshot(text, path);
}
