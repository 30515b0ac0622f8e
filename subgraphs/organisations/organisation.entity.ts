import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../platform/orm/base.entity';
import { OrganisationKind } from './public/organisation-kind';
import { UnitSector } from './public/unit-sector';

/**
 * A node of the district tree. The tree is kept as a materialised path (`/root-id/…/own-id/`)
 * in a column with byte-wise ("C") collation: a subtree is one range scan of a plain btree index
 * (`path > prefix and path < prefix || '~'`), ancestors are the ids in the path, and moving a subtree
 * is one UPDATE. It needs no extension (PGlite has no `ltree` by default) and no per-node recursion.
 */
@ObjectType({ description: "党组织 (Organisation): a node of the district tree or a resident unit's party organisation." })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'organisation' })
export class Organisation extends BaseEntity<'parentId' | 'sector' | 'address'> {
  @Field({ description: '组织代码 (code): unique in the network, chosen by the district.' })
  @Property({ unique: true, length: 64 })
  code!: string;

  @Field({ description: '名称 (name), e.g. 翠湖社区党委.' })
  @Property({ length: 200 })
  name!: string;

  @Field(() => OrganisationKind, { description: '类别 (kind).' })
  @Enum({ items: () => OrganisationKind, nativeEnumName: 'organisation_kind' })
  kind!: OrganisationKind;

  @Field(() => ID, { nullable: true, description: '上级组织编号 (parent id); null for a district committee.' })
  @Index()
  @Property({ type: 'uuid', nullable: true })
  parentId: string | null = null;

  /** `/root-id/…/own-id/`; see the class comment. Not part of the public schema. */
  @Index({ name: 'organisation_path_index' })
  @Property({ columnType: 'text collate "C"' })
  path!: string;

  @Field(() => Int, { description: '层级 (depth in the tree): 0 for a district committee.' })
  @Property()
  depth!: number;

  @Field(() => UnitSector, { nullable: true, description: '单位类别 (sector): for unit party organisations only.' })
  @Enum({ items: () => UnitSector, nullable: true, nativeEnumName: 'unit_sector' })
  sector: UnitSector | null = null;

  @Field(() => String, { nullable: true, description: '地址 (address of the organisation or unit).' })
  @Property({ length: 300, nullable: true })
  address: string | null = null;
}
