import { Entity, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../platform/orm/base.entity';

/**
 * A community's volunteer team (志愿服务队), organised by interest (policy outreach, mediation,
 * patrol, elderly care…); confirmed members join the teams matching their interests.
 */
@ObjectType('VolunteerTeam', { description: "志愿服务队 (VolunteerTeam): a community's team of member volunteers, by interest." })
@Entity({ tableName: 'volunteer_team' })
@Unique({ properties: ['communityId', 'name'] })
export class VolunteerTeam extends BaseEntity {
  @Property({ type: 'uuid' })
  communityId!: string;

  @Field({ description: '名称 (name).' })
  @Property({ length: 100 })
  name!: string;

  @Field({ description: "服务领域 (the interest it serves, matched against members' interests)." })
  @Property({ length: 50 })
  interest!: string;
}

/** A member in a volunteer team, from a confirmed registration (ended when the registration closes). */
@Entity({ tableName: 'volunteer_team_member' })
@Unique({ properties: ['teamId', 'registrationId'] })
@Index({ properties: ['registrationId'] })
export class VolunteerTeamMember extends BaseEntity {
  @Property({ type: 'uuid' })
  teamId!: string;

  @Property({ type: 'uuid' })
  registrationId!: string;

  @Property({ type: 'uuid' })
  memberId!: string;
}
