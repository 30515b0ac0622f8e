import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from '@jest/globals';
import { composeGraph, ERRORS_DOC, SCHEMA_DIR } from '../gateway/composition';
import { reasonsMarkdown } from '../platform/errors/reasons-doc';

/** `schema/` is generated and committed; it must match what the code composes today. */
test('the committed subgraph SDL and supergraph are up to date (run `npm run compose` if not)', async () => {
  const { subgraphs, supergraph, api } = await composeGraph();
  for (const { name, sdl } of subgraphs) {
    assert.equal(readFileSync(path.join(SCHEMA_DIR, `${name}.graphql`), 'utf8'), sdl, `schema/${name}.graphql is stale`);
  }
  assert.equal(readFileSync(path.join(SCHEMA_DIR, 'supergraph.graphql'), 'utf8'), supergraph, 'schema/supergraph.graphql is stale');
  assert.equal(readFileSync(path.join(SCHEMA_DIR, 'api.graphql'), 'utf8'), api, 'schema/api.graphql is stale');
});

test('docs/errors.md lists every error reason as the catalog has it (run `npm run compose` if not)', () => {
  assert.equal(readFileSync(ERRORS_DOC, 'utf8'), reasonsMarkdown(), 'docs/errors.md is stale');
});

test('every public type, field, argument and enum value has a description with its Chinese term', async () => {
  const { subgraphs } = await composeGraph();
  const { buildASTSchema, parse, isObjectType, isInputObjectType, isEnumType } = await import('graphql');
  const missing: string[] = [];
  const chinese = /[\u4e00-\u9fff]/;
  for (const { name, sdl } of subgraphs) {
    const schema = buildASTSchema(parse(sdl), { assumeValidSDL: true });
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('_') || type.name.startsWith('link__') || type.name.startsWith('federation__')) continue;
      if (['Query', 'Mutation', 'String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) {
        if (!isObjectType(type)) continue;
      } else if (!type.description || !chinese.test(type.description)) {
        missing.push(`${name}: type ${type.name}`);
      }
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (field.name.startsWith('_')) continue;
          if (!field.description || !chinese.test(field.description)) missing.push(`${name}: ${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description || !chinese.test(arg.description)) missing.push(`${name}: ${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) {
          if (!value.description || !chinese.test(value.description)) missing.push(`${name}: ${type.name}.${value.name}`);
        }
      }
    }
  }
  assert.deepEqual(missing, []);
});
