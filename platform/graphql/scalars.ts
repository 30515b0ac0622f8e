import { GraphQLLocalDate } from 'graphql-scalars';

/**
 * The scalars every subgraph shares. Composition needs one definition per name across the graph,
 * so subgraphs take them from here rather than choosing their own.
 * `LocalDate` is a calendar date, `YYYY-MM-DD` (terms, signing dates, due dates).
 * Instants use type-graphql's default for `Date`: `DateTimeISO`.
 */
export const LocalDate = GraphQLLocalDate;
