import type { Actor } from '../../platform/auth/identity';
import type { PhaseResult } from '../load/phase';

/** Where the organisations of a journey are, picked from the seeded city or the demo district. */
export interface Targets {
  /** Street working committees, each with its district (whose administrator reads the network). */
  streets: Array<{ id: string; code: string; districtId: string }>;
  /** Unit party organisations and the committee in whose area each sits (the other party of its agreements). */
  partners: Array<{ unitId: string; code: string; committeeId: string }>;
}

/** What every workload is given: the hub's endpoints, who may call them, and the data to call about. */
export interface BenchContext {
  gatewayUrl: string;
  /** Hive Gateway over the same subgraphs, when it runs. */
  hiveUrl?: string;
  subgraphUrls: Record<string, string>;
  /** The database the subgraphs use, for the hand-written SQL floor (PostgreSQL only). */
  databaseUrl?: string;
  targets: Targets;
  /** Today in China, as the subgraphs compute it. */
  today: string;
  /** A bearer token for the actor (minted once and kept). */
  token(actor: Actor): Promise<string>;
  /** The gateway's signature headers for sending exactly `body` to `subgraph` as `actor`. */
  sign(subgraph: string, actor: Actor, body: string): Record<string, string>;
  /** A fresh key for this run (idempotency keys must not repeat across runs on a kept database). */
  runId: string;
  cores: number;
}

/**
 * One way to serve a workload: through the gateway, straight to the subgraphs, through Hive Gateway,
 * in SQL. Variants run one at a time, so every process's CPU, memory and SQL in a run is theirs.
 */
export interface Variant {
  name: string;
  /** Readies per-request material (tokens) before any timing starts. */
  prepare?(): Promise<void>;
  run(clients: number, seconds: number): Promise<PhaseResult>;
  /** The answer to one request, so the bench can check that every variant answers the same. */
  sample?(): Promise<unknown>;
}

export interface Workload {
  name: string;
  /** Short key for the JSON results and the command line. */
  key: string;
  variants: Variant[];
}
