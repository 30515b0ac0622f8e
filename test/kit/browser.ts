import { existsSync } from 'node:fs';
import { test } from '@jest/globals';
import { harnessSettings } from '../../platform/config/harness';

/** Debian's Chromium, which .ci/run installs (no browser download from elsewhere). */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * `test` for a test that drives the real browser. On a developer's machine without Chromium it is
 * skipped and says why; in CI (`CI` set) a missing browser fails, so a browser test never passes by
 * not running.
 */
export function browserTest(): (name: string, run: () => Promise<void>, timeout?: number) => void {
  if (existsSync(CHROMIUM)) return test;
  if (harnessSettings().CI) {
    return ((name: string) =>
      test(name, () => {
        throw new Error(`${CHROMIUM} is missing: .ci/run installs it (apt-get install chromium fonts-noto-cjk)`);
      })) as unknown as typeof test;
  }
  return test.skip;
}
