import type { GraphQLSchema } from 'graphql';
import { Extensions, UseMiddleware, type MiddlewareFn } from 'type-graphql';
import type { RequestContext } from '../context/request-context';
import type { Permission } from './access';

/** Where `Requires` leaves the names of its permissions on the field, for the check below. */
const EXTENSION = 'requiresPermissions';

/**
 * Names the permissions a resolver serves (any one of them will do): a role that has none of them
 * is refused with ROLE_NOT_PERMITTED before the arguments are read, any input is validated or
 * anything is looked up. Whether the target lies within the caller's reach is the service's to
 * ask (`access.require`) once it knows the target.
 */
export function Requires(...permissions: [Permission, ...Permission[]]): MethodDecorator {
  const middleware: MiddlewareFn<RequestContext> = ({ context }, next) => {
    context.access.requireRole(...permissions);
    return next();
  };
  return (target, key, descriptor) => {
    UseMiddleware(middleware)(target, key, descriptor);
    Extensions({ [EXTENSION]: permissions.map((p) => p.name) })(target, key, descriptor);
  };
}

/** Every mutation must name its permissions: a subgraph that forgets one does not start. */
export function assertMutationsRequirePermissions(schema: GraphQLSchema): void {
  const fields = Object.values(schema.getMutationType()?.getFields() ?? {});
  const unguarded = fields.filter((field) => !field.extensions?.[EXTENSION]).map((field) => field.name);
  if (unguarded.length) throw new Error(`Mutations without @Requires(permission): ${unguarded.join(', ')}`);
}
