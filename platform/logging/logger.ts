/**
 * A small structured logger: one JSON line per event on stderr, so that the log of every process
 * (gateway or subgraph) can be read by the same tools. Levels below the configured one are dropped.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(message: string, detail?: Record<string, unknown>): void;
  info(message: string, detail?: Record<string, unknown>): void;
  warn(message: string, detail?: Record<string, unknown>): void;
  error(message: string, detail?: Record<string, unknown>): void;
  child(bindings: Record<string, unknown>): Logger;
}

export function createLogger(level: LogLevel, bindings: Record<string, unknown> = {}): Logger {
  const write = (at: Exclude<LogLevel, 'silent'>, message: string, detail?: Record<string, unknown>) => {
    if (ORDER[at] < ORDER[level]) return;
    const line = { time: new Date().toISOString(), level: at, message, ...bindings, ...detail };
    // A replacer slows JSON.stringify down by half: only lines that may hold an Error pay for it.
    const text = at === 'warn' || at === 'error' || hasError(detail) ? JSON.stringify(line, errorReplacer) : JSON.stringify(line);
    process.stderr.write(`${text}\n`);
  };
  return {
    debug: (m, d) => write('debug', m, d),
    info: (m, d) => write('info', m, d),
    warn: (m, d) => write('warn', m, d),
    error: (m, d) => write('error', m, d),
    child: (more) => createLogger(level, { ...bindings, ...more }),
  };
}

function hasError(detail: Record<string, unknown> | undefined): boolean {
  if (!detail) return false;
  for (const key in detail) if (detail[key] instanceof Error) return true;
  return false;
}

function errorReplacer(_key: string, value: unknown): unknown {
  if (value instanceof Error) {
    return { name: value.name, message: value.message, stack: value.stack };
  }
  return value;
}
