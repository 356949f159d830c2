/**
 * The CLI's everyday commands and the offline agent load no LLM, embeddings or Qdrant client library
 * unless one is configured: following every static import (type-only ones are erased) from each entry
 * never reaches LangChain, OpenAI or Qdrant's client. Those libraries were most of a cold start.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HEAVY = /^(?:@langchain\/|openai$|langsmith|@qdrant\/)/;
// Static value imports and re-exports; `import type` / `export type` are erased by the compiler.
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;

/** Every package a module reaches through static imports, with the chain that reaches it. */
function packagesReached(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const seen = new Set<string>();
  const visit = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(STATIC_IMPORT)) {
      const specifier = match[1]!;
      if (specifier.startsWith('.')) {
        const target = resolve(dirname(file), specifier.replace(/\.js$/, '.ts'));
        if (existsSync(target)) visit(target, [...chain, target.slice(ROOT.length)]);
      } else if (!specifier.startsWith('node:') && !reached.has(specifier)) {
        reached.set(specifier, chain);
      }
    }
  };
  visit(join(ROOT, entry), [entry]);
  return reached;
}

describe('cold start: what the everyday commands load', () => {
  for (const entry of ['channels/cli/ask-command.ts', 'channels/cli/search-command.ts', 'channels/cli/facts-command.ts', 'channels/cli/calc-command.ts', 'channels/cli/chat-command.ts', 'agent/answer.ts', 'agent/offline-planner.ts',
    // What `openIndexFor` imports when a command opens the index.
    'index/open-index.ts', 'index/create-store.ts', 'index/snapshot-file.ts', 'ingest/index.ts', 'index/index.ts']) {
    it(`${entry} reaches no LLM, embeddings or Qdrant client`, () => {
      const heavy = [...packagesReached(entry)].filter(([name]) => HEAVY.test(name));
      expect(heavy.map(([name, chain]) => `${name} via ${chain.join(' → ')}`)).toEqual([]);
    });
  }

  it('the LLM agent does reach LangChain (the check sees through the imports)', () => {
    expect([...packagesReached('agent/llm/llm-agent.ts').keys()].some((name) => HEAVY.test(name))).toBe(true);
    expect([...packagesReached('tools/create-report-tools.ts').keys()]).toContain('@langchain/core/tools');
  });
});
