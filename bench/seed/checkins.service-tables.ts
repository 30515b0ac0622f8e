import { RULE_CODES } from '../../subgraphs/checkins/points.catalog';
import { momentOn } from './city.model';
import { BASE, enumType, mapped, table } from './checkins.columns';
import { ruleId, ruleOf, smallEarnings } from './checkins.ledger';
import { serviceRecords } from './checkins.records';
import type { CheckinsPlan } from './checkins.seed';
import type { Wish } from './checkins.service';
import type { SeedContext, TableRows } from './seed.types';

/** Posts and claims, wishes, the year's service records and the points ledger (streamed: millions of rows). */
export function serviceTables(plan: CheckinsPlan, context: SeedContext): TableRows[] {
  const claims = plan.posts.flatMap((p) => p.claims);
  const recordStream = () => serviceRecords(plan.records, context.random('checkins.records'));
  const earnings = smallEarnings(plan, context);
  return [
    table(
      'service_post',
      [
        ...BASE,
        ['community_id', 'uuid'],
        ['category', 'text'],
        ['title', 'text'],
        ['description', 'text'],
        ['capacity', 'int'],
        ['claimed_count', 'int'],
        ['closed_at', 'timestamptz'],
      ],
      plan.posts.map((p) => [
        p.id,
        momentOn(p.createdOn),
        momentOn(p.closedOn ?? p.createdOn),
        p.closedOn ? 2 : 1,
        p.community.id,
        p.template.category,
        p.template.title,
        p.template.description,
        p.template.capacity,
        p.claims.filter((c) => !c.releasedOn).length,
        p.closedOn ? momentOn(p.closedOn) : null,
      ]),
    ),
    table(
      'service_post_claim',
      [...BASE, ['post_id', 'uuid'], ['member_id', 'uuid'], ['claimed_at', 'timestamptz'], ['released_at', 'timestamptz']],
      claims.map((c) => [
        c.id,
        momentOn(c.claimedOn),
        momentOn(c.releasedOn ?? c.claimedOn),
        c.releasedOn ? 2 : 1,
        c.post.id,
        c.member.id,
        momentOn(c.claimedOn),
        c.releasedOn ? momentOn(c.releasedOn) : null,
      ]),
    ),
    wishTable(plan.wishes),
    table(
      'service_record',
      [
        ...BASE,
        ['member_id', 'uuid'],
        ['community_id', 'uuid'],
        ['kind', enumType('service_kind')],
        ['post_id', 'uuid'],
        ['wish_id', 'uuid'],
        ['activity', 'text'],
        ['source_key', 'text'],
        ['check_in_at', 'timestamptz'],
        ['check_out_at', 'timestamptz'],
        ['service_day', 'date'],
        ['minutes', 'int'],
        ['method', enumType('service_record_method')],
        ['recorded_by', 'text'],
      ],
      mapped(recordStream, (s) => [
        s.id,
        s.checkOutAt,
        s.checkOutAt,
        1,
        s.member.id,
        s.member.community.id,
        s.kind,
        s.postId,
        s.wishId,
        s.activity,
        s.postId ?? s.wishId ?? s.activity,
        s.checkInAt,
        s.checkOutAt,
        s.day,
        s.minutes,
        s.method,
        s.method === 'CODE' ? `member:${s.member.id}` : 'staff-seed',
      ]),
      plan.records.total,
    ),
    table(
      'points_entry',
      [
        ['id', 'uuid'],
        ['earner_kind', enumType('points_earner_kind')],
        ['earner_id', 'uuid'],
        ['unit_id', 'uuid'],
        ['community_id', 'uuid'],
        ['points', 'int'],
        ['rule_id', 'uuid'],
        ['rule_code', 'text'],
        ['rule_version', 'int'],
        ['source_kind', 'text'],
        ['source_key', 'text'],
        ['earned_on', 'date'],
        ['reason', 'text'],
        ['created_at', 'timestamptz'],
      ],
      {
        *[Symbol.iterator]() {
          yield* earnings;
          // One entry per record, in the same statement's terms as ServiceRecordService: round(minutes × points / 60).
          const hour = ruleOf(RULE_CODES.serviceHour);
          const r = context.random('checkins.points.records');
          for (const s of recordStream()) {
            const points = Math.round((s.minutes * hour.points) / 60);
            yield [
              r.uuid(),
              'MEMBER',
              s.member.id,
              s.member.employer.id,
              s.member.community.id,
              points,
              ruleId(hour.code),
              hour.code,
              1,
              'SERVICE_RECORD',
              s.id,
              s.day,
              null,
              s.checkOutAt,
            ];
          }
        },
      },
      earnings.length + plan.records.total,
    ),
  ];
}

function wishTable(wishes: Wish[]): TableRows {
  const at = (day: string | null, utc: string) => (day ? `${day}T${utc}:00.000Z` : null);
  return table(
    'wish',
    [
      ...BASE,
      ['community_id', 'uuid'],
      ['title', 'text'],
      ['description', 'text'],
      ['resident_name', 'text'],
      ['resident_contact', 'text'],
      ['status', enumType('wish_status')],
      ['step_due_on', 'date'],
      ['due_on', 'date'],
      ['assignee_kind', enumType('wish_assignee_kind')],
      ['assignee_id', 'uuid'],
      ['accepted_by_member_id', 'uuid'],
      ['accepted_by_unit_id', 'uuid'],
      ['posted_at', 'timestamptz'],
      ['dispatched_at', 'timestamptz'],
      ['accepted_at', 'timestamptz'],
      ['done_at', 'timestamptz'],
      ['outcome', 'text'],
      ['rating', 'smallint'],
      ['rating_comment', 'text'],
      ['rated_at', 'timestamptz'],
      ['withdrawn_at', 'timestamptz'],
      ['withdraw_reason', 'text'],
    ],
    wishes.map((w) => {
      const steps = [w.dispatchedOn, w.acceptedOn, w.doneOn, w.ratedOn, w.withdrawnOn].filter((d) => d !== null).length;
      const last = [
        at(w.postedOn, '01:00'),
        at(w.dispatchedOn, '02:00'),
        at(w.acceptedOn, '03:00'),
        at(w.doneOn, '06:00'),
        at(w.ratedOn, '08:00'),
        at(w.withdrawnOn, '07:00'),
      ]
        .filter((d): d is string => d !== null)
        .sort()
        .pop()!;
      return [
        w.id,
        at(w.postedOn, '01:00'),
        last,
        1 + steps,
        w.community.id,
        w.title,
        w.description,
        w.resident,
        w.contact,
        w.status,
        w.stepDueOn,
        w.dueOn,
        w.assigneeKind,
        w.assigneeId,
        w.acceptedByMember?.id ?? null,
        w.acceptedByUnit?.id ?? null,
        at(w.postedOn, '01:00'),
        at(w.dispatchedOn, '02:00'),
        at(w.acceptedOn, '03:00'),
        at(w.doneOn, '06:00'),
        w.doneOn ? `${w.title}，已办结，居民表示感谢。` : null,
        w.rating,
        w.rating ? (w.rating >= 4 ? '服务热情周到' : '基本满意') : null,
        at(w.ratedOn, '08:00'),
        at(w.withdrawnOn, '07:00'),
        w.withdrawnOn ? '居民已自行解决' : null,
      ];
    }),
  );
}
