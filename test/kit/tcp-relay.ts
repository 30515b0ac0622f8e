import { once } from 'node:events';
import net from 'node:net';

/**
 * A TCP relay in front of a real PostgreSQL server, for fault injection: while stalled it passes no
 * bytes either way (a hung server or a silent network), and `resume()` lets everything through again.
 */
export class TcpRelay {
  private readonly pairs = new Set<[net.Socket, net.Socket]>();
  private stalled = false;

  private constructor(
    private readonly server: net.Server,
    private readonly target: { host: string; port: number },
  ) {}

  static async start(target: URL): Promise<TcpRelay> {
    const server = net.createServer();
    const relay = new TcpRelay(server, { host: target.hostname, port: Number(target.port || 5432) });
    server.on('connection', (client) => relay.accept(client));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return relay;
  }

  /** `url` with its host and port replaced by the relay's. */
  url(url: string): string {
    const relayed = new URL(url);
    relayed.hostname = '127.0.0.1';
    relayed.port = String((this.server.address() as net.AddressInfo).port);
    return relayed.toString();
  }

  stall(): void {
    this.stalled = true;
    for (const [client, upstream] of this.pairs) {
      client.pause();
      upstream.pause();
    }
  }

  resume(): void {
    this.stalled = false;
    for (const [client, upstream] of this.pairs) {
      client.resume();
      upstream.resume();
    }
  }

  async close(): Promise<void> {
    for (const [client, upstream] of this.pairs) {
      client.destroy();
      upstream.destroy();
    }
    await new Promise((resolve) => this.server.close(resolve));
  }

  private accept(client: net.Socket) {
    const upstream = net.connect(this.target);
    const pair: [net.Socket, net.Socket] = [client, upstream];
    this.pairs.add(pair);
    client.pipe(upstream);
    upstream.pipe(client);
    if (this.stalled) {
      client.pause();
      upstream.pause();
    }
    const end = () => {
      this.pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  }
}
