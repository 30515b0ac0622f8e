import type { Logger, LogLevel } from '../../platform/logging/logger';

export interface LogEntry {
  level: Exclude<LogLevel, 'silent'>;
  message: string;
  [detail: string]: unknown;
}

/** A logger that keeps what it is given, for tests that check what a component logs and at which level. */
export function recordingLogger(entries: LogEntry[] = [], bindings: Record<string, unknown> = {}): Logger & { entries: LogEntry[] } {
  const at = (level: LogEntry['level']) => (message: string, detail?: Record<string, unknown>) => void entries.push({ ...bindings, ...detail, level, message });
  return {
    entries,
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: (more) => recordingLogger(entries, { ...bindings, ...more }),
  };
}
