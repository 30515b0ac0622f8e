import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * A party member as a subgraph that does not own members knows one: by id alone (for a field such
 * as `JointMeeting.attendees` that names members). The gateway joins the rest from checkins, which
 * applies its own read rule there.
 */
@ObjectType('PartyMember', { description: '在职党员 (PartyMember), as seen by a subgraph that holds it by id.' })
@Directive('@key(fields: "id", resolvable: false)')
export class PartyMemberReference {
  @Field(() => ID, { description: '编号 (id).' })
  id!: string;
}

/** The reference to the member with `id`, as a field of another subgraph's types returns it. */
export function partyMemberReference(id: string): PartyMemberReference {
  return { id };
}
