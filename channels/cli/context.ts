/**
 * @module What every CLI command needs: config from env, the reports check, and the opened index.
 * The index modules are imported one by one (not through `index/index.ts`) and the OpenAI clients only
 * when a key asks for them, so a command that answers offline does not load them at all.
 */
import { BaogaoError, loadConfig, type Config, type Fact, type Paragraph, type ReportDocument } from '../../core/index.js';
import type { Embedder } from '../../index/embedder.js';
import type { OpenIndex } from '../../index/open-index.js';
import type { IngestSummary } from '../../ingest/index.js';

export interface CliIo {
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is a terminal, so progress can redraw one line. */
  interactive: boolean;
  /** Where `chat` and `wechat --demo` read lines; process.stdin (a terminal or a pipe) when absent. */
  stdin?: NodeJS.ReadableStream;
}

const SEVERITY = { debug: 0, info: 1, warn: 2, error: 3, silent: 4 } as const;

/** A log sink for long-running commands that honours LOG_LEVEL (server and bot messages are warnings). */
export function loggerFor(config: Config, io: CliIo, severity: keyof typeof SEVERITY = 'warn'): (message: string) => void {
  return (message) => { if (SEVERITY[severity] >= SEVERITY[config.logLevel]) io.stderr(`${message}\n`); };
}

export function configFrom(io: CliIo): Config {
  return loadConfig(io.env);
}

/** Dense embeddings only when OPENAI_EMBEDDING_MODEL is set; the OpenAI client is loaded for it then. */
export async function embedderFor(config: Config): Promise<Embedder | undefined> {
  if (!config.openai?.embeddingModel) return undefined;
  const { createEmbedder } = await import('../../index/embedder.js');
  return createEmbedder({ apiKey: config.openai.apiKey, baseUrl: config.openai.baseUrl, model: config.openai.embeddingModel, batchSize: config.embeddingBatchSize });
}

/** Rules always; the LLM pass on top when LLM_FACT_EXTRACTION=on and a key is set. */
async function factExtractorFor(config: Config, io: CliIo) {
  const ingest = await import('../../ingest/index.js');
  const openai = config.openai;
  if (!config.llmFactExtraction || !openai) return ingest.extractFactsForIngest;
  const [{ ChatOpenAI }, { createAliasTable, collectionAliases }, { searchableText }] = await Promise.all([
    import('@langchain/openai'), import('../../index/index.js'), import('../../index/searcher.js'),
  ]);
  const model = new ChatOpenAI({ model: openai.model, apiKey: openai.apiKey, configuration: openai.baseUrl ? { baseURL: openai.baseUrl } : {}, temperature: 0, maxRetries: 2 });
  return async (document: ReportDocument, paragraphs: Paragraph[]): Promise<Fact[]> => {
    const rules = ingest.extractFactsForIngest(document, paragraphs);
    const aliases = createAliasTable(collectionAliases([document], paragraphs.map(searchableText)));
    const { facts, stats } = await ingest.extractFactsWithModel(model, document, paragraphs, rules, aliases);
    io.stderr(`  llm facts for ${document.source}: ${stats.kept} kept, ${stats.dropped} dropped of ${stats.proposed}\n`);
    return [...rules, ...facts];
  };
}

export async function ingestWith(config: Config, io: CliIo, options: { rebuild?: boolean; quiet?: boolean } = {}): Promise<IngestSummary> {
  const [{ runIngest }, { createStore }] = await Promise.all([import('../../ingest/index.js'), import('../../index/create-store.js')]);
  const embedder = await embedderFor(config);
  return runIngest({
    reportsDir: config.reportsDir,
    dataDir: config.dataDir,
    store: createStore(config),
    ...(embedder ? { embedder } : {}),
    extractFacts: await factExtractorFor(config, io),
    ...(options.rebuild !== undefined ? { rebuild: options.rebuild } : {}),
    followLinksOutside: config.ingest.followLinksOutside,
    maxFileBytes: config.ingest.maxReportBytes,
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
  const [{ INGEST_VERSION, listReports }, { readSnapshotFile }, { openIndex }, { createStore }] = await Promise.all([
    import('../../ingest/index.js'), import('../../index/snapshot-file.js'), import('../../index/open-index.js'), import('../../index/create-store.js'),
  ]);
  await listReports(config.reportsDir, { followLinksOutside: config.ingest.followLinksOutside });
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
  const embedder = await embedderFor(config);
  return openIndex(snapshot, {
    store: createStore(config), ...(embedder ? { embedder } : {}),
    fallbackToEmbedded: config.qdrant?.fallback === 'embedded',
    onFallback: (reason) => io.stderr(`qdrant unavailable, answering from the embedded index: ${reason}\n`),
  });
}
