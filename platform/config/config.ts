import { z } from 'zod';
import { isKnownTimeZone } from '../time/clock';
import { withSecretFiles } from './secret-files';

/**
 * The one place that reads `process.env`. Everything else receives a parsed `Config`.
 * A bad or missing value stops the process with a message naming the variable.
 */

const booleanFlag = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((value) => value === 'true' || value === '1' || value === 'yes');

const port = z.coerce.number().int().min(0).max(65535);

const httpUrl = z.url().regex(/^https?:\/\//, 'must be an http:// or https:// URL');

const SECONDS_PER_UNIT = { s: 1, m: 60, h: 3600, d: 86_400 } as const;
/** A duration in whole seconds, or with a unit: `900`, `15m`, `12h`, `7d`. */
const duration = z
  .string()
  .regex(/^\d+[smhd]?$/, 'must be a number of seconds, or a number followed by s, m, h or d (e.g. 12h)')
  .transform((value) => {
    const unit = /[smhd]$/.test(value) ? (value.at(-1) as keyof typeof SECONDS_PER_UNIT) : 's';
    return Number.parseInt(value, 10) * SECONDS_PER_UNIT[unit];
  })
  .pipe(z.number().int().min(60, 'must be at least a minute'));

/**
 * A subgraph's name (`organisations`). The platform knows no names: subgraphs/index.ts lists them,
 * and `SUBGRAPH_<NAME>_URL` is read for whatever name it is given.
 */
export type SubgraphName = string;
const SUBGRAPH_NAME_PATTERN = /^[a-z][a-z0-9]*$/;
const SUBGRAPH_URL_VARIABLE = /^SUBGRAPH_([A-Z][A-Z0-9]*)_URL$/;

const environmentSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  PGLITE_DATA_DIR: z.string().min(1).default('./data/pglite'),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  DATABASE_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  HEALTH_CHECK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2000),
  LIVENESS_DATABASE_STALL_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
  SHUTDOWN_DELAY_MS: z.coerce.number().int().min(0).max(600_000).default(0),
  SHUTDOWN_DRAIN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  HOST: z.string().min(1).default('127.0.0.1'),
  GATEWAY_PORT: port.default(4000),
  SUBGRAPH_NAME: z.string().regex(SUBGRAPH_NAME_PATTERN, 'must be a subgraph name such as organisations').optional(),
  SUBGRAPH_PORT: port.optional(),
  LOAD_DEMO_DATA: booleanFlag.optional(),
  RUN_MIGRATIONS: booleanFlag.default(true),
  MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(1000).default(100),
  TIME_ZONE: z.string().min(1).default('Asia/Shanghai').refine(isKnownTimeZone, 'must be an IANA time zone, e.g. Asia/Shanghai'),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  GATEWAY_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  PEER_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  GRAPHQL_IDE: booleanFlag.default(true),
  GRAPHQL_INTROSPECTION: booleanFlag.default(true),
  AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  AUTH_JWT_PUBLIC_KEY_FILE: z.string().min(1).optional(),
  AUTH_JWKS_FILE: z.string().min(1).optional(),
  AUTH_JWT_ISSUER: z.string().min(1).default('party-building-hub'),
  AUTH_JWT_AUDIENCE: z.string().min(1).default('party-building-hub'),
  AUTH_MAX_TOKEN_LIFETIME: duration.default(24 * 3600),
  INTERNAL_SIGNING_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  MEMBER_DATA_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  DEV_SECRETS_FILE: z.string().min(1).default('./data/dev-secrets.json'),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(1).max(100).default(12),
  MAX_ALIASES: z.coerce.number().int().min(0).max(1000).default(30),
  MAX_DIRECTIVES: z.coerce.number().int().min(0).max(1000).default(20),
  MAX_TOKENS: z.coerce.number().int().min(100).max(1_000_000).default(3000),
  MAX_QUERY_COST: z.coerce.number().int().min(1).default(50_000),
  // 2 MB: a batch of 5,000 service records (recordServices) is about 1.2 MB of JSON.
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(50_000_000).default(2_000_000),
  ALLOW_BATCHED_REQUESTS: booleanFlag.default(false),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  LOG_SQL: booleanFlag.default(false),
  METRICS_ENABLED: booleanFlag.default(true),
  METRICS_PORT: port.optional(),
  METRICS_HOST: z.string().min(1).optional(),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  METRICS_MAX_OPERATIONS: z.coerce.number().int().min(1).max(10_000).default(200),
  OTEL_SDK_DISABLED: booleanFlag.default(false),
  OTEL_EXPORTER_OTLP_ENDPOINT: httpUrl.optional(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: httpUrl.optional(),
  OTEL_EXPORTER_OTLP_HEADERS: z
    .string()
    .regex(/^\s*[^=,\s]+\s*=[^,]*(,\s*[^=,\s]+\s*=[^,]*)*$/, 'must be name=value pairs separated by commas')
    .optional(),
  OTEL_TRACES_SAMPLER_ARG: z.coerce.number().min(0).max(1).default(1),
  OTEL_BSP_SCHEDULE_DELAY: z.coerce.number().int().min(1).max(600_000).default(5000),
});

export type Database = { kind: 'postgresql'; url: string; poolMax: number } | { kind: 'pglite'; dataDir: string };

/** How long the database may keep a request waiting (both kinds of database). */
export interface DatabaseTimeouts {
  /** Longest wait for a free connection (PostgreSQL pool) or for the embedded database's lock. */
  acquireMs: number;
  /** Longest a PostgreSQL statement may run, or a transaction sit idle between statements; 0 = no limit. */
  statementMs: number;
}

/** What /health/live and /health/ready wait for and judge by. */
export interface HealthSettings {
  /** Each readiness check answers within this, or counts as failed. */
  checkTimeoutMs: number;
  /** Liveness fails once every database connection has been held this long while requests wait. */
  databaseStallMs: number;
}

/** How a process stops on SIGTERM or SIGINT. */
export interface ShutdownSettings {
  /** Readiness answers 503 for this long before the listener closes (time for load balancers to notice). */
  delayMs: number;
  /** Longest wait for requests in flight to finish; what remains after it is cut. */
  drainTimeoutMs: number;
}

export interface Config {
  database: Database;
  databaseTimeouts: DatabaseTimeouts;
  health: HealthSettings;
  shutdown: ShutdownSettings;
  host: string;
  gatewayPort: number;
  /** Set when this process serves a single subgraph (`npm run start:subgraph`). */
  subgraphName?: SubgraphName;
  subgraphPort?: number;
  /** Where the gateway reaches each subgraph; overrides the URLs in the committed supergraph. */
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  timeouts: GatewayTimeouts;
  /**
   * Longest wait for one call a subgraph (or the gateway's caller check) makes to a peer subgraph
   * directly. Keep it below SUBGRAPH_TIMEOUT_MS: the gateway's call waits for the peer's.
   */
  peerTimeoutMs: number;
  /** `undefined` means: load the demo district in embedded mode when the database is empty. */
  loadDemoData?: boolean;
  runMigrations: boolean;
  maxPageSize: number;
  /** Where calendar dates are derived ("today", default signing dates): an IANA time zone. */
  timeZone: string;
  graphqlIde: boolean;
  introspection: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  logSql: boolean;
  auth: AuthSettings;
  limits: EdgeLimits;
  metrics: MetricsSettings;
  /** Undefined: tracing is off (the default). */
  tracing?: TracingSettings;
}

/** Prometheus metrics of this process (see platform/metrics). */
export interface MetricsSettings {
  enabled: boolean;
  /** Serve /metrics only on this port of its own; unset: on the process's own port (the gateway's, a subgraph's). */
  port?: number;
  host: string;
  /** When set, /metrics answers only `Authorization: Bearer <token>`. */
  token?: string;
  /** Distinct operation names labelled before the rest are counted as `(other)`: bounds the series. */
  maxOperations: number;
}

/** OpenTelemetry traces, exported over OTLP/HTTP (JSON) when an endpoint is configured. */
export interface TracingSettings {
  /** The full URL spans are posted to (`…/v1/traces`). */
  tracesUrl: string;
  /** Sent with every export (an API key of the collector). */
  headers: Record<string, string>;
  /** Share of new traces kept (0 to 1); a caller's sampled `traceparent` is followed either way. */
  sampleRatio: number;
  /** Longest a finished span waits before it is exported, in ms. */
  exportDelayMs: number;
}

/**
 * How callers and subgraphs are trusted. With no key configured at all, a development secret is
 * generated once into `devSecretsFile` (see platform/auth/secrets.ts) so `npm start` needs nothing.
 */
export interface AuthSettings {
  jwtSecret?: string;
  jwtPublicKeyFile?: string;
  jwksFile?: string;
  issuer: string;
  audience: string;
  /** Tokens valid for longer than this (from `iat`, or from now without one to `exp`) are refused. */
  maxTokenLifetimeSeconds: number;
  internalSigningSecret?: string;
  /**
   * The key personal data is encrypted and hashed with (members' identity numbers): keep it apart
   * from the database's backups; losing it makes stored identity numbers unreadable.
   */
  memberDataKey?: string;
  devSecretsFile: string;
}

/**
 * How long the gateway waits. A subgraph call is cut off after `subgraphMs`, and none may run past
 * `requestMs` from the request's arrival, so an answer (partial, with errors) always comes.
 */
export interface GatewayTimeouts {
  subgraphMs: number;
  requestMs: number;
}

/** What the gateway refuses before executing anything. */
export interface EdgeLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
  maxBodyBytes: number;
  allowBatchedRequests: boolean;
}

/** `SUBGRAPH_<NAME>_URL` for every name given, each a URL: where the gateway (and peers) reach that subgraph. */
function parseSubgraphUrls(env: Record<string, string | undefined>): Record<SubgraphName, string> {
  const urls: Record<SubgraphName, string> = {};
  const problems: string[] = [];
  for (const [variable, value] of Object.entries(env)) {
    const name = SUBGRAPH_URL_VARIABLE.exec(variable)?.[1];
    if (!name || value === undefined) continue;
    if (z.url().safeParse(value).success) urls[name.toLowerCase()] = value;
    else problems.push(`  ${variable}: Invalid URL`);
  }
  if (problems.length) throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  return urls;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== '')) as Record<string, string>;
  const { env: defined, problems: fileProblems } = withSecretFiles(given);
  if (fileProblems.length) throw new ConfigError(`Invalid configuration:\n${fileProblems.join('\n')}`);
  const parsed = environmentSchema.safeParse(defined);
  if (parsed.success && [parsed.data.AUTH_JWT_SECRET, parsed.data.AUTH_JWT_PUBLIC_KEY_FILE, parsed.data.AUTH_JWKS_FILE].filter(Boolean).length > 1) {
    throw new ConfigError('Invalid configuration:\n  AUTH_JWT_SECRET: set only one of AUTH_JWT_SECRET, AUTH_JWT_PUBLIC_KEY_FILE, AUTH_JWKS_FILE');
  }
  // A subgraph call that may outlast the whole request would leave the caller waiting on it.
  if (parsed.success && parsed.data.SUBGRAPH_TIMEOUT_MS >= parsed.data.GATEWAY_REQUEST_TIMEOUT_MS) {
    throw new ConfigError('Invalid configuration:\n  SUBGRAPH_TIMEOUT_MS: must be below GATEWAY_REQUEST_TIMEOUT_MS');
  }
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  return {
    database: e.DATABASE_URL ? { kind: 'postgresql', url: e.DATABASE_URL, poolMax: e.DATABASE_POOL_MAX } : { kind: 'pglite', dataDir: e.PGLITE_DATA_DIR },
    databaseTimeouts: { acquireMs: e.DATABASE_ACQUIRE_TIMEOUT_MS, statementMs: e.DATABASE_STATEMENT_TIMEOUT_MS },
    health: { checkTimeoutMs: e.HEALTH_CHECK_TIMEOUT_MS, databaseStallMs: e.LIVENESS_DATABASE_STALL_MS },
    shutdown: { delayMs: e.SHUTDOWN_DELAY_MS, drainTimeoutMs: e.SHUTDOWN_DRAIN_TIMEOUT_MS },
    host: e.HOST,
    gatewayPort: e.GATEWAY_PORT,
    subgraphName: e.SUBGRAPH_NAME,
    subgraphPort: e.SUBGRAPH_PORT,
    subgraphUrls: parseSubgraphUrls(defined),
    timeouts: { subgraphMs: e.SUBGRAPH_TIMEOUT_MS, requestMs: e.GATEWAY_REQUEST_TIMEOUT_MS },
    peerTimeoutMs: e.PEER_TIMEOUT_MS,
    loadDemoData: e.LOAD_DEMO_DATA,
    runMigrations: e.RUN_MIGRATIONS,
    maxPageSize: e.MAX_PAGE_SIZE,
    timeZone: e.TIME_ZONE,
    graphqlIde: e.GRAPHQL_IDE,
    introspection: e.GRAPHQL_INTROSPECTION,
    logLevel: e.LOG_LEVEL,
    logSql: e.LOG_SQL,
    auth: {
      jwtSecret: e.AUTH_JWT_SECRET,
      jwtPublicKeyFile: e.AUTH_JWT_PUBLIC_KEY_FILE,
      jwksFile: e.AUTH_JWKS_FILE,
      issuer: e.AUTH_JWT_ISSUER,
      audience: e.AUTH_JWT_AUDIENCE,
      maxTokenLifetimeSeconds: e.AUTH_MAX_TOKEN_LIFETIME,
      internalSigningSecret: e.INTERNAL_SIGNING_SECRET,
      memberDataKey: e.MEMBER_DATA_KEY,
      devSecretsFile: e.DEV_SECRETS_FILE,
    },
    limits: {
      maxDepth: e.MAX_QUERY_DEPTH,
      maxAliases: e.MAX_ALIASES,
      maxDirectives: e.MAX_DIRECTIVES,
      maxTokens: e.MAX_TOKENS,
      maxCost: e.MAX_QUERY_COST,
      maxBodyBytes: e.MAX_BODY_BYTES,
      allowBatchedRequests: e.ALLOW_BATCHED_REQUESTS,
    },
    metrics: {
      enabled: e.METRICS_ENABLED,
      port: e.METRICS_PORT,
      host: e.METRICS_HOST ?? e.HOST,
      token: e.METRICS_TOKEN,
      maxOperations: e.METRICS_MAX_OPERATIONS,
    },
    tracing: tracingSettings(e),
  };
}

/** On when an OTLP endpoint is configured and the SDK is not switched off (`OTEL_SDK_DISABLED`). */
function tracingSettings(e: z.infer<typeof environmentSchema>): TracingSettings | undefined {
  const base = e.OTEL_EXPORTER_OTLP_ENDPOINT;
  const tracesUrl = e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? (base ? `${base.replace(/\/+$/, '')}/v1/traces` : undefined);
  if (!tracesUrl || e.OTEL_SDK_DISABLED) return undefined;
  const headers: Record<string, string> = {};
  for (const pair of e.OTEL_EXPORTER_OTLP_HEADERS?.split(',') ?? []) {
    const at = pair.indexOf('=');
    headers[pair.slice(0, at).trim()] = percentDecoded(pair.slice(at + 1).trim());
  }
  return { tracesUrl, headers, sampleRatio: e.OTEL_TRACES_SAMPLER_ARG, exportDelayMs: e.OTEL_BSP_SCHEDULE_DELAY };
}

/** Header values may be percent-encoded (the OTLP exporter specification); a stray `%` is kept as it is. */
function percentDecoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Loads the configuration from the environment, with `overrides` (from command-line arguments) on
 * top where given, or exits with the reason: the entry points' way in.
 */
export function loadConfigOrExit(overrides: Record<string, string | undefined> = {}): Config {
  const given = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  try {
    return loadConfig({ ...process.env, ...given });
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}
