import { once } from 'node:events';
import http from 'node:http';

/** Where a server listens, and the setting that chose the port (named when the port cannot be had). */
export interface ListenSpec {
  host: string;
  port: number;
  /** The variable an operator changes to move the port, e.g. `GATEWAY_PORT`. */
  portVariable: string;
}

/** The port could not be had; the message says which variable to change. */
export class ListenError extends Error {
  override readonly name = 'ListenError';
}

/**
 * Binds the port first, before migrations, demo data or schema loading, so a port in use fails in a
 * second with the variable to change, not after the whole start. Until `startGraphQLServer` hands it
 * the application, the server answers 503 (a probe or an early client is told to come back).
 */
export async function bindPort({ host, port, portVariable }: ListenSpec): Promise<http.Server> {
  const server = http.createServer(answerStarting);
  server.listen(port, host);
  try {
    await once(server, 'listening');
  } catch (error) {
    throw new ListenError(explain(error as NodeJS.ErrnoException, { host, port, portVariable }));
  }
  return server;
}

function answerStarting(_req: http.IncomingMessage, res: http.ServerResponse) {
  res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '1' });
  res.end(JSON.stringify({ errors: [{ message: 'The server is starting; try again shortly', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }));
}

function explain(error: NodeJS.ErrnoException, { host, port, portVariable }: ListenSpec): string {
  const where = `port ${port} on ${host}`;
  switch (error.code) {
    case 'EADDRINUSE':
      return `${portVariable}: ${where} is already in use; stop what uses it or set ${portVariable} to a free port`;
    case 'EACCES':
      return `${portVariable}: not allowed to listen on ${where}; set ${portVariable} to a port above 1023`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return `HOST: ${host} is not an address of this machine; set HOST (e.g. 127.0.0.1 or 0.0.0.0)`;
    default:
      return `${portVariable}: cannot listen on ${where} (${error.code ?? error.message})`;
  }
}
