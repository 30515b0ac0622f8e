import { GraphQLScalarType } from 'graphql';
import { GraphQLDateTimeISO, GraphQLJSONObject, GraphQLLocalDate } from 'graphql-scalars';

/**
 * The scalars every subgraph shares. Composition needs one definition per name across the graph,
 * so subgraphs take them from here rather than choosing their own.
 */
const localDateConfig = GraphQLLocalDate.toConfig();
/** Dates already validated for output; a journey-1 answer serialises hundreds of the same few. */
const servedDates = new Set<string>();
/** Bounds the set (a process serves years of distinct dates at most: a few thousand). */
const SERVED_DATES_MAX = 20_000;

export const LocalDate = new GraphQLScalarType({
  ...localDateConfig,
  description: '日期 (calendar date) as `YYYY-MM-DD`: terms, signing dates, due dates.',
  // graphql-scalars builds a Date and an ISO string per value to validate it (2 % of the agreements
  // subgraph's CPU in journey 1); a string it accepted once is accepted again without that.
  serialize(value: unknown) {
    if (typeof value === 'string' && servedDates.has(value)) return value;
    const date = localDateConfig.serialize(value) as string;
    if (servedDates.size >= SERVED_DATES_MAX) servedDates.clear();
    servedDates.add(date);
    return date;
  },
});

/** What a `Date` property becomes in the schema. */
export const DateTime = new GraphQLScalarType({
  ...GraphQLDateTimeISO.toConfig(),
  name: 'DateTime',
  description: '时间 (instant) as ISO 8601 with a time zone, e.g. `2026-05-01T08:30:00.000Z`.',
});

/** A JSON object, for records whose shape varies (an audit entry's changes). */
export const JSONObject = new GraphQLScalarType({
  ...GraphQLJSONObject.toConfig(),
  description: 'JSON 对象 (a JSON object whose shape varies by record).',
});
