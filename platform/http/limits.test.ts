import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate, type GraphQLError } from 'graphql';
import { operationLimitRules, type OperationLimits } from './limits';

const schema = buildSchema(`
  type Query {
    viewer: Member
    member(id: ID!): Member
    organisations(first: Int, after: String): OrganisationConnection!
  }
  type Member {
    id: ID!
    name: String!
    mentor: Member
    organisation: Organisation
  }
  type Organisation {
    id: ID!
    name: String!
    parent: Organisation
    members(first: Int, after: String): MemberConnection!
  }
  type OrganisationConnection { edges: [OrganisationEdge!]! pageInfo: PageInfo! }
  type OrganisationEdge { cursor: String! node: Organisation! }
  type MemberConnection { edges: [MemberEdge!]! pageInfo: PageInfo! }
  type MemberEdge { cursor: String! node: Member! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
`);

const limits: OperationLimits = { maxDepth: 12, maxAliases: 100, maxDirectives: 20, maxCost: 1000, defaultPageSize: 20 };

const check = (source: string) => validate(schema, parse(source), [...specifiedRules, ...operationLimitRules(limits)]);

const refusedBy = (errors: readonly GraphQLError[], limit: string) => {
  const found = errors.filter((error) => error.extensions.limit === limit);
  assert.equal(found.length, 1, `expected one '${limit}' refusal, got: ${errors.map((e) => e.message).join('; ')}`);
  assert.equal(found[0].extensions.code, 'GRAPHQL_VALIDATION_FAILED');
  return found[0];
};

/** `mentor { mentor { … name } }` nested `levels` deep below the given field. */
const mentors = (levels: number) => `${'mentor { '.repeat(levels)}name${' }'.repeat(levels)}`;

describe('operation limits', () => {
  test('a normal query passes', () => {
    const errors = check(`
      query Dashboard($after: String) {
        viewer { id name organisation { name parent { name } } }
        organisations(first: 10, after: $after) {
          edges { cursor node { id name members(first: 5) { edges { node { id name } } } } }
          pageInfo { hasNextPage endCursor }
        }
        __typename
      }
    `);
    assert.deepEqual(errors, []);
  });

  test('refuses nesting deeper than the limit', () => {
    assert.deepEqual(check(`{ viewer { ${mentors(10)} } }`), []); // depth 12: viewer + 10 mentors + name
    const error = refusedBy(check(`{ viewer { ${mentors(13)} } }`), 'depth');
    assert.equal(error.message, 'Query depth 15 exceeds the limit of 12');
  });

  test('follows nested fragments and inline fragments when measuring depth', () => {
    const errors = check(`
      query { viewer { ...A } }
      fragment A on Member { mentor { ... on Member { mentor { ...B } } } }
      fragment B on Member { mentor { ...C } }
      fragment C on Member { ${mentors(10)} }
    `);
    assert.equal(refusedBy(errors, 'depth').message, 'Query depth 15 exceeds the limit of 12');
  });

  test("measures introspection apart: the standard introspection query (GraphiQL's docs) passes a data depth limit below its 15", () => {
    assert.deepEqual(check(getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: true })), []);
    const ofType = (levels: number) => `${'ofType { '.repeat(levels)}name${' }'.repeat(levels)}`;
    const errors = check(`{ __schema { types { fields { type { ${ofType(20)} } } } } }`);
    assert.equal(refusedBy(errors, 'introspectionDepth').message, 'Query introspection depth 25 exceeds the limit of 20');
  });

  test('introspection beside a deep data query does not let the data query through', () => {
    const errors = check(`{ __schema { queryType { name } } viewer { ${mentors(13)} } }`);
    assert.equal(refusedBy(errors, 'depth').message, 'Query depth 15 exceeds the limit of 12');
  });

  test('refuses 200 aliases', () => {
    const fields = Array.from({ length: 200 }, (_, i) => `a${i}: name`).join(' ');
    const error = refusedBy(check(`{ viewer { ${fields} } }`), 'aliases');
    assert.equal(error.message, 'Query alias count 200 exceeds the limit of 100');
  });

  test('refuses 50 directives', () => {
    const fields = Array.from({ length: 50 }, () => 'name @include(if: true)').join(' ');
    const error = refusedBy(check(`{ viewer { ${fields} } }`), 'directives');
    assert.equal(error.message, 'Query directive count 50 exceeds the limit of 20');
  });

  test('multiplies the cost of nested connections by their page size', () => {
    const nested = (first: number) => `{
      organisations(first: ${first}) { edges { node { members(first: ${first}) { edges { node { name } } } } } }
    }`;
    // members = 1 + 100 × 3; organisations = 1 + 100 × (2 + 301)
    assert.equal(refusedBy(check(nested(100)), 'cost').message, 'Query cost 30301 exceeds the limit of 1000');
    assert.deepEqual(check(nested(5)), []);
  });

  test('assumes the default page size when `first` is a variable or missing', () => {
    // With 20 per page: members = 1 + 20 × 3 = 61; organisations = 1 + 20 × (2 + 61) = 1261.
    const viaVariable = check(`query ($n: Int) {
      organisations(first: $n) { edges { node { members(first: $n) { edges { node { name } } } } } }
    }`);
    assert.equal(refusedBy(viaVariable, 'cost').message, 'Query cost 1261 exceeds the limit of 1000');
    const omitted = check(`{ organisations { edges { node { members { edges { node { name } } } } } } }`);
    assert.equal(refusedBy(omitted, 'cost').message, 'Query cost 1261 exceeds the limit of 1000');
  });

  test('refuses 2,000 repeated identical fields', () => {
    const error = refusedBy(check(`{ viewer { ${'name '.repeat(2000)}} }`), 'cost');
    assert.equal(error.message, 'Query cost 2001 exceeds the limit of 1000');
  });

  test('counts a fragment every time it is spread', () => {
    const errors = check(`
      { viewer { ...F ...F ...F ...F ...F ...F ...F ...F ...F ...F } }
      fragment F on Member { ${Array.from({ length: 20 }, (_, i) => `a${i}: name`).join(' ')} }
    `);
    assert.equal(refusedBy(errors, 'aliases').message, 'Query alias count 200 exceeds the limit of 100');
  });

  test('ignores fragments that no operation spreads', () => {
    const errors = check(`
      { viewer { name } }
      fragment Unused on Member { ${mentors(20)} }
    `);
    // graphql's NoUnusedFragments complains; the limits do not.
    assert.ok(errors.length > 0);
    assert.deepEqual(
      errors.filter((e) => e.extensions.limit),
      [],
    );
  });

  test('a fragment cycle does not hang', () => {
    const errors = check(`
      { viewer { ...A } }
      fragment A on Member { mentor { ...B } }
      fragment B on Member { mentor { ...A } }
    `);
    assert.ok(errors.length > 0);
    assert.ok(errors.some((e) => /Cannot spread fragment "A" within itself/.test(e.message)));
  });
});
