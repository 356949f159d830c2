/** @module Finds the report files under the reports folder; a missing or empty folder is an error. */
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { BaogaoError } from '../core/index.js';
import { isSupported } from './read-report.js';

export interface ListedReports {
  files: { name: string; path: string }[];
  unsupported: string[];
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map(async (entry) => {
    const path = join(dir, entry.name);
    if (entry.name.startsWith('.')) return [];
    if (entry.isDirectory()) return walk(path);
    // Symlinked files count; `stat` follows the link.
    return (await stat(path)).isFile() ? [path] : [];
  }));
  return nested.flat().sort();
}

export async function listReports(reportsDir: string): Promise<ListedReports> {
  let paths: string[];
  try {
    if (!(await stat(reportsDir)).isDirectory()) throw new Error('not a directory');
    paths = await walk(reportsDir);
  } catch (cause) {
    throw new BaogaoError('reports_missing', { message: `Reports folder ${reportsDir} does not exist (set REPORTS_DIR)`, field: 'REPORTS_DIR', cause });
  }
  if (paths.length === 0) {
    throw new BaogaoError('reports_missing', { message: `Reports folder ${reportsDir} is empty (set REPORTS_DIR)`, field: 'REPORTS_DIR' });
  }
  const files = paths.map((path) => ({ name: relative(reportsDir, path), path }));
  return { files: files.filter((file) => isSupported(file.name)), unsupported: files.filter((file) => !isSupported(file.name)).map((file) => file.name) };
}
