/**
 * The database could not serve a statement: no connection became free in time, the server could not
 * be reached, a connection was lost mid-statement, or a statement ran past its timeout. None of it is
 * the caller's fault, and a retry a little later may succeed; clients see `SERVICE_UNAVAILABLE`.
 *
 * The ORM wraps driver errors in its own exception class, copying the original's own properties, so
 * the mark that survives the wrapping is `code`, not the class.
 */
export class DatabaseUnavailableError extends Error {
  static readonly CODE = 'HUB_DATABASE_UNAVAILABLE';
  override readonly name = 'DatabaseUnavailableError';
  readonly code = DatabaseUnavailableError.CODE;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * PostgreSQL's answers that mean "not now" rather than "not this": the server is shutting down or
 * starting, has no connection slot left, or cancelled a statement that ran past `statement_timeout`
 * or sat idle in a transaction past `idle_in_transaction_session_timeout`.
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '57014', '25P03']);

export function isDatabaseUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  return code === DatabaseUnavailableError.CODE || UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08');
}
