import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '../../platform/pagination/connection';
import { UnitSector } from './public/unit-sector';
import { OrganisationKind } from './public/organisation-kind';

@InputType({ description: '新建党组织 (input to create an organisation).' })
export class CreateOrganisationInput {
  @Field({ description: '组织代码 (code): 1 to 64 of A-Z, 0-9, "-" and "_", unique in the network.' })
  code!: string;

  @Field({ description: '名称 (name).' })
  name!: string;

  @Field(() => OrganisationKind, { description: '类别 (kind).' })
  kind!: OrganisationKind;

  @Field(() => ID, { nullable: true, description: '上级组织编号 (parent id): required for every kind but a district committee.' })
  parentId?: string | null;

  @Field(() => UnitSector, { nullable: true, description: '单位类别 (sector): required for unit party organisations.' })
  sector?: UnitSector | null;

  @Field(() => String, { nullable: true, description: '地址 (address).' })
  address?: string | null;
}

@InputType({ description: '修改党组织 (input to change an organisation): omitted fields stay as they are.' })
export class UpdateOrganisationInput {
  @Field(() => ID, { description: '编号 (id of the organisation to change).' })
  id!: string;

  @Field(() => Int, { description: '版本 (the version you read): a stale one is refused with CONFLICT.' })
  version!: number;

  @Field({ nullable: true, description: '组织代码 (new code).' })
  code?: string;

  @Field({ nullable: true, description: '名称 (new name).' })
  name?: string;

  @Field(() => UnitSector, { nullable: true, description: '单位类别 (new sector), for unit party organisations.' })
  sector?: UnitSector;

  @Field(() => String, { nullable: true, description: '地址 (new address); an empty string clears it.' })
  address?: string;
}

@InputType({ description: '调整隶属关系 (input to move an organisation and its subtree under a new parent).' })
export class MoveOrganisationInput {
  @Field(() => ID, { description: '编号 (id of the organisation to move).' })
  id!: string;

  @Field(() => Int, { description: '版本 (the version you read).' })
  version!: number;

  @Field(() => ID, { description: '新上级组织编号 (id of the new parent).' })
  newParentId!: string;
}

@InputType({ description: '党组织筛选条件 (filter for the organisation list); all given conditions apply.' })
export class OrganisationFilter {
  @Field(() => OrganisationKind, { nullable: true, description: '类别 (only this kind).' })
  kind?: OrganisationKind;

  @Field(() => ID, { nullable: true, description: '上级组织编号 (only direct children of this organisation).' })
  parentId?: string;

  @Field(() => ID, { nullable: true, description: '所属范围 (only this organisation and everything below it).' })
  subtreeOf?: string;

  @Field({ nullable: true, description: '名称包含 (only names containing this text).' })
  nameContains?: string;
}

@ArgsType()
export class KindPageArgs extends PageArgs {
  @Field(() => OrganisationKind, { nullable: true, description: '类别 (only this kind).' })
  kind?: OrganisationKind;
}
