/**
 * `npm run token -- --role PARTNER_UNIT [--org <organisation id>] [--member <member id>] [--subject s] [--ttl hours]`
 * mints a token for the local configuration. Without --org it acts for the demo district's example
 * actor of that role. The token alone is on the last line: `TOKEN=$(npm run -s token -- --role ANALYST | tail -1)`.
 */
import { parseArgs } from 'node:util';
import { isRole, Role, ROLES, type Actor } from '../platform/auth/identity';
import { mintToken } from '../platform/auth/jwt';
import { resolveSecrets } from '../platform/auth/secrets';
import { loadConfigOrExit } from '../platform/config/config';
import { EXAMPLE_ACTORS } from '../demo/example-actors';

async function main() {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      org: { type: 'string' },
      member: { type: 'string' },
      subject: { type: 'string' },
      ttl: { type: 'string' },
    },
  });
  if (!isRole(values.role)) {
    console.error(`usage: npm run token -- --role <${ROLES.join('|')}> [--org <id>] [--member <id>] [--ttl hours]`);
    process.exit(64);
  }
  const example = EXAMPLE_ACTORS[values.role];
  const actor: Actor = {
    role: values.role,
    subject: values.subject ?? (values.org ? `local-${values.role.toLowerCase()}` : example.subject),
    organisationId: values.org ?? (values.role === Role.PLATFORM_ADMIN ? undefined : example.organisationId),
    memberId: values.member ?? example.memberId,
  };
  const config = loadConfigOrExit();
  // 12 hours unless asked otherwise, and never longer than the gateway accepts (AUTH_MAX_TOKEN_LIFETIME).
  const ttlSeconds = values.ttl ? Math.round(Number(values.ttl) * 3600) : Math.min(12 * 3600, config.auth.maxTokenLifetimeSeconds);
  if (!(ttlSeconds > 0) || ttlSeconds > config.auth.maxTokenLifetimeSeconds) {
    console.error(`--ttl must be a number of hours above 0 and at most ${config.auth.maxTokenLifetimeSeconds / 3600} (AUTH_MAX_TOKEN_LIFETIME)`);
    process.exit(64);
  }
  const token = await mintToken(config.auth, resolveSecrets(config.auth), actor, ttlSeconds);
  console.error(`${actor.role} acting for ${actor.organisationId ?? 'the whole hub'} (${example.description}), valid ${ttlSeconds / 3600} h:`);
  console.log(token);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
