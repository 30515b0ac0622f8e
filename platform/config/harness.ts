import { z } from 'zod';

/**
 * What the tests and the benchmark take from their own environment, parsed here beside the hub's
 * configuration so that nothing else reads `process.env`.
 */
const harnessSchema = z.object({
  /** Run on this PostgreSQL server (each test file in a database of its own) instead of PGlite. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATABASE_POOL_MAX: z.string().optional(),
  /** Log level of the stacks the tests start; silent unless debugging a test. */
  TEST_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('silent'),
  /** Set by CI (`CI=true`): there a browser test whose browser is missing fails instead of being skipped. */
  CI: z.string().optional(),
  /** Where the browser test saves a screenshot of the IDE, when set. */
  IDE_SCREENSHOT: z.string().optional(),
});

export type HarnessSettings = z.infer<typeof harnessSchema>;

export function harnessSettings(env: NodeJS.ProcessEnv = process.env): HarnessSettings {
  const defined = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  return harnessSchema.parse(defined);
}

/** The environment a child process (a CLI under test) inherits, with `overrides` on top. */
export function childEnvironment(overrides: Record<string, string | undefined>): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}
