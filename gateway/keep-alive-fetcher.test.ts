import assert from 'node:assert/strict';
import net from 'node:net';
import { afterEach, test } from '@jest/globals';
import { keepAliveFetcher } from './keep-alive-fetcher';

/**
 * A server that answers the first request on each connection and keeps it open, and resets the
 * connection on the second, as a subgraph closing an idle connection does at the moment a request
 * is sent on it.
 */
function resettingServer(): Promise<{ url: string; connections: () => number; close: () => void }> {
  let connections = 0;
  const server = net.createServer((socket) => {
    connections += 1;
    let requests = 0;
    socket.on('data', (chunk) => {
      if (!chunk.toString().includes('\r\n\r\n')) return;
      requests += 1;
      if (requests > 1) return void socket.resetAndDestroy();
      const body = JSON.stringify({ data: { n: connections } });
      socket.write(`HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\nconnection: keep-alive\r\n\r\n${body}`);
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/graphql`, connections: () => connections, close: () => server.close() });
    }),
  );
}

let close: (() => void) | undefined;
afterEach(() => close?.());

test('a request sent on a kept-alive connection that the server has just reset is sent again on a new one', async () => {
  const server = await resettingServer();
  close = server.close;
  const fetch = keepAliveFetcher({ maxSockets: 1 });
  const post = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ n }"}' };
  const first = await fetch(server.url, post);
  assert.deepEqual(await first.json(), { data: { n: 1 } });
  const second = await fetch(server.url, post);
  assert.equal(second.status, 200);
  assert.deepEqual(await second.json(), { data: { n: 2 } });
  assert.equal(server.connections(), 2);
});

test('a connection refused or reset on a new connection is a failure, not retried', async () => {
  const server = await resettingServer();
  server.close();
  await assert.rejects(keepAliveFetcher()(server.url, { method: 'POST', body: '{}' }), /ECONNREFUSED/);
});
