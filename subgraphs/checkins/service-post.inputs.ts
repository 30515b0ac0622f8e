import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: '开设服务岗位 (open a service post in a community).' })
export class OpenServicePostInput {
  @Field(() => ID, { description: '社区党组织编号 (the community party committee offering it).' })
  communityId!: string;

  @Field({ description: '岗位类别 (category, e.g. 政策宣传).' })
  category!: string;

  @Field({ description: '岗位名称 (title).' })
  title!: string;

  @Field({ description: '岗位说明 (what the role asks).' })
  description!: string;

  @Field(() => Int, { description: '岗位容量 (how many members it takes at once: 1 to 500).' })
  capacity!: number;
}
