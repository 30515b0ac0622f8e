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
  /**
   * Set by Jest's global setup (test/kit/global-setup.cjs) on PostgreSQL: the name prefix of this
   * run's template databases, migrated once and copied by each test file (see test/kit/template-database.ts).
   */
  TEST_TEMPLATE_PREFIX: z
    .string()
    .regex(/^hub_template_[a-z0-9]+$/)
    .optional(),
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

/**
 * Hands `settings` to the processes started after this one (Jest's workers, started after its
 * global setup, and their children) through their inherited environment.
 */
export function shareHarnessSettings(settings: Partial<HarnessSettings>): void {
  harnessSchema.partial().parse(settings);
  for (const [name, value] of Object.entries(settings)) if (value !== undefined) process.env[name] = value;
}

/** The environment a child process (a CLI under test) inherits, with `overrides` on top. */
export function childEnvironment(overrides: Record<string, string | undefined>): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}
