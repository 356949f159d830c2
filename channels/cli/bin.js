#!/usr/bin/env node
/**
 * @module The `baogao` executable: plain JavaScript so it starts on bare node. It runs the CLI compiled to
 * `dist/cli/` (built by `npm ci` through `prepare`), rebuilding it first when a source file is newer than
 * the build, so a checkout being edited never runs stale code. `baogao build` only builds.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'dist', 'cli');
const STAMP = join(OUT, '.built-at');
const LOCK = join(ROOT, 'dist', 'cli.lock');
/** The folders compiled into the CLI; tests and generated reports are not part of it. */
const SOURCE_ROOTS = ['core', 'agent', 'index', 'ingest', 'tools', 'evals', 'channels'];
const SKIP = new Set(['node_modules', 'reports']);
const CONFIG_FILES = ['package.json', 'tsconfig.json', 'tsconfig.build.json', 'channels/cli/bin.js'];

/** Calls `visit` for every source file and folder (folders change when a file is added or removed). */
function walkSources(visit) {
  const walk = (dir) => {
    visit(dir, true);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (SKIP.has(entry.name) || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!entry.name.endsWith('.test.ts')) visit(path, false);
    }
  };
  for (const root of SOURCE_ROOTS) if (existsSync(join(ROOT, root))) walk(join(ROOT, root));
}

function newestSourceChange() {
  let newest = 0;
  walkSources((path) => { newest = Math.max(newest, statSync(path).mtimeMs); });
  for (const file of CONFIG_FILES) if (existsSync(join(ROOT, file))) newest = Math.max(newest, statSync(join(ROOT, file)).mtimeMs);
  return newest;
}

function isFresh() {
  try {
    return Number(readFileSync(STAMP, 'utf8')) >= newestSourceChange();
  } catch {
    return false;
  }
}

/** One build at a time (tests and terminals may start several CLIs at once); a lock older than 2 minutes is stale. */
async function withBuildLock(work) {
  mkdirSync(dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const age = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 120_000) rmSync(LOCK, { recursive: true, force: true });
      else await sleep(100);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** tsc (no type check: `npm run typecheck` does that) into a fresh folder, swapped in whole. */
function build() {
  const startedAt = Date.now();
  const next = `${OUT}.next-${process.pid}`;
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  if (!existsSync(tsc)) throw new Error('TypeScript is not installed: run `npm ci` in the checkout first.');
  rmSync(next, { recursive: true, force: true });
  try {
    execFileSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', next], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  } catch (error) {
    // A source that does not compile must not run as its older build: fail, and leave no half-built folder.
    rmSync(next, { recursive: true, force: true });
    throw new Error(`the command line does not compile (tsc exited ${error.status ?? 'abnormally'}; see above)`, { cause: error });
  }
  // Files read at run time beside their module (e.g. evals/gold-questions.json) stay where they are, linked.
  walkSources((path, isDirectory) => {
    const target = join(next, relative(ROOT, path));
    if (isDirectory || path.endsWith('.ts') || existsSync(target)) return;
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(relative(dirname(target), path), target);
  });
  writeFileSync(join(next, '.built-at'), String(startedAt));
  const old = `${OUT}.old-${process.pid}`;
  if (existsSync(OUT)) renameSync(OUT, old);
  renameSync(next, OUT);
  rmSync(old, { recursive: true, force: true });
}

async function ensureBuilt({ force = false, quiet = false } = {}) {
  if (!force && isFresh()) return;
  await withBuildLock(async () => {
    if (!force && isFresh()) return;
    const started = Date.now();
    if (!quiet) process.stderr.write(`baogao: compiling the command line${force ? '' : ' (sources changed)'}…\n`);
    build();
    if (!quiet || force) process.stderr.write(`baogao: compiled to ${relative(ROOT, OUT)}/ in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  });
}

const args = process.argv.slice(2);
try {
  if (args[0] === 'build') {
    await ensureBuilt({ force: true });
  } else {
    await ensureBuilt();
    const { main } = await import(pathToFileURL(join(OUT, 'channels', 'cli', 'main.js')).href);
    process.exitCode = await main(args);
  }
} catch (error) {
  process.stderr.write(`baogao: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
