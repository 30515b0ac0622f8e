import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import path from 'node:path';
import { childEnvironment } from '../../platform/config/harness';

export const ROOT = path.join(__dirname, '..', '..');

/** Runs the TypeScript sources as `npm run …` does (`node -r ./tools/register.cjs cli/x.ts`). */
export const FROM_SOURCES = ['-r', './tools/register.cjs'];

/** Preloaded in a child, it reports every attempt to reach a non-loopback address (see the file). */
export const RECORD_OUTBOUND = ['-r', './test/kit/outbound-recorder.cjs'];
const OUTBOUND_MARK = 'OUTBOUND-ATTEMPT ';

export interface HubProcess {
  child: ChildProcess;
  /** Where it serves GraphQL, from its "… listening" log line. */
  url: string;
  /** Everything it wrote to stderr so far (its JSON log). */
  stderr(): string;
  /** What the outbound recorder caught, when it was preloaded. */
  outboundAttempts(): string[];
  /** Stops it (SIGCONT first, in case a test stopped it) and waits for it to exit. */
  stop(): Promise<void>;
}

export interface Exited {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Starts a process of the hub (`node [nodeArgs] script args`) from the repository root with the
 * test's environment plus `env`, and waits until it logs that it listens. Fails with its output
 * when it exits first or takes longer than `timeoutMs`. With `ipc`, the child gets an IPC channel
 * (the benchmark asks its preloaded SQL counter over it).
 */
export async function startHubProcess(
  nodeArgs: string[],
  env: Record<string, string | undefined>,
  timeoutMs = 90_000,
  options: { ipc?: boolean } = {},
): Promise<HubProcess> {
  const stdio = options.ipc ? (['ignore', 'pipe', 'pipe', 'ipc'] as const) : (['ignore', 'pipe', 'pipe'] as const);
  const child = spawn(process.execPath, nodeArgs, { cwd: ROOT, env: childEnvironment({ LOG_LEVEL: 'info', ...env }), stdio: [...stdio] });
  let stderr = '';
  child.stdout!.resume();
  child.stderr!.setEncoding('utf8');
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "listening" line within ${timeoutMs} ms:\n${stderr}`)), timeoutMs);
    let listening = false;
    child.stderr!.on('data', (chunk: string) => {
      stderr += chunk;
      // Once found, stop looking: re-reading a log that grows by an access line a request costs O(n²).
      if (listening) return;
      const url = listeningUrl(stderr, nodeArgs);
      if (url) {
        listening = true;
        clearTimeout(timer);
        resolve(url);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before listening:\n${stderr}`));
    });
  });
  return {
    child,
    url,
    stderr: () => stderr,
    outboundAttempts: () =>
      stderr
        .split('\n')
        .filter((line) => line.startsWith(OUTBOUND_MARK))
        .map((line) => line.slice(OUTBOUND_MARK.length)),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGCONT');
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await once(child, 'exit');
      clearTimeout(killer);
    },
  };
}

/** The URL a process logged it listens on: the gateway's for a process that runs one (embedded or alone), else the subgraph's. */
function listeningUrl(stderr: string, nodeArgs: string[]): string | undefined {
  const runsGateway = nodeArgs.some((arg) => /cli\/start(-gateway)?\.(ts|js)$/.test(arg));
  const wanted = `"message":"${runsGateway ? 'gateway' : 'subgraph'} listening"`;
  const completeLines = stderr.split('\n').slice(0, -1);
  const line = completeLines.find((l) => l.includes(wanted));
  return line ? (JSON.parse(line) as { url: string }).url : undefined;
}

/** Runs a CLI to its end and returns its exit code and output (it must finish within `timeoutMs`). */
export async function runToExit(nodeArgs: string[], env: Record<string, string | undefined>, timeoutMs = 60_000): Promise<Exited> {
  const child = spawn(process.execPath, nodeArgs, { cwd: ROOT, env: childEnvironment(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const [code] = (await once(child, 'close')) as [number | null];
  clearTimeout(timer);
  return { code, stdout, stderr };
}

/** A TCP port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Polls `url` until it answers 2xx; fails when `exited()` says the process died, or after `timeoutMs`. */
export async function waitUntilServing(url: string, exited: () => string | undefined, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const why = exited();
    if (why) throw new Error(why);
    const ok = await fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}
