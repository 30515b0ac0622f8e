import { registerEnumType } from 'type-graphql';

/** The roles of committee seats: one enum for the organisations subgraph and the demo data. */
export enum SeatRole {
  SECRETARY = 'SECRETARY',
  DEPUTY_SECRETARY = 'DEPUTY_SECRETARY',
  FULL_TIME_MEMBER = 'FULL_TIME_MEMBER',
  PART_TIME_MEMBER = 'PART_TIME_MEMBER',
}

registerEnumType(SeatRole, {
  name: 'SeatRole',
  description: '委员职务 (role of a committee seat).',
  valuesConfig: {
    SECRETARY: { description: '书记 (secretary).' },
    DEPUTY_SECRETARY: { description: '副书记 (deputy secretary).' },
    FULL_TIME_MEMBER: { description: '专职委员 (full-time member).' },
    PART_TIME_MEMBER: { description: '兼职委员 (part-time member, a leader of a department or resident unit).' },
  },
});
