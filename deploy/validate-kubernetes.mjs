/* global process, console */
// Validates Kubernetes manifests against the Kubernetes API's JSON schemas, with no cluster and no
// download: the validators shipped in the `kubernetes-models` npm package (kubeconform is not in
// Debian). `node deploy/validate-kubernetes.mjs [file.yaml …]`; without files, every resource of
// deploy/kubernetes/kustomization.yaml and secret.example.yaml. Prints one line per object and
// exits 1 when any object is invalid or of a kind it cannot check.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'kubernetes');
const documents = (file) =>
  parseAllDocuments(readFileSync(file, 'utf8')).map((document) => {
    if (document.errors.length > 0) throw new Error(`${file}: ${document.errors.map((e) => e.message).join('; ')}`);
    return document.toJS();
  });

let files = process.argv.slice(2);
if (files.length === 0) {
  const [kustomization] = documents(path.join(dir, 'kustomization.yaml'));
  files = [...kustomization.resources, 'secret.example.yaml'].map((file) => path.join(dir, file));
}

let failed = 0;
for (const file of files) {
  for (const manifest of documents(file)) {
    const label = `${path.basename(file)}: ${manifest?.apiVersion} ${manifest?.kind} ${manifest?.metadata?.name}`;
    try {
      const models = await import(`kubernetes-models/${manifest.apiVersion}`);
      const Model = models[manifest.kind];
      if (typeof Model !== 'function') throw new Error(`no schema for kind ${manifest.kind} in ${manifest.apiVersion}`);
      new Model(manifest).validate();
      console.log(`valid    ${label}`);
    } catch (error) {
      failed += 1;
      console.log(
        `INVALID  ${label}: ${String(error.message ?? error)
          .replace(/\s+/g, ' ')
          .slice(0, 500)}`,
      );
    }
  }
}
process.exit(failed > 0 ? 1 : 0);
