import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, test } from '@jest/globals';
import { promisify } from 'node:util';
import { ROLES } from '../platform/auth/identity';
import { GraphQLClient } from './kit/client';
import { useTestStack } from './kit/stack';
import { childEnvironment } from '../platform/config/harness';
import { FROM_SOURCES, runToExit } from './kit/processes';

/** `npm run token`: a newcomer can act in every role of the demo district at once. */
const hub = useTestStack({ demo: true });
const run = promisify(execFile);
const ROOT = path.join(__dirname, '..');

async function token(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ['-r', './tools/register.cjs', 'cli/token.ts', ...args], {
    cwd: ROOT,
    env: childEnvironment({ AUTH_JWT_SECRET: hub.config.auth.jwtSecret, INTERNAL_SIGNING_SECRET: hub.config.auth.internalSigningSecret }),
  });
  return stdout.trim().split('\n').at(-1)!;
}

test("each role's example token, printed alone on the last line, is accepted by the gateway and acts in the demo district", async () => {
  for (const role of ROLES) {
    const client = new GraphQLClient(hub.stack.gateway.url, await token('--role', role));
    const response = await client.request('{ organisationByCode(code: "QH") { code } }');
    assert.equal(response.status, 200, role);
    assert.equal(response.data.organisationByCode.code, 'QH', role);
  }
});

test('--org acts for another organisation, and a district admin there may change it', async () => {
  const { organisationByCode: street } = await hub.gateway.data('{ organisationByCode(code: "QH-JD02") { id version parent { id } } }');
  const admin = new GraphQLClient(hub.stack.gateway.url, await token('--role', 'DISTRICT_ADMIN', '--org', street.parent.id));
  const { updateOrganisation } = await admin.data(`mutation ($i: UpdateOrganisationInput!) { updateOrganisation(input: $i) { name } }`, {
    i: { id: street.id, version: street.version, name: '东湖街道党工委（测试）' },
  });
  assert.equal(updateOrganisation.name, '东湖街道党工委（测试）');
  // A street is no organisation a district admin acts for: the gateway refuses such a token.
  const misfit = await new GraphQLClient(hub.stack.gateway.url, await token('--role', 'DISTRICT_ADMIN', '--org', street.id)).request('{ __typename }');
  assert.equal(misfit.status, 401);
  assert.equal(misfit.errors?.[0].extensions?.reason, 'TOKEN_ORGANISATION_MISFIT');
});

test('--ttl above AUTH_MAX_TOKEN_LIFETIME is refused with the limit', async () => {
  await assert.rejects(token('--role', 'ANALYST', '--ttl', '25'), (error: any) => error.code === 64 && /AUTH_MAX_TOKEN_LIFETIME/.test(error.stderr));
});

test('an unknown role is refused with the usage', async () => {
  await assert.rejects(token('--role', 'MAYOR'), (error: any) => error.code === 64 && /usage/.test(error.stderr));
});

describe('the command line', () => {
  const runToken = (...args: string[]) =>
    runToExit([...FROM_SOURCES, 'cli/token.ts', ...args], {
      AUTH_JWT_SECRET: hub.config.auth.jwtSecret,
      INTERNAL_SIGNING_SECRET: hub.config.auth.internalSigningSecret,
    });

  test('--help prints the usage and succeeds', async () => {
    const { code, stdout } = await runToken('--help');
    assert.equal(code, 0);
    assert.match(stdout, /^usage: npm run token -- --role <role>/);
    for (const option of ['--role', '--org', '--member', '--subject', '--ttl']) assert.ok(stdout.includes(option), option);
  });

  test.each([
    [['--ttl', 'abc'], /^--ttl: "abc" is not a number of hours above 0 and at most 24 \(AUTH_MAX_TOKEN_LIFETIME\)/],
    [['--ttl', '0'], /^--ttl: "0" is not/],
    [['--ttl=-3'], /^--ttl: "-3" is not/],
    [['--ttl', '100000'], /^--ttl: "100000" is not/],
    [['--org', 'QH-JD01'], /^--org: "QH-JD01" is not an id \(a UUID/],
    [['--member', '42'], /^--member: "42" is not an id/],
    [['--colour', 'red'], /Unknown option '--colour'/],
  ])('%j is refused with a clear message, the usage and exit code 64', async (args, message) => {
    const { code, stdout, stderr } = await runToken('--role', 'ANALYST', ...args);
    assert.equal(code, 64, stderr);
    assert.match(stderr, message);
    assert.match(stderr, /usage: npm run token/);
    assert.equal(stdout, '', 'no token is printed');
  });
});
