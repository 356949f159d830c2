/**
 * @module Finds the report files under the reports folder. One bad entry (a dangling link, a loop,
 * a special or unreadable file) is skipped with a reason; only a missing or empty folder is an error.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { BaogaoError } from '../core/index.js';
import { isSupported } from './read-report.js';

export interface ListedReports {
  files: { name: string; path: string }[];
  unsupported: string[];
  /** Entries passed over, each with why: they are reported, never silently dropped. */
  skipped: { file: string; reason: string }[];
}

export interface ListReportsOptions {
  /** Follow links whose target lies outside the reports folder (FOLLOW_LINKS_OUTSIDE=1); off by default. */
  followLinksOutside?: boolean;
}

const LINK_REASONS: Record<string, string> = {
  ENOENT: 'dangling link (its target does not exist)',
  ELOOP: 'link loop (the link leads back to itself)',
  EACCES: 'unreadable link (permission denied)',
};

function reasonFor(error: unknown, what: string): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return code === 'EACCES' || code === 'EPERM' ? `unreadable ${what} (permission denied)` : `unreadable ${what} (${code || String(error)})`;
}

function isInside(root: string, target: string): boolean {
  const path = relative(root, target);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

interface Walk {
  root: string;
  realRoot: string;
  options: ListReportsOptions;
  /** Real paths of the directories walked so far: a link back to one of them is a loop. */
  visited: Set<string>;
  files: string[];
  skipped: { file: string; reason: string }[];
}

async function walkEntry(walk: Walk, path: string, isLink: boolean): Promise<void> {
  const name = relative(walk.root, path);
  let real = path;
  if (isLink) {
    try {
      real = await realpath(path);
    } catch (error) {
      walk.skipped.push({ file: name, reason: LINK_REASONS[(error as NodeJS.ErrnoException).code ?? ''] ?? reasonFor(error, 'link') });
      return;
    }
    if (!walk.options.followLinksOutside && !isInside(walk.realRoot, real)) {
      walk.skipped.push({ file: name, reason: 'link points outside REPORTS_DIR (set FOLLOW_LINKS_OUTSIDE=1 to follow it)' });
      return;
    }
  }
  let info;
  try {
    info = await stat(real);
  } catch (error) {
    walk.skipped.push({ file: name, reason: reasonFor(error, 'entry') });
    return;
  }
  if (info.isDirectory()) return walkDirectory(walk, path, real);
  if (info.isFile()) walk.files.push(path);
  else walk.skipped.push({ file: name, reason: 'not a regular file (a pipe, socket or device)' });
}

async function walkDirectory(walk: Walk, path: string, real: string): Promise<void> {
  if (walk.visited.has(real)) {
    walk.skipped.push({ file: relative(walk.root, path), reason: 'already listed (a link back to a folder being read)' });
    return;
  }
  walk.visited.add(real);
  let entries;
  try {
    entries = await readdir(path, { withFileTypes: true });
  } catch (error) {
    if (path === walk.root) throw error;
    walk.skipped.push({ file: relative(walk.root, path), reason: reasonFor(error, 'directory') });
    return;
  }
  // One entry at a time: sibling subfolders walked in parallel could both claim a shared target.
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    await walkEntry(walk, join(path, entry.name), entry.isSymbolicLink());
  }
}

export async function listReports(reportsDir: string, options: ListReportsOptions = {}): Promise<ListedReports> {
  const walk: Walk = { root: reportsDir, realRoot: reportsDir, options, visited: new Set(), files: [], skipped: [] };
  try {
    if (!(await stat(reportsDir)).isDirectory()) throw new Error('not a directory');
    // Measured from the real folder: REPORTS_DIR may itself be a link (the repo's `reports` is).
    walk.realRoot = await realpath(reportsDir);
    await walkDirectory(walk, reportsDir, walk.realRoot);
  } catch (cause) {
    throw new BaogaoError('reports_missing', { message: `Reports folder ${reportsDir} does not exist (set REPORTS_DIR)`, field: 'REPORTS_DIR', cause });
  }
  const skipped = walk.skipped.sort((a, b) => a.file.localeCompare(b.file));
  if (walk.files.length === 0) {
    const why = skipped.length ? `has no readable report files (skipped ${skipped.map((skip) => `${skip.file}: ${skip.reason}`).join('; ')})` : 'is empty';
    throw new BaogaoError('reports_missing', { message: `Reports folder ${reportsDir} ${why} (set REPORTS_DIR)`, field: 'REPORTS_DIR' });
  }
  const files = walk.files.sort().map((path) => ({ name: relative(reportsDir, path), path }));
  return { files: files.filter((file) => isSupported(file.name)), unsupported: files.filter((file) => !isSupported(file.name)).map((file) => file.name), skipped };
}
