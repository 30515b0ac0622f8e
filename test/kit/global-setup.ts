import { randomBytes } from 'node:crypto';
import { resolveSecrets } from '../../platform/auth/secrets';
import { loadConfig } from '../../platform/config/config';
import { harnessSettings, shareHarnessSettings } from '../../platform/config/harness';

/**
 * Jest's global setup for `npm test`, run once before the workers start (they inherit its
 * environment, as child processes do):
 * - on PostgreSQL, names this run's template databases (see test/kit/template-database.ts);
 * - writes the development secrets file if it is missing, so that parallel workers (and the hub
 *   processes tests start) all read one member-data key instead of racing to generate their own:
 *   the demo district in a template is encrypted with it.
 */
export default function globalSetup(): void {
  void resolveSecrets(loadConfig({}).auth).memberDataKey;
  if (!harnessSettings().DATABASE_URL) return;
  shareHarnessSettings({ TEST_TEMPLATE_PREFIX: `hub_template_${randomBytes(5).toString('hex')}` });
}
