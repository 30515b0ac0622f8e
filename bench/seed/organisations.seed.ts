import { organisationsSubgraph } from '../../subgraphs/organisations/organisations.subgraph';
import { allOrganisations, momentOn, shiftDate } from './city.model';
import type { SeedContext, SubgraphSeed, TableRows } from './seed.types';

const SCHEMA = organisationsSubgraph.storage.schema;
const enumType = (name: string) => `"${SCHEMA}"."${name}"`;

/** The organisations subgraph's tables: the tree planned in `city.plan.ts` and the committee seats. */
export const organisationsSeed: SubgraphSeed = {
  subgraph: 'organisations',
  tables: (context) => [organisationRows(context), seatRows(context)],
};

function organisationRows({ city, asOf }: SeedContext): TableRows {
  const organisations = allOrganisations(city);
  // The tree was entered when the hub went live, a few years back.
  const created = momentOn(shiftDate(asOf, -1200));
  return {
    table: 'organisation',
    columns: [
      { name: 'id', type: 'uuid' },
      { name: 'code', type: 'text' },
      { name: 'name', type: 'text' },
      { name: 'kind', type: enumType('organisation_kind') },
      { name: 'parent_id', type: 'uuid' },
      { name: 'path', type: 'text' },
      { name: 'depth', type: 'int' },
      { name: 'sector', type: enumType('unit_sector') },
      { name: 'address', type: 'text' },
      { name: 'created_at', type: 'timestamptz' },
      { name: 'updated_at', type: 'timestamptz' },
    ],
    count: organisations.length,
    rows: organisations.map((o) => [o.id, o.code, o.name, o.kind, o.parent?.id ?? null, o.path, o.depth, o.sector, o.address, created, created]),
  };
}

function seatRows({ city }: SeedContext): TableRows {
  return {
    table: 'committee_seat',
    columns: [
      { name: 'id', type: 'uuid' },
      { name: 'committee_id', type: 'uuid' },
      { name: 'holder_name', type: 'text' },
      { name: 'role', type: enumType('seat_role') },
      { name: 'holder_unit_id', type: 'uuid' },
      { name: 'term_start', type: 'date' },
      { name: 'term_end', type: 'date' },
      { name: 'created_at', type: 'timestamptz' },
      { name: 'updated_at', type: 'timestamptz' },
    ],
    count: city.seats.length,
    rows: city.seats.map((s) => [
      s.id,
      s.committee.id,
      s.holderName,
      s.role,
      s.holderUnit?.id ?? null,
      s.termStart,
      s.termEnd,
      momentOn(s.termStart),
      momentOn(s.termEnd ?? s.termStart),
    ]),
  };
}
