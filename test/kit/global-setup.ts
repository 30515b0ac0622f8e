import { randomBytes } from 'node:crypto';
import { harnessSettings, shareHarnessSettings } from '../../platform/config/harness';

/**
 * Jest's global setup for `npm test`, run once before the workers start (they inherit its
 * environment, as child processes do): on PostgreSQL, names this run's template databases (see
 * test/kit/template-database.ts).
 */
export default function globalSetup(): void {
  if (!harnessSettings().DATABASE_URL) return;
  shareHarnessSettings({ TEST_TEMPLATE_PREFIX: `hub_template_${randomBytes(5).toString('hex')}` });
}
