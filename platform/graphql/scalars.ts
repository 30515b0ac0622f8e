import { GraphQLScalarType } from 'graphql';
import { GraphQLDateTimeISO, GraphQLJSONObject, GraphQLLocalDate } from 'graphql-scalars';

/**
 * The scalars every subgraph shares. Composition needs one definition per name across the graph,
 * so subgraphs take them from here rather than choosing their own.
 */
export const LocalDate = new GraphQLScalarType({
  ...GraphQLLocalDate.toConfig(),
  description: '日期 (calendar date) as `YYYY-MM-DD`: terms, signing dates, due dates.',
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
