/** @module What every CLI command needs: config from env, the reports check, and the opened index. */
import { BaogaoError, loadConfig, type Config } from '../../core/index.js';
import { createEmbedder, createStore, openIndex, type OpenIndex } from '../../index/index.js';
import { readSnapshotFile } from '../../index/snapshot-file.js';
import { ChatOpenAI } from '@langchain/openai';
import { createAliasTable, harvestAliases, searchableText } from '../../index/index.js';
import { extractFactsForIngest, extractFactsWithModel, INGEST_VERSION, listReports, runIngest, type IngestSummary } from '../../ingest/index.js';
import type { Fact, Paragraph, ReportDocument } from '../../core/index.js';

export interface CliIo {
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is a terminal, so progress can redraw one line. */
  interactive: boolean;
}

const SEVERITY = { debug: 0, info: 1, warn: 2, error: 3, silent: 4 } as const;

/** A log sink for long-running commands that honours LOG_LEVEL (server and bot messages are warnings). */
export function loggerFor(config: Config, io: CliIo, severity: keyof typeof SEVERITY = 'warn'): (message: string) => void {
  return (message) => { if (SEVERITY[severity] >= SEVERITY[config.logLevel]) io.stderr(`${message}\n`); };
}

export function configFrom(io: CliIo): Config {
  return loadConfig(io.env);
}

export function embedderFor(config: Config) {
  return config.openai?.embeddingModel
    ? createEmbedder({ apiKey: config.openai.apiKey, baseUrl: config.openai.baseUrl, model: config.openai.embeddingModel, batchSize: config.embeddingBatchSize })
    : undefined;
}

/** Rules always; the LLM pass on top when LLM_FACT_EXTRACTION=on and a key is set. */
function factExtractorFor(config: Config, io: CliIo) {
  const openai = config.openai;
  if (!config.llmFactExtraction || !openai) return extractFactsForIngest;
  const model = new ChatOpenAI({ model: openai.model, apiKey: openai.apiKey, configuration: openai.baseUrl ? { baseURL: openai.baseUrl } : {}, temperature: 0, maxRetries: 2 });
  return async (document: ReportDocument, paragraphs: Paragraph[]): Promise<Fact[]> => {
    const rules = extractFactsForIngest(document, paragraphs);
    const aliases = createAliasTable(harvestAliases(paragraphs.map(searchableText)));
    const { facts, stats } = await extractFactsWithModel(model, document, paragraphs, rules, aliases);
    io.stderr(`  llm facts for ${document.source}: ${stats.kept} kept, ${stats.dropped} dropped of ${stats.proposed}\n`);
    return [...rules, ...facts];
  };
}

export async function ingestWith(config: Config, io: CliIo, options: { rebuild?: boolean; quiet?: boolean } = {}): Promise<IngestSummary> {
  return runIngest({
    reportsDir: config.reportsDir,
    dataDir: config.dataDir,
    store: createStore(config),
    embedder: embedderFor(config),
    extractFacts: factExtractorFor(config, io),
    ...(options.rebuild !== undefined ? { rebuild: options.rebuild } : {}),
    onProgress: (event) => {
      if (options.quiet) return;
      if (event.phase === 'read') io.stderr(`[${event.done}/${event.total}] ${event.status.padEnd(9)} ${event.file}\n`);
      else if (event.phase === 'warn') io.stderr(`warning: ${event.message}\n`);
      else if (event.phase === 'embed') io.stderr(`embedded ${event.done}/${event.total} paragraphs\n`);
      else io.stderr(`syncing ${event.kind} store…\n`);
    },
  });
}

/** Opens the index, building it first when there is none yet (the embedded default needs no set-up). */
export async function openIndexFor(config: Config, io: CliIo): Promise<OpenIndex> {
  await listReports(config.reportsDir);
  let snapshot;
  try {
    snapshot = await readSnapshotFile(config.dataDir);
    // An index built by older ingest logic is derived data that is now wrong: rebuild it.
    if (snapshot.ingestVersion !== INGEST_VERSION) throw new BaogaoError('index_corrupt', { message: `Index built by ingest ${snapshot.ingestVersion}, this is ${INGEST_VERSION}` });
  } catch (error) {
    if (!BaogaoError.isInstance(error) || (error.code !== 'index_missing' && error.code !== 'index_corrupt')) throw error;
    io.stderr(`${error.message}; building the index now…\n`);
    await ingestWith(config, io, { quiet: true });
    snapshot = await readSnapshotFile(config.dataDir);
  }
  return openIndex(snapshot, {
    store: createStore(config), embedder: embedderFor(config),
    fallbackToEmbedded: config.qdrant?.fallback === 'embedded',
    onFallback: (reason) => io.stderr(`qdrant unavailable, answering from the embedded index: ${reason}\n`),
  });
}
