import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { MetricsSettings } from '../config/config';
import { CLIENT_SAFE_CODES, SUBGRAPH_UNAVAILABLE } from '../errors/format-error';
import { REASONS } from '../errors/reasons';
import type { ConnectionWatch } from '../orm/connection-watch';

/** Operation labels that are not a caller's operation name. */
export const ANONYMOUS_OPERATION = '(anonymous)';
/** The document did not parse, validate or name an operation: its name is not to be trusted. */
export const INVALID_OPERATION = '(invalid)';
/** Beyond `maxOperations` distinct names, every new name is counted here. */
export const OTHER_OPERATION = '(other)';
/** Not a GraphQL request at all (a calendar feed, the IDE page). */
export const NO_OPERATION = '(none)';

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;
const KNOWN_CODES = new Set([...CLIENT_SAFE_CODES, SUBGRAPH_UNAVAILABLE, 'INTERNAL_SERVER_ERROR']);

/** Seconds: from a cached lookup (1 ms) to the gateway's request timeout (30 s). */
const LATENCY_BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const WAIT_BUCKETS = [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5];

export type FetchOutcome = 'ok' | 'error' | 'unavailable';

/**
 * The Prometheus metrics of one process: one registry, whatever the process runs (the gateway, a
 * subgraph, or all of them embedded), each series labelled with the `service` it describes. Label
 * values are bounded so that no caller can grow the number of series: operation names beyond
 * `maxOperations` distinct ones, anonymous and invalid operations are folded, and error codes and
 * reasons are taken only from the hub's own catalogue.
 *
 * With metrics disabled every method does nothing and nothing is collected.
 */
export class HubMetrics {
  private static processWide?: HubMetrics;
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  private readonly requests: Counter<'service' | 'operation' | 'status'>;
  private readonly requestDuration: Histogram<'service' | 'operation'>;
  private readonly errors: Counter<'service' | 'code' | 'reason'>;
  private readonly subgraphFetch: Histogram<'subgraph' | 'outcome'>;
  private readonly poolWait: Histogram<'pool' | 'outcome'>;
  private readonly pools = new Map<string, ConnectionWatch>();

  constructor(private readonly settings: Pick<MetricsSettings, 'enabled' | 'maxOperations'>) {
    const registers = [this.registry];
    this.requests = new Counter({
      name: 'hub_requests_total',
      help: 'Requests answered, by service, GraphQL operation name and HTTP status',
      labelNames: ['service', 'operation', 'status'],
      registers,
    });
    this.requestDuration = new Histogram({
      name: 'hub_request_duration_seconds',
      help: 'Time from a request arriving to its answer being sent, by service and GraphQL operation name',
      labelNames: ['service', 'operation'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.errors = new Counter({
      name: 'hub_graphql_errors_total',
      help: 'Errors in answers, by service, code (BAD_USER_INPUT, FORBIDDEN, INTERNAL_SERVER_ERROR…) and reason',
      labelNames: ['service', 'code', 'reason'],
      registers,
    });
    this.subgraphFetch = new Histogram({
      name: 'hub_subgraph_fetch_duration_seconds',
      help: "The gateway's calls to each subgraph, by outcome: ok, error (answered with errors), unavailable (no answer in time)",
      labelNames: ['subgraph', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.poolWait = new Histogram({
      name: 'hub_db_pool_acquire_wait_seconds',
      help: 'Time a request waited for a database connection (PostgreSQL pool, or the embedded database lock), by outcome',
      labelNames: ['pool', 'outcome'],
      buckets: WAIT_BUCKETS,
      registers,
    });
    const pools = this.pools;
    const gauge = (name: string, help: string, read: (watch: ConnectionWatch) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ['pool'],
        registers,
        collect() {
          for (const [pool, watch] of pools) this.set({ pool }, read(watch));
        },
      });
    gauge('hub_db_pool_connections_in_use', 'Database connections handed out now', (w) => w.connectionsInUse);
    gauge('hub_db_pool_connections_max', 'Most connections the pool may hold (1 for the embedded database)', (w) => w.capacity);
    gauge('hub_db_pool_waiting_requests', 'Requests waiting for a database connection now', (w) => w.waiting);
    // Event-loop lag, memory, CPU, handles, GC: prom-client's own set.
    if (settings.enabled) collectDefaultMetrics({ register: this.registry });
  }

  /**
   * The one instance of this process, made with the first settings given: in embedded mode the
   * gateway and every subgraph share it, so one scrape sees them all.
   */
  static forProcess(settings: Pick<MetricsSettings, 'enabled' | 'maxOperations'>): HubMetrics {
    HubMetrics.processWide ??= new HubMetrics(settings);
    return HubMetrics.processWide;
  }

  get enabled(): boolean {
    return this.settings.enabled;
  }

  /**
   * The label for an operation: its name when it resolved to an operation of a valid document,
   * folded otherwise (see the constants above). The first `maxOperations` distinct names keep
   * their label for the life of the process.
   */
  operationLabel(name: string | null | undefined, resolved: boolean): string {
    if (!resolved) return INVALID_OPERATION;
    if (!name) return ANONYMOUS_OPERATION;
    if (!OPERATION_NAME.test(name)) return INVALID_OPERATION;
    if (this.operations.has(name)) return name;
    if (this.operations.size >= this.settings.maxOperations) return OTHER_OPERATION;
    this.operations.add(name);
    return name;
  }

  requestFinished(service: string, operation: string, status: number, seconds: number): void {
    if (!this.settings.enabled) return;
    this.requests.inc({ service, operation, status: String(status) });
    this.requestDuration.observe({ service, operation }, seconds);
  }

  errorAnswered(service: string, code: string | undefined, reason: string | undefined): void {
    if (!this.settings.enabled) return;
    const knownCode = code && KNOWN_CODES.has(code) ? code : 'OTHER';
    const knownReason = !reason ? 'none' : Object.hasOwn(REASONS, reason) ? reason : 'other';
    this.errors.inc({ service, code: knownCode, reason: knownReason });
  }

  subgraphFetched(subgraph: string, outcome: FetchOutcome, seconds: number): void {
    if (!this.settings.enabled) return;
    this.subgraphFetch.observe({ subgraph, outcome }, seconds);
  }

  /**
   * Reports a set of database connections as `pool` (a subgraph's PostgreSQL pool, or `pglite` for
   * the embedded database every subgraph shares): its use is read when scraped, each wait observed.
   */
  watchPool(pool: string, watch: ConnectionWatch): void {
    if (!this.settings.enabled || this.pools.get(pool) === watch) return;
    this.pools.set(pool, watch);
    watch.onWait((seconds, acquired) => this.poolWait.observe({ pool, outcome: acquired ? 'acquired' : 'failed' }, seconds));
  }

  /** The exposition text of every metric, for `GET /metrics`. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
