import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../platform/graphql/scalars';
import { SeatRole } from './public/seat-role';

@InputType({ description: '增设委员席位 (input to add a seat to a committee).' })
export class AddCommitteeSeatInput {
  @Field(() => ID, { description: '委员会编号 (id of a district, street, community or area committee).' })
  committeeId!: string;

  @Field({ description: '委员姓名 (name of the holder).' })
  holderName!: string;

  @Field(() => SeatRole, { description: '职务 (role).' })
  role!: SeatRole;

  @Field(() => ID, { nullable: true, description: '来源单位编号 (unit party organisation the holder comes from); required for part-time members.' })
  holderUnitId?: string | null;

  @Field(() => LocalDate, { description: '任期开始 (term start), YYYY-MM-DD.' })
  termStart!: string;
}

@InputType({ description: "结束委员任期 (input to end a seat's term)." })
export class EndCommitteeSeatInput {
  @Field(() => ID, { description: '席位编号 (id of the seat).' })
  id!: string;

  @Field(() => Int, { description: '版本 (the version you read).' })
  version!: number;

  @Field(() => LocalDate, { description: '任期结束 (term end), YYYY-MM-DD, not before the term start.' })
  termEnd!: string;
}

@ArgsType()
export class SeatsArgs {
  @Field({ defaultValue: false, description: '包括已结束的席位 (include seats whose term has ended).' })
  includeEnded!: boolean;
}
