import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from '@jest/globals';
import { parseAllDocuments, stringify } from 'yaml';
import { runToExit } from './kit/processes';
import { SUBGRAPHS } from '../subgraphs';

/**
 * deploy/kubernetes (applied with `kubectl apply -k`) checked as far as this machine allows, with no
 * cluster: every object valid against the Kubernetes API's own JSON schemas (the validators of
 * kubernetes-models), and the manifests in agreement with the subgraph list: a Deployment of at
 * least two replicas per subgraph and for the gateway, probes on /health/ready and /health/live,
 * requests and limits, a PodDisruptionBudget and a Service each, secrets mounted as files, the
 * migration Job, and a NetworkPolicy letting only the gateway and declared peers reach a subgraph.
 */
const DIR = path.join(__dirname, '..', 'deploy', 'kubernetes');
type Manifest = { apiVersion: string; kind: string; metadata: { name: string; labels?: Record<string, string> }; spec?: any; data?: Record<string, string> };

function load(file: string): Manifest[] {
  return parseAllDocuments(readFileSync(path.join(DIR, file), 'utf8')).map((d) => {
    assert.deepEqual(d.errors, [], `${file} parses`);
    return d.toJS() as Manifest;
  });
}

const kustomization = load('kustomization.yaml')[0] as unknown as { resources: string[]; namespace: string };
const manifests = kustomization.resources.flatMap(load);
const named = (kind: string, name: string) => manifests.find((m) => m.kind === kind && m.metadata.name === name);
const urlVariable = (name: string) => `SUBGRAPH_${name.toUpperCase()}_URL`;

describe('deploy/kubernetes: valid objects', () => {
  // kubernetes-models is ESM only: its validators run in a Node process of their own (deploy/validate-kubernetes.mjs, as CI runs it).
  const validate = (...files: string[]) => runToExit(['deploy/validate-kubernetes.mjs', ...files], {});

  test('every object of the kustomization and the example Secret is valid against its API schema', async () => {
    const { code, stdout, stderr } = await validate();
    assert.equal(code, 0, stdout + stderr);
    const checked = stdout.split('\n').filter((line) => line.startsWith('valid'));
    assert.equal(checked.length, manifests.length + load('secret.example.yaml').length, stdout);
  });

  test('an invalid object is caught (the check can fail)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'k8s-'));
    try {
      const broken = structuredClone(named('Deployment', 'gateway')!);
      broken.spec.template.spec.containers[0].ports[0].containerPort = 'http-4000';
      writeFileSync(path.join(dir, 'broken.yaml'), stringify(broken));
      const { code, stdout } = await validate(path.join(dir, 'broken.yaml'));
      assert.equal(code, 1);
      assert.match(stdout, /INVALID .*containerPort must be integer/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('deploy/kubernetes and the subgraph list agree', () => {
  const processes = [
    ...SUBGRAPHS.map((s) => ({ name: s.name, port: s.port, args: ['dist/cli/start-subgraph.js', s.name] })),
    { name: 'gateway', port: 4000, args: ['dist/cli/start-gateway.js'] },
  ];

  test('exactly the listed subgraphs and the gateway run as Deployments', () => {
    assert.deepEqual(
      manifests
        .filter((m) => m.kind === 'Deployment')
        .map((m) => m.metadata.name)
        .sort(),
      processes.map((p) => p.name).sort(),
    );
  });

  test.each(processes)(
    '$name: replicas, its command and port, probes, resources, secrets as files, a Service and a PodDisruptionBudget',
    ({ name, port, args }) => {
      const deployment = named('Deployment', name)!;
      assert.ok(deployment.spec.replicas >= 2, 'at least two replicas');
      assert.equal(deployment.spec.strategy.rollingUpdate.maxUnavailable, 0, 'a rollout never takes a pod away before its replacement is ready');
      const pod = deployment.spec.template.spec;
      assert.ok(pod.terminationGracePeriodSeconds * 1000 > 5000 + 15000, 'the grace period covers the shutdown delay and drain');
      const [container] = pod.containers;
      assert.deepEqual([...container.command, ...container.args], ['node', ...args]);
      assert.equal(container.ports[0].containerPort, port);
      const env = Object.fromEntries(container.env.map((e: { name: string; value?: string }) => [e.name, e.value]));
      assert.equal(env[name === 'gateway' ? 'GATEWAY_PORT' : 'SUBGRAPH_PORT'], String(port));
      assert.equal(container.readinessProbe.httpGet.path, '/health/ready');
      assert.equal(container.livenessProbe.httpGet.path, '/health/live');
      for (const kind of ['requests', 'limits'])
        for (const resource of ['cpu', 'memory']) assert.ok(container.resources[kind][resource], `${kind}.${resource}`);
      assert.equal(env.INTERNAL_SIGNING_SECRET_FILE, '/run/secrets/hub/internal-signing-secret');
      if (name === 'gateway') assert.equal(env.AUTH_JWT_SECRET_FILE, '/run/secrets/hub/auth-jwt-secret');
      assert.deepEqual(
        container.env.filter((e: { name: string; value?: string }) => /SECRET$/.test(e.name)),
        [],
        'no secret as a plain variable',
      );
      const mount = container.volumeMounts.find((m: { mountPath: string }) => m.mountPath === '/run/secrets/hub');
      assert.equal(mount?.readOnly, true);
      assert.equal(pod.volumes.find((v: { name: string }) => v.name === mount.name).secret.secretName, 'hub-secrets');
      const service = named('Service', name)!;
      assert.equal(service.spec.ports[0].port, port);
      assert.deepEqual(service.spec.selector, deployment.spec.selector.matchLabels);
      const budget = named('PodDisruptionBudget', name)!;
      assert.deepEqual(budget.spec.selector.matchLabels, deployment.spec.selector.matchLabels);
      assert.ok(budget.spec.minAvailable >= 1 && budget.spec.minAvailable < deployment.spec.replicas);
    },
  );

  test('the shared configuration tells every process where each subgraph is, and the Job migrates before the Deployments need it', () => {
    const config = named('ConfigMap', 'hub-config')!.data!;
    for (const s of SUBGRAPHS) assert.equal(config[urlVariable(s.name)], `http://${s.name}:${s.port}/graphql`);
    assert.deepEqual(
      Object.keys(config)
        .filter((key) => /^SUBGRAPH_\w+_URL$/.test(key))
        .sort(),
      SUBGRAPHS.map((s) => urlVariable(s.name)).sort(),
    );
    assert.equal(config.RUN_MIGRATIONS, 'false');
    const job = named('Job', 'hub-migrate')!;
    const [container] = job.spec.template.spec.containers;
    assert.deepEqual([...container.command, ...container.args], ['node', 'dist/cli/migrate.js']);
  });

  test('only the gateway, and the peers each subgraph declares, may reach a subgraph', () => {
    const policies = manifests.filter((m) => m.kind === 'NetworkPolicy');
    const selects = (policy: Manifest, labels: Record<string, string>) =>
      Object.entries(policy.spec.podSelector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
    const sources = (policy: Manifest) =>
      policy.spec.ingress.flatMap((rule: any) =>
        rule.from.map((peer: any) => peer.podSelector.matchLabels?.['app.kubernetes.io/component'] ?? peer.podSelector.matchExpressions[0].values),
      );
    for (const s of SUBGRAPHS) {
      const labels = named('Deployment', s.name)!.spec.template.metadata.labels;
      const allowed = policies
        .filter((p) => selects(p, labels))
        .flatMap(sources)
        .flat();
      const askers = SUBGRAPHS.filter((other) => other.peers?.includes(s.name)).map((other) => other.name);
      assert.deepEqual(allowed.sort(), ['gateway', ...askers].sort(), `who may reach ${s.name}`);
    }
  });
});
