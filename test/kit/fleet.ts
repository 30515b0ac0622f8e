import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { type Actor } from '../../platform/auth/identity';
import { mintToken } from '../../platform/auth/jwt';
import { resolveSecrets } from '../../platform/auth/secrets';
import { loadConfig } from '../../platform/config/config';
import type { SubgraphDefinition } from '../../platform/federation/subgraph';
import { inStartOrder, SUBGRAPHS } from '../../subgraphs';
import { Balancer } from './balancer';
import { GraphQLClient } from './client';
import { startHubProcess, type HubProcess } from './processes';

/** The kinds of process in a fleet: each subgraph of the list, and the gateway. */
export type ProcessKind = string;
export const GATEWAY = 'gateway';

export interface FleetOptions {
  databaseUrl: string;
  /** Instances of each subgraph and of the gateway (default 1). */
  instances?: number;
  /** More configuration for every process (timeouts, pool sizes, shutdown delay). */
  env?: Record<string, string>;
  subgraphs?: readonly SubgraphDefinition[];
}

export interface Instance {
  kind: ProcessKind;
  process: HubProcess;
  exited: Promise<number | null>;
}

export const urlVariable = (name: string) => `SUBGRAPH_${name.toUpperCase()}_URL`;

/**
 * The distributed deployment on this machine, from the compiled build (`npm run build` first): every
 * subgraph of the list as `node dist/cli/start-subgraph.js <name>` on PostgreSQL, the gateway as
 * `node dist/cli/start-gateway.js`, `instances` of each, each kind behind its own balancer (as a
 * Kubernetes Service). Peers and the gateway reach subgraphs only through the balancers, so an
 * instance can be replaced, stopped or killed while the others serve.
 */
export class Fleet {
  readonly secrets = { AUTH_JWT_SECRET: randomBytes(32).toString('base64url'), INTERNAL_SIGNING_SECRET: randomBytes(32).toString('base64url') };
  readonly balancers = new Map<ProcessKind, Balancer>();
  readonly instances = new Map<ProcessKind, Instance[]>();
  private readonly retired: Instance[] = [];
  /** What the fleet did and when (ms since it started), for a failing test's message. */
  readonly events: string[] = [];
  private readonly born = Date.now();

  private constructor(private readonly options: FleetOptions) {}

  static async start(options: FleetOptions): Promise<Fleet> {
    const fleet = new Fleet(options);
    try {
      for (const kind of [...fleet.subgraphs.map((s) => s.name), GATEWAY]) fleet.balancers.set(kind, await Balancer.start());
      // All at once: a subgraph asks its peers only per request, the gateway's supergraph is static,
      // and migrations and the nonce table take advisory locks.
      await Promise.all([...inStartOrder(fleet.subgraphs).map((d) => d.name), GATEWAY].map((kind) => fleet.startInstances(kind)));
    } catch (error) {
      await fleet.stop();
      throw error;
    }
    return fleet;
  }

  get subgraphs(): readonly SubgraphDefinition[] {
    return this.options.subgraphs ?? SUBGRAPHS;
  }

  /** Where clients reach the gateway (its balancer). */
  get gatewayUrl(): string {
    return this.balancers.get(GATEWAY)!.url;
  }

  async tokenFor(actor: Actor): Promise<string> {
    const config = loadConfig(this.secrets);
    return mintToken(config.auth, resolveSecrets(config.auth), actor);
  }

  async client(actor: Actor): Promise<GraphQLClient> {
    return new GraphQLClient(this.gatewayUrl, await this.tokenFor(actor));
  }

  /** Starts one more instance of `kind` and puts it behind the balancer once it is ready. */
  async startInstance(kind: ProcessKind): Promise<Instance> {
    const script = kind === GATEWAY ? ['dist/cli/start-gateway.js'] : ['dist/cli/start-subgraph.js', kind];
    const peers = Object.fromEntries(this.subgraphs.map((s) => [urlVariable(s.name), this.balancers.get(s.name)!.url]));
    const env = {
      ...this.secrets,
      ...peers,
      DATABASE_URL: this.options.databaseUrl,
      LOAD_DEMO_DATA: 'false',
      SUBGRAPH_PORT: '0',
      GATEWAY_PORT: '0',
      GRAPHQL_IDE: 'false',
      LOG_LEVEL: 'warn',
      ...this.options.env,
    };
    // LOG_LEVEL warn would hide the "listening" line the starter waits for: info for start-up only matters there.
    // Generous: five processes starting at once beside a loaded fleet on 2 shared cores took over 120 s.
    const process = await startHubProcess(script, { ...env, LOG_LEVEL: 'info' }, 300_000);
    const instance: Instance = { kind, process, exited: once(process.child, 'exit').then(([code]) => code as number | null) };
    await this.balancers.get(kind)!.add(process.url);
    this.instances.set(kind, [...(this.instances.get(kind) ?? []), instance]);
    return instance;
  }

  /**
   * Replaces every instance of `kind` one at a time, as a rolling update does: a new instance starts
   * and turns ready, then the old one gets SIGTERM, drains (not ready, finishes what it has) and must
   * exit 0.
   */
  async rollingRestart(kind: ProcessKind): Promise<void> {
    for (const old of [...(this.instances.get(kind) ?? [])]) {
      this.note(`${kind}: replacement starting`);
      await this.startInstance(kind).catch((error: Error) => {
        throw new Error(`${kind}: the replacement did not start: ${error.message}`);
      });
      this.note(`${kind}: replacement ready`);
      await this.retire(old, 'SIGTERM');
      this.note(`${kind}: ${old.process.url} draining`);
      const code = await old.exited;
      this.note(`${kind}: ${old.process.url} exited ${code}`);
      if (code !== 0) throw new Error(`${kind} at ${old.process.url} exited ${code} after SIGTERM:\n${old.process.stderr()}`);
    }
  }

  /** Sends `signal` to every instance of `kind` (SIGSTOP, SIGKILL) without taking it out of rotation. */
  signal(kind: ProcessKind, signal: NodeJS.Signals): void {
    for (const instance of this.instances.get(kind) ?? []) instance.process.child.kill(signal);
  }

  /** Brings `kind` back after a fault: SIGCONT to stopped instances, new ones for those that died. */
  async heal(kind: ProcessKind): Promise<void> {
    for (const instance of [...(this.instances.get(kind) ?? [])]) {
      if (instance.process.child.exitCode === null && instance.process.child.signalCode === null) {
        instance.process.child.kill('SIGCONT');
        continue;
      }
      this.balancers.get(kind)!.remove(instance.process.url);
      this.instances.set(
        kind,
        this.instances.get(kind)!.filter((i) => i !== instance),
      );
      await this.startInstance(kind);
    }
    await this.balancers.get(kind)!.untilAllReady();
  }

  /** Every process's pid and resident memory (from /proc), for the soak's flat-memory check. */
  processes(): Array<{ kind: ProcessKind; pid: number }> {
    return [...this.instances.values()].flat().map((i) => ({ kind: i.kind, pid: i.process.child.pid! }));
  }

  async stop(): Promise<void> {
    const all = [...[...this.instances.values()].flat().reverse(), ...this.retired];
    await Promise.all(all.map((i) => i.process.stop().catch(() => {})));
    for (const balancer of this.balancers.values()) await balancer.close();
  }

  note(event: string): void {
    this.events.push(`${String(Date.now() - this.born).padStart(7)} ms ${event}`);
  }

  private async startInstances(kind: ProcessKind) {
    await Promise.all(Array.from({ length: this.options.instances ?? 1 }, () => this.startInstance(kind)));
  }

  private async retire(instance: Instance, signal: NodeJS.Signals) {
    this.retired.push(instance);
    instance.process.child.kill(signal);
    await this.balancers.get(instance.kind)!.untilNotReady(instance.process.url);
    instance.exited.finally(() => this.balancers.get(instance.kind)?.remove(instance.process.url));
    this.instances.set(
      instance.kind,
      this.instances.get(instance.kind)!.filter((i) => i !== instance),
    );
  }
}
