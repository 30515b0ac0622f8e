import { UseMiddleware, type MiddlewareFn } from 'type-graphql';
import type { RequestContext } from '../context/request-context';
import type { Permission, Target } from './access';

/**
 * Marks a field as personal data (phone, identity number, home address): the value is shown only
 * to callers with `permission` over the record's `target`; others get it masked (when a partial
 * form is useful) or null, and the query still succeeds. The field must be nullable.
 *
 * For a party member: `{ PARTY_MEMBER: 'self', COMMUNITY_STAFF: 'subtree', PARTNER_UNIT: 'own' }`
 * with the target `{ memberId, organisationPath: <community path>, organisationId: <unit id> }`;
 * `targetOf` also gets the request's context, for targets found by asking (where a community sits).
 */
export function Personal<TRoot>(
  permission: Permission,
  targetOf: (root: TRoot, context: RequestContext) => Target | Promise<Target>,
  mask?: (value: string) => string,
) {
  const middleware: MiddlewareFn<RequestContext> = async ({ root, context }, next) => {
    const value = await next();
    if (value === null || value === undefined) return value;
    if (await context.access.allows(permission, await targetOf(root as TRoot, context))) return value;
    return mask ? mask(String(value)) : null;
  };
  return UseMiddleware(middleware);
}

/** 138****5678: enough to recognise a number, not to call it. */
export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}` : '*'.repeat(phone.length);
}

/** 110***********123X: region and check digits only. */
export function maskIdentityNumber(id: string): string {
  return id.length > 7 ? `${id.slice(0, 3)}${'*'.repeat(id.length - 7)}${id.slice(-4)}` : '*'.repeat(id.length);
}
