import { ListenError } from '../platform/http/listen';

/** EX_CONFIG: the operator has a setting to change (the message names it), as for a bad variable. */
const EX_CONFIG = 78;

/**
 * Runs an entry point's `main`. A failure the operator can fix (a port in use) is one line naming
 * the variable to change; anything else is printed in full.
 */
export function runMain(main: () => Promise<void>): void {
  main().catch((error) => {
    if (error instanceof ListenError) {
      console.error(error.message);
      process.exit(EX_CONFIG);
    }
    console.error(error);
    process.exit(1);
  });
}
