import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: '单位报到 (input for a unit party organisation to report to the community or street where it sits).' })
export class RegisterUnitInput {
  @Field(() => ID, { description: '单位党组织编号 (your unit party organisation).' })
  unitId!: string;

  @Field(() => ID, { description: '报到组织编号 (the community party committee or street working committee whose area the unit sits in).' })
  hostId!: string;

  @Field({ description: '联系人 (contact person).' })
  contactName!: string;

  @Field({ description: '联系电话 (contact phone).' })
  contactPhone!: string;

  @Field(() => [String], { nullable: true, description: '可提供的资源与服务 (what the unit offers).' })
  offers?: string[] | null;
}
