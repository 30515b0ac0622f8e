/**
 * `npm run token -- --role PARTNER_UNIT [--org <organisation id>] [--member <member id>] [--subject s] [--ttl hours]`
 * mints a token for the local configuration. Without --org it acts for the demo district's example
 * actor of that role. The token alone is on the last line: `TOKEN=$(npm run -s token -- --role ANALYST | tail -1)`.
 */
// Before anything else: type-graphql's and MikroORM's decorators read Reflect metadata as their modules load.
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { isRole, Role, ROLES, type Actor } from '../platform/auth/identity';
import { mintToken } from '../platform/auth/jwt';
import { resolveSecrets } from '../platform/auth/secrets';
import { loadConfigOrExit } from '../platform/config/config';
import { EXAMPLE_ACTORS } from '../demo/example-actors';

const EX_USAGE = 64;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const USAGE = `usage: npm run token -- --role <role> [--org <id>] [--member <id>] [--subject <name>] [--ttl <hours>]

Mints a bearer token for this machine's configuration (AUTH_JWT_SECRET, or the development
secrets of npm start). The token alone is printed on the last line of standard output.

  --role     ${ROLES.join(' | ')}
  --org      the organisation acted for (a UUID); default: the demo district's example for the role
  --member   the party member (a UUID), for PARTY_MEMBER; default: the demo district's example
  --subject  the token's subject; default: the example actor's, or local-<role> with --org
  --ttl      hours until it expires, above 0 and at most AUTH_MAX_TOKEN_LIFETIME (the gateway
             refuses longer tokens; 24 h by default); default 12, or that maximum if it is shorter
  --help     this text

  TOKEN=$(npm run -s token -- --role ANALYST | tail -1)`;

interface TokenRequest {
  actor: Actor;
  ttlHours: number;
  description: string;
}

/** Reads the command line, or says what is wrong with it and exits 64 (EX_USAGE). */
function parseCommandLine(maxTtlHours: number): TokenRequest {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        role: { type: 'string' },
        org: { type: 'string' },
        member: { type: 'string' },
        subject: { type: 'string' },
        ttl: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return refuse((error as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (!isRole(values.role)) return refuse(values.role ? `--role: unknown role "${values.role}"` : '--role is required');
  for (const option of ['org', 'member'] as const) {
    const value = values[option];
    if (value !== undefined && !UUID.test(value)) return refuse(`--${option}: "${value}" is not an id (a UUID such as 0b6c5a2e-8d4f-4c1e-9a7b-3f2d1e0c9b8a)`);
  }
  const ttlHours = values.ttl === undefined ? Math.min(12, maxTtlHours) : Number(values.ttl);
  if (!(Number.isFinite(ttlHours) && ttlHours > 0 && ttlHours <= maxTtlHours)) {
    return refuse(`--ttl: "${values.ttl}" is not a number of hours above 0 and at most ${maxTtlHours} (AUTH_MAX_TOKEN_LIFETIME)`);
  }
  const example = EXAMPLE_ACTORS[values.role];
  return {
    actor: {
      role: values.role,
      subject: values.subject ?? (values.org ? `local-${values.role.toLowerCase()}` : example.subject),
      organisationId: values.org ?? (values.role === Role.PLATFORM_ADMIN ? undefined : example.organisationId),
      memberId: values.member ?? example.memberId,
    },
    ttlHours,
    description: example.description,
  };
}

function refuse(problem: string): never {
  console.error(`${problem}\n\n${USAGE}`);
  process.exit(EX_USAGE);
}

async function main() {
  const config = loadConfigOrExit();
  const { actor, ttlHours, description } = parseCommandLine(config.auth.maxTokenLifetimeSeconds / 3600);
  const token = await mintToken(config.auth, resolveSecrets(config.auth), actor, Math.round(ttlHours * 3600));
  console.error(`${actor.role} acting for ${actor.organisationId ?? 'the whole hub'} (${description}), valid ${ttlHours} h:`);
  console.log(token);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
