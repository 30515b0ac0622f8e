import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * An agreement as a subgraph that does not own it knows it: by id alone. A subgraph adds its own
 * fields to `Agreement` with `@Resolver(() => AgreementReference)`, lists this class among its
 * types, and resolves references with `resolveAgreementReference`; the gateway joins the rest
 * (number, parties, lists) from the agreements subgraph, which applies its read rule.
 */
@ObjectType('Agreement', { description: '共驻共建协议 (Agreement), as seen by a subgraph that holds it by id.' })
@Directive('@key(fields: "id")')
export class AgreementReference {
  @Field(() => ID, { description: '编号 (id).' })
  id!: string;
}

/** The reference resolver of `AgreementReference`: the id is all there is to know here. */
export async function resolveAgreementReference(reference: { id: string }): Promise<AgreementReference> {
  return { id: reference.id };
}

/**
 * One joint project (共建项目) of an agreement, as another subgraph links to it: the agreement's id
 * and the project's id within it (a project keeps its id across amendments and into a renewal, so
 * the project id alone does not say which agreement). Return it from a field; the agreements
 * subgraph resolves the rest (`agreement`, `project`) with the read rule of the agreement.
 */
@ObjectType('AgreementProject', { description: '协议项目 (AgreementProject): a joint project of an agreement, linked from elsewhere.' })
@Directive('@key(fields: "agreementId projectId", resolvable: false)')
export class AgreementProjectReference {
  @Field(() => ID, { description: '协议编号 (id of the agreement).' })
  agreementId!: string;

  @Field(() => ID, { description: '项目编号 (id of the project within the agreement).' })
  projectId!: string;
}

export function agreementProjectReference(agreementId: string, projectId: string): AgreementProjectReference {
  return { agreementId, projectId };
}
