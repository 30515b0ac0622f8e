/**
 * The physical floor of journey 1: one hand-written statement that builds, as JSON, exactly the
 * `data` of NETWORK_QUERY (network.queries.ts) for one street, from the tables of all four
 * subgraphs, with this year's check-in figures (`today`'s year in `timeZone`, as the hub counts it).
 * The bench checks that it equals the gateway's answer before timing anything.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const ZONE = /^[A-Za-z_]+(\/[A-Za-z_+-]+)*$/;

export function networkSql(streetId: string, today: string, timeZone = 'Asia/Shanghai'): string {
  if (!UUID.test(streetId) || !DATE.test(today) || !ZONE.test(timeZone)) throw new Error('a street id, a date and a time zone are needed');
  const active = `(a.committee_id = c.id or a.partner_id = c.id) and a.stored_status = 'ACTIVE' and a.valid_to >= date '${today}'`;
  const pick = (list: string, alias: string, fields: string[]) =>
    `(select coalesce(json_agg(json_build_object(${fields.map((f) => `'${f}', ${alias}->'${f}'`).join(', ')})), '[]'::json) from jsonb_array_elements(a.${list}) ${alias})`;
  const summary = `(select json_build_object(
      'active', count(*),
      'projects', coalesce(sum(jsonb_array_length(a.projects)), 0),
      'projectsCompleted', coalesce(sum((select count(*) from jsonb_array_elements(a.projects) p where (p->>'progress')::int >= 100)), 0),
      'needsOpen', coalesce(sum((select count(*) from jsonb_array_elements(a.needs) n where not (n->>'met')::boolean)), 0),
      'expiringWithin', count(*) filter (where a.valid_to <= date '${today}' + 90))
    from agreements.agreement a where ${active})`;
  const agreement = `json_build_object('id', a.id, 'number', a.number, 'title', a.title, 'status', 'ACTIVE', 'validFrom', a.valid_from, 'validTo', a.valid_to,
      'resources', ${pick('resources', 'r', ['category', 'description', 'quantity', 'unit'])},
      'needs', ${pick('needs', 'n', ['category', 'description', 'priority', 'met'])},
      'projects', ${pick('projects', 'p', ['title', 'progress', 'dueDate'])},
      'partner', json_build_object('id', pu.id, 'name', pu.name, 'sector', pu.sector))`;
  const agreements = `(select json_build_object('totalCount', coalesce(max(x.total), 0),
        'edges', coalesce(json_agg(json_build_object('node', x.node) order by x.valid_from, x.id) filter (where x.rn <= 30), '[]'::json))
      from (select a.valid_from, a.id, count(*) over () as total, row_number() over (order by a.valid_from, a.id) as rn, ${agreement} as node
            from agreements.agreement a join organisations.organisation pu on pu.id = a.partner_id where ${active}) x)`;
  const seats = `coalesce((select json_agg(json_build_object('holderName', cs.holder_name, 'role', cs.role, 'partTime', cs.role = 'PART_TIME_MEMBER',
        'termStart', cs.term_start, 'holderUnit', case when u.id is null then null else json_build_object('id', u.id, 'name', u.name) end)
        order by cs.role, cs.term_start, cs.id)
      from organisations.committee_seat cs left join organisations.organisation u on u.id = cs.holder_unit_id
      where cs.committee_id = s.id and cs.term_end is null), '[]'::json)`;
  const communities = `json_build_object(
      'totalCount', (select count(*) from organisations.organisation c where c.parent_id = s.id and c.kind = 'COMMUNITY_PARTY_COMMITTEE'),
      'edges', coalesce((select json_agg(json_build_object('node', json_build_object('id', c.id, 'code', c.code, 'name', c.name,
          'agreementSummary', ${summary}, 'agreements', ${agreements},
          'checkInSummary', ${checkInSummarySql(today, timeZone)}, 'jointMeetings', ${lastMeetingSql}, 'openActionItems', ${openActionItemsSql(today)})) order by c.code, c.id)
        from (select * from organisations.organisation c where c.parent_id = s.id and c.kind = 'COMMUNITY_PARTY_COMMITTEE' order by c.code, c.id limit 20) c), '[]'::json))`;
  return `select json_build_object('organisation', (select json_build_object('id', s.id, 'code', s.code, 'name', s.name,
      'seats', ${seats}, 'children', ${communities}) from organisations.organisation s where s.id = '${streetId}')) as data`;
}

/**
 * `checkInSummary(year)` of community `c`: registrations confirmed now, and the year's service and
 * wishes (a wish's instants counted by the year's bounds in the hub's time zone). Figures are
 * rounded in double precision as the subgraph rounds them (`Math.round(x * 100) / 100`).
 */
function checkInSummarySql(today: string, timeZone: string): string {
  const year = Number(today.slice(0, 4));
  const from = `(timestamp '${year}-01-01 00:00' at time zone '${timeZone}')`;
  const to = `(timestamp '${year + 1}-01-01 00:00' at time zone '${timeZone}')`;
  const round2 = (x: string) => `floor((${x})::float8 * 100 + 0.5) / 100`;
  return `json_build_object(
      'registeredMembers', (select count(*) from checkins.member_registration r where r.community_id = c.id and r.status = 'CONFIRMED'),
      'registeredUnits', (select count(*) from checkins.unit_registration u where u.host_id = c.id and u.status = 'CONFIRMED'),
      'serviceHours', (select ${round2('coalesce(sum(r.minutes), 0)::float8 / 60')} from checkins.service_record r
        where r.community_id = c.id and r.service_day between date '${year}-01-01' and date '${year}-12-31'),
      'serviceRecords', (select count(*) from checkins.service_record r
        where r.community_id = c.id and r.service_day between date '${year}-01-01' and date '${year}-12-31'),
      'wishesPosted', (select count(*) from checkins.wish w where w.community_id = c.id and w.posted_at >= ${from} and w.posted_at < ${to}),
      'wishesDone', (select count(*) from checkins.wish w
        where w.community_id = c.id and w.status in ('DONE', 'RATED') and w.done_at >= ${from} and w.done_at < ${to}),
      'averageRating', (select ${round2('avg(w.rating)')} from checkins.wish w
        where w.community_id = c.id and w.rating is not null and w.rated_at >= ${from} and w.rated_at < ${to}))`;
}

/** `jointMeetings(first: 1, status: HELD)` of community `c`: its latest held meeting and its attendance. */
const lastMeetingSql = `(select json_build_object('totalCount', (select count(*) from meetings.joint_meeting m where m.convener_id = c.id and m.status = 'HELD'),
      'edges', coalesce((select json_agg(json_build_object('node', json_build_object('id', m.id, 'title', m.title, 'meetingDate', m.meeting_date,
          'attendanceSummary', (select json_build_object('invited', count(*), 'present', count(*) filter (where a.status = 'PRESENT'),
              'quorum', count(*) filter (where a.status = 'PRESENT') * 2 > count(*))
            from meetings.meeting_attendance a where a.meeting_id = m.id))))
        from (select * from meetings.joint_meeting m where m.convener_id = c.id and m.status = 'HELD' order by m.starts_at desc, m.id desc limit 1) m), '[]'::json)))`;

/** `openActionItems(first: 5)` of community `c`: open and in-progress items of its meetings, the earliest due first, with their owners. */
function openActionItemsSql(today: string): string {
  const open = `i.convener_id = c.id and i.status in ('OPEN', 'IN_PROGRESS')`;
  return `(select json_build_object('totalCount', (select count(*) from meetings.action_item i where ${open}),
      'edges', coalesce((select json_agg(json_build_object('node', json_build_object('id', i.id, 'description', i.description, 'dueDate', i.due_date,
          'status', i.status, 'overdue', i.due_date < date '${today}', 'owner', json_build_object('id', ow.id, 'name', ow.name))) order by i.due_date, i.id)
        from (select * from meetings.action_item i where ${open} order by i.due_date, i.id limit 5) i
        join organisations.organisation ow on ow.id = i.owner_id), '[]'::json)))`;
}
