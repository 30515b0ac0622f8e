import { once } from 'node:events';
import net from 'node:net';

interface Backend {
  url: string;
  host: string;
  port: number;
  /** In rotation: its /health/ready answered 200, and has not failed twice in a row since. */
  ready: boolean;
  failures: number;
  /** Its last probe answered "draining": it is going away, and gets nothing new even in panic. */
  draining: boolean;
}

/**
 * A TCP balancer in front of the instances of one process kind, as a Kubernetes Service is in front
 * of a Deployment's pods: each new connection goes to the next instance (round robin) whose
 * `/health/ready` answered 200 at one of the last two probes (every `probeEveryMs`), so an instance that turns
 * not ready (draining on SIGTERM) gets no new connections, while the ones it has finish. Connections
 * already open stay with their instance, as with kube-proxy.
 */
export class Balancer {
  private readonly backends: Backend[] = [];
  private readonly sockets = new Set<net.Socket>();
  private next = 0;
  private readonly prober: NodeJS.Timeout;
  private probing = false;

  private constructor(
    private readonly server: net.Server,
    private readonly probeEveryMs: number,
  ) {
    this.prober = setInterval(() => void this.probe(), probeEveryMs);
  }

  static async start(probeEveryMs = 200): Promise<Balancer> {
    const server = net.createServer();
    const balancer = new Balancer(server, probeEveryMs);
    server.on('connection', (client) => balancer.accept(client));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return balancer;
  }

  /** The GraphQL URL clients use: the balancer's address. */
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as net.AddressInfo).port}/graphql`;
  }

  /** Adds an instance (its GraphQL URL) once its readiness answers 200, or fails after `timeoutMs`. */
  async add(url: string, timeoutMs = 60_000): Promise<void> {
    const { hostname, port } = new URL(url);
    const backend: Backend = { url, host: hostname, port: Number(port), ready: false, failures: 0, draining: false };
    const deadline = Date.now() + timeoutMs;
    while ((await readinessOf(url)) !== 'ready') {
      if (Date.now() > deadline) throw new Error(`${url} was not ready within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, this.probeEveryMs));
    }
    backend.ready = true;
    this.backends.push(backend);
  }

  /** Takes an instance out of rotation (after it has exited). */
  remove(url: string): void {
    const index = this.backends.findIndex((b) => b.url === url);
    if (index >= 0) this.backends.splice(index, 1);
  }

  /** Waits until the balancer's last probe saw `url` not ready (the balancer routes nothing new to it). */
  async untilNotReady(url: string, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.backends.find((b) => b.url === url)?.ready) {
      if (Date.now() > deadline) throw new Error(`${url} still counted as ready after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, this.probeEveryMs / 2));
    }
  }

  /** Waits until the last probe saw every instance ready (after a fault has passed). */
  async untilAllReady(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.backends.some((b) => !b.ready)) {
      if (Date.now() > deadline) throw new Error(`not every instance was ready again within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, this.probeEveryMs / 2));
    }
  }

  async close(): Promise<void> {
    clearInterval(this.prober);
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private async probe() {
    if (this.probing) return;
    this.probing = true;
    try {
      await Promise.all(
        this.backends.map(async (b) => {
          // As a readinessProbe with failureThreshold 2: one slow answer on a loaded machine is not an outage.
          const readiness = await readinessOf(b.url);
          b.failures = readiness === 'ready' ? 0 : b.failures + 1;
          b.ready = b.failures < 2 && readiness !== 'draining';
          b.draining = readiness === 'draining';
        }),
      );
    } finally {
      this.probing = false;
    }
  }

  /**
   * The next ready instance. When none is (every probe timing out on a saturated machine, not an
   * outage), every instance not draining, as Envoy's panic threshold does: better a slow answer
   * than a refused connection. An instance that has exited refuses, and the client sees that.
   */
  private pick(): Backend | undefined {
    let ready = this.backends.filter((b) => b.ready);
    if (ready.length === 0) ready = this.backends.filter((b) => !b.draining);
    if (ready.length === 0) return undefined;
    this.next = (this.next + 1) % ready.length;
    return ready[this.next];
  }

  private accept(client: net.Socket) {
    const backend = this.pick();
    if (!backend) {
      client.destroy();
      return;
    }
    const upstream = net.connect(backend.port, backend.host);
    this.sockets.add(client).add(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    const end = () => {
      this.sockets.delete(client);
      this.sockets.delete(upstream);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  }
}

/** What an instance's readiness answered within 3 s: ready, draining (SIGTERM), or anything else. */
async function readinessOf(graphqlUrl: string): Promise<'ready' | 'draining' | 'not ready'> {
  try {
    const response = await fetch(new URL('/health/ready', graphqlUrl), { signal: AbortSignal.timeout(3_000) });
    const body = await response.text();
    if (response.ok) return 'ready';
    return /"status":"draining"/.test(body) ? 'draining' : 'not ready';
  } catch {
    return 'not ready';
  }
}
