import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../platform/graphql/scalars';
import { PageArgs } from '../../platform/pagination/connection';
import { AgreementStatus } from './agreement.entity';
import { Commitment, Need, ProjectInput, Resource } from './agreement-lists';

@InputType({ description: '登记共建协议 (input to register an agreement).' })
export class RegisterAgreementInput {
  @Field(() => ID, { description: '共建组织编号 (the street or community committee, in whose area the unit sits).' })
  committeeId!: string;

  @Field(() => ID, { description: '共建单位编号 (the unit party organisation registering).' })
  partnerId!: string;

  @Field({ description: '协议名称 (title).' })
  title!: string;

  @Field(() => LocalDate, { nullable: true, description: '签订日期 (signing date).' })
  signingDate?: string | null;

  @Field(() => LocalDate, { description: '开始日期 (first day of the term).' })
  validFrom!: string;

  @Field(() => LocalDate, { description: '结束日期 (last day of the term), not before the first.' })
  validTo!: string;

  @Field(() => [Commitment], { defaultValue: [], description: '承诺事项 (commitments).' })
  commitments!: Commitment[];

  @Field(() => [Resource], { defaultValue: [], description: '资源清单 (resources the unit offers).' })
  resources!: Resource[];

  @Field(() => [Need], { defaultValue: [], description: '需求清单 (needs of the community).' })
  needs!: Need[];

  @Field(() => [ProjectInput], { defaultValue: [], description: '项目清单 (joint projects).' })
  projects!: ProjectInput[];
}

@InputType({ description: '变更协议内容 (input to amend an agreement): omitted fields stay as they are; a given list replaces the old one.' })
export class AmendAgreementInput {
  @Field({ nullable: true, description: '协议名称 (title).' })
  title?: string;

  @Field(() => LocalDate, { nullable: true, description: '结束日期 (last day of the term).' })
  validTo?: string;

  @Field(() => [Commitment], { nullable: true, description: '承诺事项 (commitments).' })
  commitments?: Commitment[];

  @Field(() => [Resource], { nullable: true, description: '资源清单 (resources).' })
  resources?: Resource[];

  @Field(() => [Need], { nullable: true, description: '需求清单 (needs).' })
  needs?: Need[];

  @Field(() => [ProjectInput], { nullable: true, description: "项目清单 (projects; keep a project's id to keep its progress)." })
  projects?: ProjectInput[];
}

@ArgsType()
export class AgreementRef {
  @Field(() => ID, { description: '协议编号 (id of the agreement).' })
  id!: string;

  @Field(() => Int, { description: '版本 (the version you read).' })
  version!: number;
}

@ArgsType()
export class AgreementListArgs extends PageArgs {
  @Field(() => AgreementStatus, { nullable: true, description: '状态 (only agreements with this status today).' })
  status?: AgreementStatus;
}
