/** @module Reading and writing the snapshot under the data folder (Node only): temp file, then rename. */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BaogaoError } from '../core/index.js';
import { parseSnapshot, serializeSnapshot, type IndexSnapshot } from './snapshot.js';

export const SNAPSHOT_FILE = 'index.json';

export function snapshotPath(dataDir: string): string {
  return join(dataDir, SNAPSHOT_FILE);
}

/** Readers see the old file or the new one, never a half-written one. */
export async function writeSnapshotFile(dataDir: string, snapshot: IndexSnapshot): Promise<string> {
  await mkdir(dataDir, { recursive: true });
  const target = snapshotPath(dataDir);
  const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, await serializeSnapshot(snapshot));
  await rename(temporary, target);
  return target;
}

export async function readSnapshotFile(dataDir: string): Promise<IndexSnapshot> {
  const path = snapshotPath(dataDir);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new BaogaoError('index_missing', { message: `No index at ${path}: run \`npm run ingest\` first`, cause });
  }
  return parseSnapshot(text, path);
}
