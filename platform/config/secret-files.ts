import { readFileSync } from 'node:fs';

/**
 * Secrets a deployment may give as files (Docker and Kubernetes secrets are mounted as files):
 * `<NAME>_FILE=/run/secrets/x` instead of `<NAME>=…`, so the value never sits in the environment,
 * where `docker inspect`, `/proc/<pid>/environ` and crash reports can see it.
 */
export const SECRET_VARIABLES = [
  'AUTH_JWT_SECRET',
  'INTERNAL_SIGNING_SECRET',
  'DATABASE_URL',
  'METRICS_TOKEN',
  'OTEL_EXPORTER_OTLP_HEADERS',
  'MEMBER_DATA_KEY',
] as const;

/** The password alone, put into DATABASE_URL (which then carries none), for secrets stores that hold only the password. */
export const DATABASE_PASSWORD_FILE = 'DATABASE_PASSWORD_FILE';

/**
 * The environment with every `<NAME>_FILE` of a secret replaced by `<NAME>` and the file's content
 * (one trailing line break dropped: `echo secret > file` must work). Returns the problems found,
 * each naming its variable: both forms given, a file that cannot be read, an empty file.
 */
export function withSecretFiles(env: Record<string, string>): { env: Record<string, string>; problems: string[] } {
  const resolved = { ...env };
  const problems: string[] = [];
  for (const name of SECRET_VARIABLES) {
    const file = env[`${name}_FILE`];
    if (file === undefined) continue;
    delete resolved[`${name}_FILE`];
    if (env[name] !== undefined) {
      problems.push(`  ${name}_FILE: set only one of ${name} and ${name}_FILE`);
      continue;
    }
    const content = readSecret(file, `${name}_FILE`, problems);
    if (content !== undefined) resolved[name] = content;
  }
  const passwordFile = env[DATABASE_PASSWORD_FILE];
  if (passwordFile !== undefined) {
    delete resolved[DATABASE_PASSWORD_FILE];
    const password = readSecret(passwordFile, DATABASE_PASSWORD_FILE, problems);
    if (password !== undefined) withPassword(resolved, password, problems);
  }
  return { env: resolved, problems };
}

function readSecret(file: string, variable: string, problems: string[]): string | undefined {
  let content: string;
  try {
    content = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
  } catch (error) {
    // The code (ENOENT, EACCES) and the path, never the content.
    problems.push(`  ${variable}: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    return undefined;
  }
  if (content === '') {
    problems.push(`  ${variable}: ${file} is empty`);
    return undefined;
  }
  return content;
}

function withPassword(env: Record<string, string>, password: string, problems: string[]): void {
  const url = env.DATABASE_URL;
  if (url === undefined) {
    problems.push(`  ${DATABASE_PASSWORD_FILE}: needs DATABASE_URL (or DATABASE_URL_FILE) to put the password into`);
    return;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return; // DATABASE_URL's own check names the problem.
  }
  if (parsed.password) {
    problems.push(`  ${DATABASE_PASSWORD_FILE}: DATABASE_URL already has a password; give it in one place only`);
    return;
  }
  parsed.password = encodeURIComponent(password);
  env.DATABASE_URL = parsed.toString();
}
