import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginSchemaReportingDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';

/**
 * The hub runs on government networks and calls nothing its operator did not configure. Apollo
 * Server reports usage to Apollo's servers whenever APOLLO_KEY and APOLLO_GRAPH_REF are in the
 * environment, and the schema when APOLLO_SCHEMA_REPORTING is; these plugins switch both off
 * whatever the environment says.
 */
export function noVendorReporting<TContext extends BaseContext>(): ApolloServerPlugin<TContext>[] {
  return [ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginSchemaReportingDisabled()];
}
