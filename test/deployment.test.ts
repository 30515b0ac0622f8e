import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from '@jest/globals';
import { parse } from 'yaml';
import { SUBGRAPHS } from '../subgraphs';

/**
 * docker-compose.yml describes the distributed deployment by hand (no Docker engine runs here);
 * it must agree with the one list of subgraphs: a service per subgraph on its port, told where its
 * peers are, and a gateway told where every subgraph is and waiting for them.
 */
interface Service {
  command?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}
const compose = parse(readFileSync(path.join(__dirname, '..', 'docker-compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, Service> };
const services = compose.services;
const urlVariable = (name: string) => `SUBGRAPH_${name.toUpperCase()}_URL`;
const inCompose = (name: string, port: number) => `http://${name}:${port}/graphql`;

describe('docker-compose.yml and the subgraph list agree', () => {
  test('exactly the listed subgraphs run as services, each with start-subgraph and its name', () => {
    const running = Object.entries(services)
      .filter(([, service]) => service.command?.includes('dist/cli/start-subgraph.js'))
      .map(([name, service]) => [name, service.command!.at(-1)]);
    assert.deepEqual(
      running,
      SUBGRAPHS.map((s) => [s.name, s.name]),
    );
  });

  for (const definition of SUBGRAPHS) {
    test(`${definition.name}: its port, its health check and its peers`, () => {
      const service = services[definition.name];
      assert.equal(service.environment?.SUBGRAPH_PORT, String(definition.port));
      assert.ok(service.healthcheck?.test.some((part) => part.includes(`127.0.0.1:${definition.port}/health/ready`)));
      for (const peer of definition.peers ?? []) {
        const peerPort = SUBGRAPHS.find((s) => s.name === peer)!.port;
        assert.equal(service.environment?.[urlVariable(peer)], inCompose(peer, peerPort), `${definition.name} is told where ${peer} is`);
      }
    });
  }

  test('the gateway is told where every subgraph is, waits for each to be healthy, and for nothing else', () => {
    const gateway = services.gateway;
    const told = Object.keys(gateway.environment ?? {}).filter((key) => /^SUBGRAPH_\w+_URL$/.test(key));
    assert.deepEqual(told.sort(), SUBGRAPHS.map((s) => urlVariable(s.name)).sort());
    for (const s of SUBGRAPHS) {
      assert.equal(gateway.environment?.[urlVariable(s.name)], inCompose(s.name, s.port));
      assert.equal(gateway.depends_on?.[s.name]?.condition, 'service_healthy');
    }
  });
});

describe('docker-compose.yml: secrets are files', () => {
  const declared = (compose as unknown as { secrets?: Record<string, { file?: string }> }).secrets ?? {};
  const hubServices = Object.entries(services).filter(([name]) => name === 'gateway' || SUBGRAPHS.some((s) => s.name === name));

  test('no hub service takes a secret as a plain variable; each *_FILE names a mounted compose secret read from a file', () => {
    for (const [name, service] of hubServices) {
      const environment = service.environment ?? {};
      assert.deepEqual(
        Object.keys(environment).filter((key) => /SECRET$/.test(key)),
        [],
        `${name} takes a secret from the environment`,
      );
      const mounted = (service as Service & { secrets?: string[] }).secrets ?? [];
      const files = Object.entries(environment).filter(([key]) => key.endsWith('_FILE'));
      assert.ok(
        files.some(([key]) => key === 'INTERNAL_SIGNING_SECRET_FILE'),
        `${name} reads the internal signing secret`,
      );
      for (const [key, value] of files) {
        const secret = /^\/run\/secrets\/(\w+)$/.exec(value)?.[1];
        assert.ok(secret && mounted.includes(secret), `${name}: ${key}=${value} is a secret mounted into it`);
        assert.match(declared[secret]?.file ?? '', /^\.\/secrets\//, `${secret} is read from a file under ./secrets`);
      }
    }
    assert.equal(services.gateway.environment?.AUTH_JWT_SECRET_FILE, '/run/secrets/auth_jwt_secret');
  });
});
