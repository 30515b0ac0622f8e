/**
 * The physical floor of journey 1: one hand-written statement that builds, as JSON, exactly the
 * `data` of NETWORK_QUERY (network.queries.ts) for one street, from both subgraphs' tables. The
 * bench checks that it equals the gateway's answer before timing anything.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function networkSql(streetId: string, today: string): string {
  if (!UUID.test(streetId) || !DATE.test(today)) throw new Error('a street id and a date are needed');
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
          'agreementSummary', ${summary}, 'agreements', ${agreements})) order by c.code, c.id)
        from (select * from organisations.organisation c where c.parent_id = s.id and c.kind = 'COMMUNITY_PARTY_COMMITTEE' order by c.code, c.id limit 20) c), '[]'::json))`;
  return `select json_build_object('organisation', (select json_build_object('id', s.id, 'code', s.code, 'name', s.name,
      'seats', ${seats}, 'children', ${communities}) from organisations.organisation s where s.id = '${streetId}')) as data`;
}
