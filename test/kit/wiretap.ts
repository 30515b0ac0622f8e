import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startGateway } from '../../gateway/gateway';
import { gatewayRunOptions } from '../../cli/stack';
import { resolveSecrets } from '../../platform/auth/secrets';
import type { SubgraphName } from '../../platform/config/config';
import type { RunningServer } from '../../platform/http/graphql-server';
import { createLogger } from '../../platform/logging/logger';
import type { TestStack } from './stack';

/** One request the gateway sent to a subgraph, as someone on the internal network saw it. */
export interface Captured {
  subgraph: SubgraphName;
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface Wiretap {
  /** A second gateway of the stack whose traffic to the subgraphs passes the tap. */
  gateway: RunningServer;
  captured: Captured[];
  close(): Promise<void>;
}

/**
 * What an attacker on the internal network sees: a pass-through HTTP proxy in front of each
 * subgraph that records every request, and a gateway (real, configured like the stack's) that
 * reaches the subgraphs only through it.
 */
export async function startWiretap(hub: TestStack): Promise<Wiretap> {
  const captured: Captured[] = [];
  const proxies: http.Server[] = [];
  const urls: Partial<Record<SubgraphName, string>> = {};
  for (const subgraph of hub.stack.subgraphs) {
    const proxy = http.createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name))) as Record<
        string,
        string
      >;
      captured.push({ subgraph: subgraph.name, url: subgraph.url, headers, body });
      const answer = await fetch(subgraph.url, { method: req.method, headers, body: req.method === 'GET' ? undefined : body });
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
      res.end(Buffer.from(await answer.arrayBuffer()));
    });
    proxy.listen(0, '127.0.0.1');
    await once(proxy, 'listening');
    proxies.push(proxy);
    urls[subgraph.name] = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql`;
  }
  const logger = createLogger('silent');
  const gateway = await startGateway({
    ...gatewayRunOptions(hub.config, resolveSecrets(hub.config.auth), logger),
    host: '127.0.0.1',
    port: 0,
    subgraphUrls: urls,
  });
  return {
    gateway,
    captured,
    close: async () => {
      await gateway.close();
      for (const proxy of proxies) {
        proxy.closeAllConnections();
        await new Promise<void>((resolve) => proxy.close(() => resolve()));
      }
    },
  };
}

/** Sends a captured request again, straight to its subgraph, with `change` applied to its body. */
export async function replay(request: Captured, change: (body: any) => any = (body) => body): Promise<{ status: number; body: any }> {
  const body = JSON.stringify(change(JSON.parse(request.body)));
  const response = await fetch(request.url, { method: 'POST', headers: request.headers, body });
  return { status: response.status, body: JSON.parse(await response.text()) };
}
