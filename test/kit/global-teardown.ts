import { harnessSettings } from '../../platform/config/harness';
import { dropDatabasesNamed } from '../../platform/testing/test-database';

/** Jest's global teardown for `npm test`: drops this run's template databases (test/kit/global-setup.ts). */
export default async function globalTeardown(): Promise<void> {
  const { DATABASE_URL, TEST_TEMPLATE_PREFIX } = harnessSettings();
  if (DATABASE_URL && TEST_TEMPLATE_PREFIX) await dropDatabasesNamed(DATABASE_URL, TEST_TEMPLATE_PREFIX);
}
