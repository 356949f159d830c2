/** @module Configuration: read once from an env object through one zod schema; nothing else reads env. */
import { z } from 'zod';
import { BaogaoError } from './errors.js';

const optionalString = z.string().trim().min(1).optional();
const optionalUrl = z.url().optional();

/** Who may tell us the client's address: nobody, Cloudflare (CF-Connecting-IP), or proxies at these addresses (X-Forwarded-For). */
export type TrustProxy = { mode: 'off' } | { mode: 'cloudflare' } | { mode: 'addresses'; addresses: string[] };

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const IPV6 = /^(?=.*:)[0-9a-f:.]+$/i;

/** "10.0.0.0/8", "192.168.1.5", "fd00::/8", "loopback" → address/prefix; undefined when malformed. */
function proxyRange(entry: string): string[] | undefined {
  if (entry === 'loopback') return ['127.0.0.1/8', '::1/128'];
  const [address = '', prefix, ...extra] = entry.split('/');
  const ipv4 = IPV4.test(address);
  const ipv6 = !ipv4 && IPV6.test(address) && (address.match(/::/g)?.length ?? 0) <= 1;
  const bits = ipv4 ? 32 : 128;
  if (extra.length || (!ipv4 && !ipv6) || (prefix !== undefined && !/^\d{1,3}$/.test(prefix)) || Number(prefix ?? bits) > bits) return undefined;
  return [`${address.toLowerCase()}/${prefix ?? bits}`];
}

function parseTrustProxy(text: string): TrustProxy | undefined {
  const value = text.trim().toLowerCase();
  if (value === 'off' || value === '0' || value === 'false') return { mode: 'off' };
  if (value === 'cloudflare') return { mode: 'cloudflare' };
  const ranges = value.split(',').map((entry) => entry.trim()).filter(Boolean).map(proxyRange);
  return ranges.length && ranges.every(Boolean) ? { mode: 'addresses', addresses: ranges.flatMap((range) => range!) } : undefined;
}

const configSchema = z.object({
  REPORTS_DIR: z.string().trim().min(1).default('reports'),
  BAOGAO_DATA_DIR: z.string().trim().min(1).default('.baogao'),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalUrl,
  OPENAI_MODEL: z.string().trim().min(1).default('gpt-4o-mini'),
  OPENAI_EMBEDDING_MODEL: optionalString,
  EMBEDDING_BATCH_SIZE: z.coerce.number().int().min(1).max(2048).default(64),
  QDRANT_URL: optionalUrl,
  QDRANT_API_KEY: optionalString,
  QDRANT_FALLBACK: z.enum(['embedded', 'fail']).default('embedded'),
  QDRANT_COLLECTION: z.string().trim().regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, _ and - only').default('baogao'),
  EVAL_REPORTS_DIR: z.string().trim().min(1).default('evals/reports'),
  FINANCEBENCH_PATH: z.string().trim().min(1).default('../shared/benchmarks/financebench/financebench_open_source.jsonl'),
  LLM_FACT_EXTRACTION: z.enum(['on', 'off']).default('off'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  CORS_ORIGINS: z.string().trim().default(''),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(60),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(10_000_000).default(65_536),
  // Refused rather than trimmed: HTTP strips a header's surrounding whitespace and a Bearer token
  // has none inside, so such a token could never match; quietly changing a secret hides the typo.
  ADMIN_TOKEN: z.string().min(16, 'at least 16 characters').refine((token) => !/\s/.test(token), 'contains whitespace (leading, trailing or inside); remove it').optional(),
  FOLLOW_LINKS_OUTSIDE: z.enum(['0', '1']).default('0'),
  MAX_REPORT_BYTES: z.coerce.number().int().min(1024).max(2 ** 31).default(8 * 1024 * 1024),
  TRUST_PROXY: z.string().default('off').transform((text, context) => {
    const parsed = parseTrustProxy(text);
    if (!parsed) context.addIssue({ code: 'custom', message: 'off, cloudflare, or a comma-separated list of proxy addresses or ranges (10.0.0.0/8, ::1, loopback)' });
    return parsed ?? { mode: 'off' as const };
  }),
  WECHATY_PUPPET: z.string().trim().min(1).default('wechaty-puppet-wechat4u'),
  WECHATY_PUPPET_SERVICE_TOKEN: optionalString,
  WECHAT_PREFIXES: z.string().default('/ask,问报告'),
  WECHAT_ALIASES: z.string().default(''),
  WECHAT_ROOMS: z.string().default(''),
  WECHAT_MAX_BYTES: z.coerce.number().int().min(200).max(20_000).default(2000),
  WECHAT_MAX_MESSAGES: z.coerce.number().int().min(1).max(10).default(3),
  BAOGAO_URL: optionalUrl,
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

type RawConfig = z.infer<typeof configSchema>;

export interface Config {
  reportsDir: string;
  dataDir: string;
  openai: { apiKey: string; baseUrl: string | undefined; model: string; embeddingModel: string | undefined } | undefined;
  embeddingBatchSize: number;
  /** Where `npm run eval` writes its reports and the latest summary. */
  evalReportsDir: string;
  /** The FinanceBench open-source sample used by the retrieval eval. */
  financeBenchPath: string;
  /** Run the LLM fact-extraction pass at ingest (needs OPENAI_API_KEY; one call per paragraph). */
  llmFactExtraction: boolean;
  /** `fallback`: when Qdrant fails, answer from the embedded index ('embedded') or fail with a 503 ('fail'). */
  qdrant: { url: string; apiKey: string | undefined; collection: string; fallback: 'embedded' | 'fail' } | undefined;
  logLevel: RawConfig['LOG_LEVEL'];
  wechat: {
    puppet: string;
    puppetToken: string | undefined;
    prefixes: string[];
    aliases: string[];
    rooms: string[];
    maxBytes: number;
    maxMessages: number;
    /** Answer through this Baogao server (e.g. on Workers) instead of in process. */
    baogaoUrl: string | undefined;
  };
  http: {
    port: number;
    /** Origins allowed cross-origin; empty = same origin only, "*" = any. */
    corsOrigins: string[];
    rateLimitPerMinute: number;
    maxBodyBytes: number;
    /** Enables POST /api/admin/reindex; without it the route is disabled. */
    adminToken: string | undefined;
  };
  ingest: {
    /** Follow links in the reports folder whose target lies outside it. */
    followLinksOutside: boolean;
    /** Larger report files are skipped with a reason. */
    maxReportBytes: number;
  };
  /** Whose word to take for the client's address (rate limiting) when behind a reverse proxy. */
  trustProxy: TrustProxy;
}

export type EnvSource = Record<string, string | undefined>;

/** Empty strings count as unset, as in t3-env, so `FOO=` in a .env file does not fail validation. */
function withoutEmpty(env: EnvSource): EnvSource {
  return Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
}

const list = (text: string) => text.split(',').map((item) => item.trim()).filter(Boolean);

/** Validates every variable at once; the error lists each bad variable by name. */
export function loadConfig(env: EnvSource): Config {
  const parsed = configSchema.safeParse(withoutEmpty(env));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new BaogaoError('invalid_config', {
      message: `Invalid configuration: ${problems.join('; ')}`,
      field: String(parsed.error.issues[0]?.path[0] ?? ''),
    });
  }
  const raw = parsed.data;
  return {
    reportsDir: raw.REPORTS_DIR,
    dataDir: raw.BAOGAO_DATA_DIR,
    openai: raw.OPENAI_API_KEY
      ? { apiKey: raw.OPENAI_API_KEY, baseUrl: raw.OPENAI_BASE_URL, model: raw.OPENAI_MODEL, embeddingModel: raw.OPENAI_EMBEDDING_MODEL }
      : undefined,
    embeddingBatchSize: raw.EMBEDDING_BATCH_SIZE,
    evalReportsDir: raw.EVAL_REPORTS_DIR,
    financeBenchPath: raw.FINANCEBENCH_PATH,
    llmFactExtraction: raw.LLM_FACT_EXTRACTION === 'on' && Boolean(raw.OPENAI_API_KEY),
    qdrant: raw.QDRANT_URL ? { url: raw.QDRANT_URL, apiKey: raw.QDRANT_API_KEY, collection: raw.QDRANT_COLLECTION, fallback: raw.QDRANT_FALLBACK } : undefined,
    logLevel: raw.LOG_LEVEL,
    wechat: {
      puppet: raw.WECHATY_PUPPET,
      puppetToken: raw.WECHATY_PUPPET_SERVICE_TOKEN,
      prefixes: list(raw.WECHAT_PREFIXES),
      aliases: list(raw.WECHAT_ALIASES),
      rooms: list(raw.WECHAT_ROOMS),
      maxBytes: raw.WECHAT_MAX_BYTES,
      maxMessages: raw.WECHAT_MAX_MESSAGES,
      baogaoUrl: raw.BAOGAO_URL,
    },
    http: {
      port: raw.PORT,
      corsOrigins: list(raw.CORS_ORIGINS),
      rateLimitPerMinute: raw.RATE_LIMIT_PER_MINUTE,
      maxBodyBytes: raw.MAX_BODY_BYTES,
      adminToken: raw.ADMIN_TOKEN,
    },
    ingest: { followLinksOutside: raw.FOLLOW_LINKS_OUTSIDE === '1', maxReportBytes: raw.MAX_REPORT_BYTES },
    trustProxy: raw.TRUST_PROXY,
  };
}
