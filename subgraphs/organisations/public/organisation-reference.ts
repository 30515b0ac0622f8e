import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * An organisation as a subgraph that does not own it knows it: by id alone. A subgraph adds its own
 * fields to `Organisation` with `@Resolver(() => OrganisationReference)`, lists this class among
 * its types, and resolves references with `resolveOrganisationReference`; the gateway joins the
 * rest (name, kind…) from the organisations subgraph.
 */
@ObjectType('Organisation', { description: '党组织 (Organisation), as seen by a subgraph that holds it by id.' })
@Directive('@key(fields: "id")')
export class OrganisationReference {
  @Field(() => ID, { description: '编号 (id).' })
  id!: string;
}

/** The reference resolver of `OrganisationReference`: the id is all there is to know here. */
export async function resolveOrganisationReference(reference: { id: string }): Promise<OrganisationReference> {
  return { id: reference.id };
}

/** The reference to the organisation with `id`, as a field of this subgraph's own types returns it. */
export function organisationReference(id: string): OrganisationReference {
  return { id };
}
