import pg from 'pg';
import { Role, type Actor } from '../../platform/auth/identity';
import { runAutocannon } from '../load/autocannon.driver';
import { postJson, runJourneys } from '../load/journey.driver';
import { graphqlProblem } from '../load/phase';
import { pgbenchVersion, runPgbench, runPgPool } from '../load/sql.driver';
import { DIRECT_AGREEMENTS, DIRECT_CHECKINS, DIRECT_MEETINGS, DIRECT_OWNERS, DIRECT_PARTNERS, DIRECT_STREET, NETWORK_QUERY } from './network.queries';
import { networkSql } from './network.sql';
import type { BenchContext, Variant, Workload } from './workload.types';

/** The administrator of a district: a district platform reading its network. */
const adminOf = (districtId: string): Actor => ({ role: Role.DISTRICT_ADMIN, subject: `bench-platform-${districtId.slice(0, 8)}`, organisationId: districtId });

/**
 * Journey 1 four ways, over the streets of the city in turn: through the hub gateway, straight to
 * the subgraphs (the plan the gateway runs, signed as the gateway signs: the floor without a
 * gateway), through Hive Gateway, and as one SQL statement (the physical floor).
 */
export function networkWorkload(context: BenchContext): Workload {
  const streets = context.targets.streets;
  const tokens = new Map<string, string>();
  const prepare = async () => {
    for (const street of streets) if (!tokens.has(street.districtId)) tokens.set(street.districtId, await context.token(adminOf(street.districtId)));
  };
  const viaRouter = (name: string, url: string): Variant => {
    const request = (i: number) => {
      const street = streets[i % streets.length];
      return {
        body: JSON.stringify({ query: NETWORK_QUERY, variables: { id: street.id, year: yearOf(context.today) } }),
        headers: { authorization: `Bearer ${tokens.get(street.districtId)}` },
      };
    };
    return {
      name,
      prepare,
      run: (clients, seconds) => runAutocannon({ url, clients, seconds, request }),
      sample: async () => {
        const { body, headers } = request(0);
        return answerOf(await postJson(url, body, headers));
      },
    };
  };
  const variants: Variant[] = [viaRouter('gateway', context.gatewayUrl)];
  variants.push({
    name: 'direct',
    prepare,
    run: (clients, seconds) => runJourneys(clients, seconds, (i) => directJourney(context, i)),
    sample: () => directJourney(context, 0),
  });
  if (context.hiveUrl) variants.push(viaRouter('hive', context.hiveUrl));
  if (context.databaseUrl) variants.push(sqlVariant(context, context.databaseUrl));
  return {
    name: 'journey 1: a street, its seats, communities, active agreements, partners, summaries, check-ins, last meetings, open action items',
    key: 'network',
    variants,
  };
}

/**
 * The fetches the gateway's plan makes, made by the client, and the answer put together the same
 * way: the street from organisations; then, side by side, agreements (then its partners from
 * organisations), check-ins, and meetings (then its action items' owners from organisations).
 */
async function directJourney(context: BenchContext, i: number): Promise<unknown> {
  const street = context.targets.streets[i % context.targets.streets.length];
  const actor = adminOf(street.districtId);
  const ask = async (subgraph: string, query: string, variables: Record<string, unknown>) => {
    const body = JSON.stringify({ query, variables });
    return answerOf(await postJson(context.subgraphUrls[subgraph], body, context.sign(subgraph, actor, body))) as any;
  };
  const entities = async (subgraph: string, query: string, ids: string[], variables: Record<string, unknown> = {}): Promise<any[]> =>
    ids.length ? (await ask(subgraph, query, { representations: ids.map((id) => ({ __typename: 'Organisation', id })), ...variables }))._entities : [];
  const { organisation } = await ask('organisations', DIRECT_STREET, { id: street.id });
  const communities = organisation.children.edges.map((e: any) => e.node);
  const ids: string[] = communities.map((c: any) => c.id);
  const withNames = async (of: any[], refs: (o: any) => any[], query: string) => {
    const byId = new Map<string, unknown>(
      (await entities('organisations', query, [...new Set(of.flatMap(refs).map((r) => r.id as string))])).map((o) => [o.id, o]),
    );
    for (const ref of of.flatMap(refs)) Object.assign(ref, byId.get(ref.id));
    return of;
  };
  const [agreementsOf, checkInsOf, meetingsOf] = await Promise.all([
    entities('agreements', DIRECT_AGREEMENTS, ids).then((of) => withNames(of, (o) => o.agreements.edges.map((e: any) => e.node.partner), DIRECT_PARTNERS)),
    entities('checkins', DIRECT_CHECKINS, ids, { year: yearOf(context.today) }),
    entities('meetings', DIRECT_MEETINGS, ids).then((of) => withNames(of, (o) => o.openActionItems.edges.map((e: any) => e.node.owner), DIRECT_OWNERS)),
  ]);
  communities.forEach((community: any, k: number) => Object.assign(community, agreementsOf[k], checkInsOf[k], meetingsOf[k]));
  return { organisation };
}

/** The year of the check-in figures: this year's, as of the bench's today. */
const yearOf = (today: string) => Number(today.slice(0, 4));

function sqlVariant(context: BenchContext, databaseUrl: string): Variant {
  const statements = context.targets.streets.map((s) => networkSql(s.id, context.today));
  let usePgbench: boolean | undefined;
  return {
    name: 'sql',
    prepare: async () => void (usePgbench ??= (await pgbenchVersion()) !== undefined),
    run: (clients, seconds) =>
      usePgbench ? runPgbench({ databaseUrl, clients, seconds, statements }, context.cores) : runPgPool({ databaseUrl, clients, seconds, statements }),
    sample: async () => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        return (await client.query(statements[0])).rows[0].data;
      } finally {
        await client.end();
      }
    },
  };
}

/** The `data` of a GraphQL answer, or an error saying what was wrong with it. */
export function answerOf(response: { status: number; text: string }): unknown {
  const problem = graphqlProblem(response.status, response.text);
  if (problem) throw new Error(problem);
  return (JSON.parse(response.text) as { data: unknown }).data;
}
