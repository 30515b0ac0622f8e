import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { childEnvironment } from '../../platform/config/harness';

export const ROOT = path.join(__dirname, '..', '..');

/**
 * A process of the hub as users run it (`npm start`, `node dist/cli/…`), with its JSON log lines
 * (stderr) and its output (stdout) collected for the test to wait on.
 */
export class HubProcess {
  readonly exited: Promise<number | null>;
  private readonly logLines: Array<Record<string, any>> = [];
  private output = '';
  private readonly listeners = new Set<() => void>();
  private hasExited = false;

  private constructor(private readonly child: ChildProcess) {
    let buffered = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        try {
          this.logLines.push(JSON.parse(line));
        } catch {
          this.logLines.push({ message: line });
        }
      }
      this.changed();
    });
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      this.output += chunk;
      this.changed();
    });
    this.exited = new Promise((resolve) =>
      child.on('exit', (code) => {
        this.hasExited = true;
        resolve(code);
        this.changed();
      }),
    );
  }

  static start(command: string, args: string[], env: Record<string, string | undefined>): HubProcess {
    return new HubProcess(spawn(command, args, { cwd: ROOT, env: childEnvironment({ LOG_LEVEL: 'info', ...env }), stdio: ['ignore', 'pipe', 'pipe'] }));
  }

  /** The first log line whose message is `message`, waiting up to `ms` for it. */
  async logged(message: string, ms = 90_000): Promise<Record<string, any>> {
    return this.waitFor(() => this.logLines.find((line) => line.message === message), `log "${message}"`, ms);
  }

  /** The first match of `pattern` in the process's output. */
  async printed(pattern: RegExp, ms = 90_000): Promise<RegExpMatchArray> {
    return this.waitFor(() => this.output.match(pattern) ?? undefined, `output ${pattern}`, ms);
  }

  signal(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  /** Stops the process if it is still running (a failed test must not leave it behind). */
  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exited;
  }

  get log(): string {
    return this.logLines.map((line) => JSON.stringify(line)).join('\n');
  }

  private waitFor<T>(find: () => T | undefined, what: string, ms: number): Promise<T> {
    return new Promise((resolve, reject) => {
      const fail = (why: string) => {
        done();
        reject(new Error(`${why} waiting for ${what}; log so far:\n${this.log}\n${this.output}`));
      };
      const check = () => {
        const found = find();
        if (found !== undefined) {
          done();
          resolve(found);
        } else if (this.hasExited) fail('the process exited');
      };
      const timer = setTimeout(() => fail('timed out'), ms);
      const done = () => {
        clearTimeout(timer);
        this.listeners.delete(check);
      };
      this.listeners.add(check);
      check();
    });
  }

  private changed() {
    for (const listener of [...this.listeners]) listener();
  }
}

/** Whether a new TCP connection to the port of `url` is refused. */
export function connectionRefused(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname);
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}
