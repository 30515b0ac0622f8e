import http from 'node:http';
import https from 'node:https';
import type { Fetcher, FetcherHeaders, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';

/**
 * The gateway's fetcher of subgraphs: node:http over keep-alive connections, the whole answer read
 * into one string. Apollo's default (make-fetch-happen with its cache, retry and agent layers, and
 * an `Error` built for every request by agent-base) costs more CPU than the answer's own parsing;
 * a subgraph call needs none of it: a POST of a JSON body, a JSON answer, an abort signal.
 * A request that gets no answer (refused, reset, aborted) rejects, as `fetch` does.
 */
export function keepAliveFetcher(options: { maxSockets?: number } = {}): Fetcher {
  const agents = {
    'http:': new http.Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 64 }),
    'https:': new https.Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 64 }),
  };
  return (url, init = {}) => send(url, init, agents, true);
}

/**
 * A subgraph closes a connection idle past its keep-alive timeout; a request sent on it at that
 * moment fails with ECONNRESET or EPIPE before the subgraph read it. Such a request is sent once
 * more on a new connection (Node's documented remedy, `request.reusedSocket`); any other failure is final.
 */
function isStaleConnection(request: http.ClientRequest, error: unknown): boolean {
  const code = (error as { code?: string })?.code;
  return request.reusedSocket && (code === 'ECONNRESET' || code === 'EPIPE');
}

function send(url: string, init: FetcherRequestInit, agents: Record<'http:' | 'https:', http.Agent>, mayRetry: boolean): Promise<FetcherResponse> {
  const target = new URL(url);
  const secure = target.protocol === 'https:';
  const body = init.body === undefined ? undefined : typeof init.body === 'string' ? Buffer.from(init.body) : init.body;
  const headers: Record<string, string | number> = { ...init.headers };
  if (body) headers['content-length'] = body.length;
  const signal = init.signal as AbortSignal | undefined;
  return new Promise<FetcherResponse>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const request = (secure ? https : http).request(
      target,
      { method: init.method ?? 'GET', headers, agent: agents[secure ? 'https:' : 'http:'], signal },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve(new BufferedResponse(url, response, Buffer.concat(chunks).toString('utf8'))));
        response.on('error', reject);
      },
    );
    let answered = false;
    request.on('response', () => (answered = true));
    request.on('error', (error) => {
      if (mayRetry && !answered && !signal?.aborted && isStaleConnection(request, error)) resolve(send(url, init, agents, false));
      else reject(error);
    });
    request.end(body);
  });
}

/** An answer read to its end: what Apollo's data source reads of a fetch `Response`. */
class BufferedResponse implements FetcherResponse {
  readonly redirected = false;
  readonly status: number;
  readonly statusText: string;
  readonly headers: FetcherHeaders;
  bodyUsed = false;

  constructor(
    readonly url: string,
    message: http.IncomingMessage,
    private readonly body: string,
  ) {
    this.status = message.statusCode ?? 0;
    this.statusText = message.statusMessage ?? '';
    const headers = new Headers();
    for (const [name, value] of Object.entries(message.headers)) {
      for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, one);
    }
    this.headers = headers as unknown as FetcherHeaders;
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  async text(): Promise<string> {
    this.bodyUsed = true;
    return this.body;
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = Buffer.from(await this.text());
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }

  clone(): FetcherResponse {
    return Object.assign(Object.create(BufferedResponse.prototype) as BufferedResponse, this, { bodyUsed: false });
  }
}
