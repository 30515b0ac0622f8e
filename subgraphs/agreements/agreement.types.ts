import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../platform/pagination/connection';
import { OrganisationReference } from '../organisations/public';
import { Agreement } from './agreement.entity';
import { Need, Resource } from './agreement-lists';

export const AgreementConnection = ConnectionType(Agreement, 'Agreement', '共建协议');

@ObjectType({ description: "共建协议概况 (AgreementSummary): counts over the organisation's active agreements, either side." })
export class AgreementSummary {
  organisationId!: string;

  @Field(() => Int, { description: '生效协议数 (active agreements).' })
  active!: number;

  @Field(() => Int, { description: '共建项目数 (projects in active agreements).' })
  projects!: number;

  @Field(() => Int, { description: '已完成项目数 (projects at 100% progress).' })
  projectsCompleted!: number;

  @Field(() => Int, { description: '未满足需求数 (needs not yet met).' })
  needsOpen!: number;
}

/**
 * A resource offered in the street, as brokering shows it: what is offered and by whom. The
 * agreement that lists it is shown only to those who may read that agreement by id.
 */
@ObjectType({ description: '可对接资源 (ResourceOffer): a resource offered in the same street, and who offers it.' })
export class ResourceOffer {
  @Field(() => Resource, { description: '资源 (the resource).' })
  resource!: Resource;

  @Field(() => OrganisationReference, { description: '提供单位 (the unit party organisation offering it).' })
  offeredBy!: OrganisationReference;

  @Field(() => OrganisationReference, { description: '共建组织 (the street or community committee whose agreement lists it).' })
  committee!: OrganisationReference;

  @Field(() => Agreement, { nullable: true, description: '所属协议 (the agreement listing it): null unless you may read that agreement.' })
  agreement!: Agreement | null;
}

@ObjectType({ description: '需求对接 (NeedMatch): an open need next to resources that could meet it.' })
export class NeedMatch {
  @Field(() => Need, { description: '需求 (the need).' })
  need!: Need;

  @Field(() => Agreement, { description: '需求所在协议 (the agreement listing the need).' })
  agreement!: Agreement;

  @Field(() => [ResourceOffer], { description: '同类资源 (same-category resources offered in the street).' })
  offers!: ResourceOffer[];
}

@ObjectType({ description: '导入错误 (ImportRowError): one problem in one row of an import file.' })
export class ImportRowError {
  @Field(() => Int, { description: '行号 (line in the file; the header is line 1).' })
  line!: number;

  @Field({ description: '列 (column, as headed in the file).' })
  column!: string;

  @Field({ description: '问题 (what is wrong).' })
  message!: string;
}

@ObjectType({ description: '导入结果 (ImportResult): all rows imported, or none and every problem listed.' })
export class ImportResult {
  @Field(() => Int, { description: '导入数 (agreements imported; 0 when any row has an error).' })
  imported!: number;

  @Field(() => [Agreement], { description: '导入的协议 (the agreements created).' })
  agreements!: Agreement[];

  @Field(() => [ImportRowError], { description: '错误 (every problem found, by row).' })
  errors!: ImportRowError[];
}

/**
 * One joint project of an agreement as other subgraphs link to it (an action item of a joint meeting
 * advances it): keyed by the agreement and the project within it, since a project keeps its id into
 * a renewal. `agreement` and `project` follow the agreement's read rule.
 */
@ObjectType({ description: '协议项目 (AgreementProject): a joint project of an agreement, as other parts of the graph link to it.' })
@Directive('@key(fields: "agreementId projectId")')
export class AgreementProject {
  @Field(() => ID, { description: '协议编号 (id of the agreement).' })
  agreementId!: string;

  @Field(() => ID, { description: '项目编号 (id of the project within the agreement).' })
  projectId!: string;
}
