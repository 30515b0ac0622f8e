import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { demoId } from '../../demo/demo-ids';

/**
 * Operations generated from the public schema (schema/api.graphql): every root query and mutation
 * field, each argument passed as a variable holding a boundary value of its type (NUL, lone
 * surrogates, direction overrides, very long and empty strings, huge and fractional numbers, far
 * and impossible dates, forged ids and cursors, wrong enum values, missing required fields). The
 * same seed gives the same operations.
 */
export interface FuzzOperation {
  field: string;
  kind: 'query' | 'mutation';
  query: string;
  variables: Record<string, unknown>;
}

/** A small deterministic generator (mulberry32). */
export class Random {
  constructor(private state: number) {}
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const forgedCursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const DEMO_CODES = ['QH', 'QH-JD01', 'QH-JD01-SQ01', 'QH-JD02-SQ05', 'QH-DW001', 'QH-DW010'];

export const BOUNDARY_STRINGS: readonly string[] = [
  '',
  ' ',
  'a\u0000b',
  'a\ud800b',
  '\udfff',
  '协议\u202Eexe.txt',
  '翠湖社区党委',
  "'; drop table organisations.organisation; --",
  '%_\\',
  '👨‍👩‍👧‍👦',
  'x'.repeat(10_000),
  '长'.repeat(2_000),
  'QH-JD01',
  '\r\n\t',
  '<script>alert(1)</script>',
];
const BOUNDARY_IDS: readonly string[] = [
  '',
  'not-an-id',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-4fff-bfff-ffffffffffff',
  '00000000-0000-4000-8000-000000000000\u0000',
  'a\ud800b',
  '1'.repeat(5_000),
  ...DEMO_CODES.map((code) => demoId(code)),
];
const BOUNDARY_CURSORS: readonly string[] = [
  'not base64 at all!',
  forgedCursor(['Organisation:name', '\u0000', 1e308]),
  forgedCursor(['JointMeeting:startsAt', '9999-99-99T00:00:00Z', 'x']),
  forgedCursor({ o: 1 }),
  forgedCursor(['Agreement:number', null, null, null]),
  Buffer.from('x'.repeat(3000)).toString('base64url'),
];
const BOUNDARY_INTS: readonly unknown[] = [0, -1, 1, 7, 100, 101, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 1e20, 3.5, '12', null];
const BOUNDARY_FLOATS: readonly unknown[] = [0, -0, 1.5, -1e308, 1e308, 5e-324, 2 ** 53 + 1, '1.5'];
const BOUNDARY_DATES: readonly unknown[] = [
  '0001-01-01',
  '9999-12-31',
  '1899-12-31',
  '2100-01-01',
  '2026-02-30',
  '2026-01-01',
  '',
  '2026-1-1',
  '+275760-09-13',
  20260101,
];
const BOUNDARY_INSTANTS: readonly unknown[] = [
  '0001-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '2026-01-01T00:00:00+08:00',
  '2026-06-01T08:00:00.000Z',
  '2026-13-01T00:00:00Z',
  'yesterday',
  '',
  -8.64e15,
];
const BOUNDARY_OBJECTS: readonly unknown[] = [{}, { a: 'a\u0000b' }, { deep: { deeper: { deepest: ['x'.repeat(1000)] } } }, [], 'text'];

export class SchemaFuzzer {
  readonly schema: GraphQLSchema;

  constructor(
    private readonly random: Random,
    schemaFile = path.join(__dirname, '..', '..', 'schema', 'api.graphql'),
  ) {
    this.schema = buildSchema(readFileSync(schemaFile, 'utf8'));
  }

  /** The root fields, `[kind, field]`, of queries and mutations. */
  rootFields(): Array<['query' | 'mutation', GraphQLField<unknown, unknown>]> {
    const query = Object.values(this.schema.getQueryType()!.getFields()).map((f) => ['query', f] as ['query', GraphQLField<unknown, unknown>]);
    const mutation = Object.values(this.schema.getMutationType()?.getFields() ?? {}).map(
      (f) => ['mutation', f] as ['mutation', GraphQLField<unknown, unknown>],
    );
    return [...query, ...mutation];
  }

  /** One operation calling `field` with generated variables. */
  operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): FuzzOperation {
    const variables: Record<string, unknown> = {};
    const declared: string[] = [];
    const passed: string[] = [];
    for (const arg of field.args) {
      if (!isNonNullType(arg.type) && this.random.chance(0.3)) continue;
      declared.push(`$${arg.name}: ${String(arg.type)}`);
      passed.push(`${arg.name}: $${arg.name}`);
      variables[arg.name] = this.valueFor(arg, arg.type, 0);
    }
    const args = passed.length ? `(${passed.join(', ')})` : '';
    const vars = declared.length ? `(${declared.join(', ')})` : '';
    const selection = this.selectionOf(getNamedType(field.type), 0);
    return { field: field.name, kind, query: `${kind} Fuzz${vars} { ${field.name}${args}${selection} }`, variables };
  }

  private valueFor(arg: GraphQLArgument | { name: string }, type: GraphQLInputType, depth: number): unknown {
    if (isNonNullType(type)) {
      // Now and then a required value is missing: the request is invalid, never a server error.
      return this.random.chance(0.03) ? null : this.valueFor(arg, type.ofType, depth);
    }
    if (isListType(type)) {
      if (this.random.chance(0.05)) return this.valueFor(arg, type.ofType as GraphQLInputType, depth + 1);
      const length = this.random.chance(0.05) ? 300 : Math.floor(this.random.next() * 3);
      return Array.from({ length }, () => this.valueFor(arg, type.ofType as GraphQLInputType, depth + 1));
    }
    if (isEnumType(type)) return this.random.chance(0.9) ? this.random.pick(type.getValues()).name : 'NOT_A_VALUE';
    if (isInputObjectType(type)) {
      if (depth > 3) return {};
      const value: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        if (!isNonNullType(field.type) && this.random.chance(0.4)) continue;
        value[field.name] = this.valueFor(field, field.type, depth + 1);
      }
      if (this.random.chance(0.02)) value.notAField = 1;
      return value;
    }
    return this.scalar(arg.name, type.name);
  }

  private scalar(argument: string, type: string): unknown {
    const r = this.random;
    switch (type) {
      case 'Int':
        return r.pick(BOUNDARY_INTS);
      case 'Float':
        return r.pick(BOUNDARY_FLOATS);
      case 'Boolean':
        return r.chance(0.95) ? r.chance(0.5) : 'yes';
      case 'ID':
        return r.pick(BOUNDARY_IDS);
      case 'LocalDate':
        return r.pick(BOUNDARY_DATES);
      case 'DateTime':
        return r.pick(BOUNDARY_INSTANTS);
      case 'JSONObject':
        return r.pick(BOUNDARY_OBJECTS);
      default:
        if (/^(after|before|cursor)$/i.test(argument)) return r.pick(BOUNDARY_CURSORS);
        if (/code$/i.test(argument) && r.chance(0.5)) return r.pick(DEMO_CODES);
        return r.pick(BOUNDARY_STRINGS);
    }
  }

  /** Scalars of the type and, two levels deep, of its object fields that need no arguments. */
  private selectionOf(type: GraphQLNamedType, depth: number): string {
    if (isUnionType(type) || isInterfaceType(type)) return ' { __typename }';
    if (!isObjectType(type)) return '';
    const parts = ['__typename'];
    for (const field of Object.values((type as GraphQLObjectType).getFields())) {
      if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
      const named = getNamedType(field.type);
      if (isScalarType(named) || isEnumType(named)) parts.push(field.name);
      else if (depth < 2 && this.random.chance(0.5)) parts.push(`${field.name}${this.selectionOf(named, depth + 1)}`);
    }
    return ` { ${parts.join(' ')} }`;
  }
}
