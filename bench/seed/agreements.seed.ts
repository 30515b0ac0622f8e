import { agreementsSubgraph } from '../../subgraphs/agreements/agreements.subgraph';
import { districtOf, momentOn, shiftDate, type City, type CityOrganisation } from './city.model';
import { commitments, daysBetween, needs, projects, resources, type Term } from './agreements.lists';
import { spread, type Random } from './random';
import type { Scale, SubgraphSeed, TableRows } from './seed.types';

const SCHEMA = agreementsSubgraph.storage.schema;

export const AGREEMENTS: Record<Scale, number> = { tiny: 90, city: 20_000 };

/** Share of community units that also co-build with their street's working committee. */
const STREET_PARTNER_SHARE = 0.1;

type StoredStatus = 'DRAFT' | 'ACTIVE' | 'SUSPENDED' | 'TERMINATED';
/** How the latest term of a unit's agreements stands: most running, a few lapsed, ended or awaiting signature. */
type Latest = 'running' | 'suspended' | 'terminated' | 'lapsed' | 'renewal-pending';
const LATEST: ReadonlyArray<readonly [Latest, number]> = [
  ['running', 84],
  ['renewal-pending', 5],
  ['suspended', 3],
  ['terminated', 4],
  ['lapsed', 4],
];
const TERM_YEARS: ReadonlyArray<readonly [number, number]> = [
  [1, 30],
  [2, 40],
  [3, 30],
];

interface Planned {
  id: string;
  committee: CityOrganisation;
  partner: CityOrganisation;
  term: Term;
  status: StoredStatus;
  signingDate: string | null;
  registeredOn: string;
  renewalOfId: string | null;
  number?: string;
}

/**
 * Co-building agreements (共驻共建协议): every resident unit has a chain of terms with the committee
 * of the street or community where it sits, each renewing the one before; some community units also
 * co-build with their street. The chains add up to exactly the scale's number of agreements.
 */
export const agreementsSeed: SubgraphSeed = {
  subgraph: 'agreements',
  tables: (context) => {
    const planned = planAgreements(context.city, context.asOf, AGREEMENTS[context.scale], context.random('agreements.terms'));
    const sequences = numberAgreements(planned);
    const lists = context.random('agreements.lists');
    const reviews = context.random('agreements.reviews');
    return [agreementRows(planned, context.asOf, lists), reviewRows(planned, context.asOf, reviews), sequenceRows(sequences)];
  },
};

function planAgreements(city: City, asOf: string, total: number, r: Random): Planned[] {
  const pairs: Array<[CityOrganisation, CityOrganisation]> = [];
  for (const unit of city.units) {
    pairs.push([unit.parent!, unit]);
    if (unit.parent!.kind === 'COMMUNITY_PARTY_COMMITTEE' && r.chance(STREET_PARTNER_SHARE)) pairs.push([unit.parent!.parent!, unit]);
  }
  const lengths = spread(r, total, pairs.length, 1);
  return pairs.flatMap(([committee, partner], i) => chain(committee, partner, lengths[i], asOf, r));
}

/** One unit's terms with one committee, oldest first; the latest decides how the chain stands today. */
function chain(committee: CityOrganisation, partner: CityOrganisation, length: number, asOf: string, r: Random): Planned[] {
  const latest = r.weighted(LATEST);
  const years = r.weighted(TERM_YEARS);
  const days = years * 365;
  let validFrom: string;
  if (latest === 'renewal-pending') validFrom = shiftDate(asOf, r.int(1, 60));
  else if (latest === 'lapsed') validFrom = shiftDate(asOf, -days - r.int(1, 300));
  else validFrom = shiftDate(asOf, -r.int(0, days - 1));
  const terms: Planned[] = [];
  for (let k = 0; k < length; k++) {
    const termDays = k === 0 ? days : r.weighted(TERM_YEARS) * 365;
    const from = k === 0 ? validFrom : shiftDate(terms[0].term.validFrom, -termDays);
    const to = k === 0 ? shiftDate(from, termDays - 1) : shiftDate(terms[0].term.validFrom, -1);
    const status: StoredStatus =
      k > 0
        ? r.chance(0.05)
          ? 'TERMINATED'
          : 'ACTIVE'
        : ({ running: 'ACTIVE', suspended: 'SUSPENDED', terminated: 'TERMINATED', lapsed: 'ACTIVE', 'renewal-pending': 'DRAFT' } as const)[latest];
    const signingDate = status === 'DRAFT' ? null : shiftDate(from, -r.int(0, 20));
    const registeredOn = signingDate ? shiftDate(signingDate, -r.int(0, 30)) : shiftDate(asOf, -r.int(0, 30));
    const elapsed = Math.min(1, Math.max(0, daysBetween(from, asOf) / Math.max(1, daysBetween(from, to))));
    terms.unshift({ id: r.uuid(), committee, partner, term: { validFrom: from, validTo: to, elapsed }, status, signingDate, registeredOn, renewalOfId: null });
  }
  for (let k = 1; k < terms.length; k++) terms[k].renewalOfId = terms[k - 1].id;
  return terms;
}

/** Readable numbers run per district and registration year (YX-2025-0042), in registration order. */
function numberAgreements(planned: Planned[]): Map<string, { districtId: string; year: number; last: number }> {
  const sequences = new Map<string, { districtId: string; year: number; last: number }>();
  const ordered = planned.map((p, i) => ({ p, i, district: districtOf(p.committee) }));
  ordered.sort((a, b) => (a.p.registeredOn < b.p.registeredOn ? -1 : a.p.registeredOn > b.p.registeredOn ? 1 : a.i - b.i));
  for (const { p, district } of ordered) {
    const year = Number(p.registeredOn.slice(0, 4));
    const key = `${district.id}:${year}`;
    const sequence = sequences.get(key) ?? { districtId: district.id, year, last: 0 };
    sequence.last += 1;
    sequences.set(key, sequence);
    p.number = `${district.code}-${year}-${String(sequence.last).padStart(4, '0')}`;
  }
  return sequences;
}

const shortName = (o: CityOrganisation) => o.name.replace(/(党工委|党委|党总支|党支部)$/, '');

function agreementRows(planned: Planned[], asOf: string, r: Random): TableRows {
  const json = (name: string) => ({ name, type: 'jsonb' });
  const columns = [
    ...['id', 'number', 'committee_id', 'partner_id', 'title'].map((name) => ({ name, type: name.endsWith('id') ? 'uuid' : 'text' })),
    ...['signing_date', 'valid_from', 'valid_to'].map((name) => ({ name, type: 'date' })),
    { name: 'stored_status', type: `"${SCHEMA}"."agreement_status"` },
    ...['commitments', 'resources', 'needs', 'projects'].map(json),
    { name: 'renewal_of_id', type: 'uuid' },
    { name: 'renewed_by_id', type: 'uuid' },
    { name: 'created_at', type: 'timestamptz' },
    { name: 'updated_at', type: 'timestamptz' },
    { name: 'version', type: 'int' },
  ];
  // An agreement that was renewed names its renewal, as renewAgreement records it.
  const renewedBy = new Map(planned.filter((p) => p.renewalOfId).map((p) => [p.renewalOfId, p.id]));
  return {
    table: 'agreement',
    columns,
    count: planned.length,
    rows: planned.map((p): unknown[] => {
      const title = `${shortName(p.committee)}与${shortName(p.partner)}共驻共建协议（${p.term.validFrom.slice(0, 4)}—${p.term.validTo.slice(0, 4)}）`;
      const lists = [commitments(r), resources(r, p.partner.sector!), needs(r, p.term), projects(r, p.term, asOf)];
      const updated = momentOn(p.signingDate ?? p.registeredOn);
      const version = p.status === 'DRAFT' ? 1 : 2; // registered, then signed
      return [
        p.id,
        p.number,
        p.committee.id,
        p.partner.id,
        title,
        p.signingDate,
        p.term.validFrom,
        p.term.validTo,
        p.status,
        ...lists,
        p.renewalOfId,
        renewedBy.get(p.id) ?? null,
        momentOn(p.registeredOn),
        updated,
        version,
      ];
    }),
  };
}

const COMMENTS = ['履约情况良好，资源对接及时', '共建项目按期推进', '党员志愿服务参与度高', '需加强与社区的日常沟通', '需求响应较慢，需改进'];
const RATINGS: ReadonlyArray<readonly [number, number]> = [
  [5, 40],
  [4, 40],
  [3, 15],
  [2, 5],
];

/** The committee side's annual reviews (年度评议): most signed terms, once for each year-end they ran through. */
function reviewRows(planned: Planned[], asOf: string, r: Random): TableRows {
  const rows: unknown[][] = [];
  for (const p of planned) {
    if (!p.signingDate) continue;
    const last = p.term.validTo < asOf ? p.term.validTo : asOf;
    for (let year = Number(p.term.validFrom.slice(0, 4)); year <= Number(last.slice(0, 4)); year++) {
      const reviewedOn = `${year}-12-${String(r.int(10, 28)).padStart(2, '0')}`;
      if (reviewedOn < p.term.validFrom || reviewedOn > last || !r.chance(0.8)) continue;
      rows.push([r.uuid(), p.id, year, r.weighted(RATINGS), r.pick(COMMENTS), `staff-${r.int(100, 999)}`, momentOn(reviewedOn)]);
    }
  }
  return {
    table: 'agreement_review',
    columns: [
      { name: 'id', type: 'uuid' },
      { name: 'agreement_id', type: 'uuid' },
      { name: 'year', type: 'int' },
      { name: 'rating', type: 'int' },
      { name: 'comment', type: 'text' },
      { name: 'reviewed_by', type: 'text' },
      { name: 'reviewed_at', type: 'timestamptz' },
    ],
    count: rows.length,
    rows,
  };
}

/** Where each district's numbering stands, so agreements registered later take the next numbers. */
function sequenceRows(sequences: Map<string, { districtId: string; year: number; last: number }>): TableRows {
  const rows = [...sequences.values()].map((s) => [s.districtId, s.year, s.last]);
  return {
    table: 'agreement_number_sequence',
    columns: [
      { name: 'district_id', type: 'uuid' },
      { name: 'year', type: 'int' },
      { name: 'last', type: 'int' },
    ],
    count: rows.length,
    rows,
  };
}
