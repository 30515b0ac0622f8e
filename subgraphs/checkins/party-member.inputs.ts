import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../platform/graphql/scalars';
import { PageArgs } from '../../platform/pagination/connection';

@InputType({ description: '录入党员 (input to enter an in-service party member).' })
export class EnterPartyMemberInput {
  @Field({ description: '姓名 (name).' })
  name!: string;

  @Field({ description: '身份证号码 (18-character resident identity number, with its check digit); stored encrypted.' })
  identityNumber!: string;

  @Field(() => ID, { description: "工作单位党组织编号 (the unit party organisation of the member's employer)." })
  employerId!: string;

  @Field(() => ID, { description: '居住社区编号 (the community party committee where the member lives).' })
  residentialCommunityId!: string;

  @Field(() => String, { nullable: true, description: '手机号 (phone).' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: '家庭住址 (home address).' })
  homeAddress?: string | null;

  @Field(() => LocalDate, { nullable: true, description: '入党日期 (the day the member joined the party).' })
  joinedPartyOn?: string | null;
}

@InputType({ description: "更正党员联系方式 (input to correct a member's contact data): omitted fields stay as they are; an empty text removes a value." })
export class UpdatePartyMemberInput {
  @Field(() => ID, { description: '党员编号 (id of the member).' })
  id!: string;

  @Field(() => Int, { description: '版本 (the version you read).' })
  version!: number;

  @Field(() => String, { nullable: true, description: '姓名 (name).' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: '手机号 (phone).' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: '家庭住址 (home address).' })
  homeAddress?: string | null;
}

@InputType({ description: '党员筛选 (filter of party members).' })
export class PartyMemberFilter {
  @Field(() => ID, { nullable: true, description: '居住社区 (members living in this community).' })
  communityId?: string;

  @Field(() => ID, { nullable: true, description: '工作单位 (members working in this unit).' })
  employerId?: string;

  @Field({ nullable: true, description: '是否已报到 (true: with a confirmed registration; false: with none pending or confirmed).' })
  registered?: boolean;
}

@ArgsType()
export class PartyMemberListArgs extends PageArgs {
  @Field(() => PartyMemberFilter, { nullable: true, description: '筛选 (filter).' })
  filter?: PartyMemberFilter;
}
