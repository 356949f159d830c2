/** @module `npm run build:worker`: ingest, copy the snapshot where the Worker imports it, bundle with wrangler. */
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { runCli } from '../channels/cli/main.js';
import { loadConfig } from '../core/index.js';

const env = process.env;
const io = { env, stdout: (text: string) => process.stdout.write(text), stderr: (text: string) => process.stderr.write(text), interactive: false };
const code = await runCli(['ingest'], io);
if (code !== 0) process.exit(code);
const config = loadConfig(env);
await mkdir('.baogao/worker', { recursive: true });
await copyFile(join(config.dataDir, 'index.json'), '.baogao/worker/index.snapshot');
const outdir = process.argv[2] ?? 'dist/worker';
execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outdir], { stdio: 'inherit', env: { ...env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' } });
console.log(`Worker bundle written to ${outdir}`);
