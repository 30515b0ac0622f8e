import { once } from 'node:events';
import net from 'node:net';

interface Backend {
  url: string;
  host: string;
  port: number;
  /** In rotation: its /health/ready answered 200, and has not failed twice in a row since. */
  ready: boolean;
  failures: number;
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
    const backend: Backend = { url, host: hostname, port: Number(port), ready: false, failures: 0 };
    const deadline = Date.now() + timeoutMs;
    while (!(await readyAt(url))) {
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
          b.failures = (await readyAt(b.url)) ? 0 : b.failures + 1;
          b.ready = b.failures < 2;
        }),
      );
    } finally {
      this.probing = false;
    }
  }

  private pick(): Backend | undefined {
    const ready = this.backends.filter((b) => b.ready);
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

async function readyAt(graphqlUrl: string): Promise<boolean> {
  try {
    const response = await fetch(new URL('/health/ready', graphqlUrl), { signal: AbortSignal.timeout(3_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}
