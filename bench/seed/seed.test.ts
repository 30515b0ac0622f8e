import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from '@jest/globals';
import { allOrganisations, type CityOrganisation } from './city.model';
import { TREE_SIZES } from './city.plan';
import { AGREEMENTS } from './agreements.seed';
import { MEETINGS } from './meetings.seed';
import { IdentityNumberCipher } from '../../subgraphs/checkins/identity-number';
import { generateCity } from './seed.runner';

/** The city generator: the same city for the same seed and day, shaped as the subgraphs' rules demand. */
const AS_OF = '2026-03-15';
const TEST_MEMBER_DATA_KEY = 'seed-test-member-data-key-of-32-characters';

/** The city's rows, with identity numbers decrypted: their ciphertexts differ on every run (a fresh IV each), as in the hub. */
function fingerprint(seed?: number): string {
  const { tables } = generateCity('tiny', AS_OF, seed, TEST_MEMBER_DATA_KEY);
  const cipher = new IdentityNumberCipher(TEST_MEMBER_DATA_KEY);
  const hash = createHash('sha256');
  for (const { subgraph, rows } of tables) {
    const encrypted = rows.columns.findIndex((c) => c.name === 'identity_number_cipher');
    const plain = [...rows.rows].map((row) => (encrypted < 0 ? row : row.map((value, i) => (i === encrypted ? cipher.decrypt(value as string) : value))));
    hash.update(`${subgraph}.${rows.table}:${JSON.stringify(plain)}\n`);
  }
  return hash.digest('hex');
}

const rowsOf = (table: string) => {
  const found = generateCity('tiny', AS_OF, undefined, TEST_MEMBER_DATA_KEY).tables.find((t) => t.rows.table === table)!.rows;
  const names = found.columns.map((c) => c.name);
  return [...found.rows].map((row) => Object.fromEntries(names.map((n, i) => [n, row[i]])));
};

describe('the city generator', () => {
  test('generates exactly the same rows for the same seed and day, and another city for another seed', () => {
    assert.equal(fingerprint(), fingerprint());
    assert.notEqual(fingerprint(7), fingerprint());
  });

  test('has the numbers of its scale, and every organisation sits where the tree rules allow', () => {
    const { city } = generateCity('tiny', AS_OF, undefined, TEST_MEMBER_DATA_KEY);
    const size = TREE_SIZES.tiny;
    assert.deepEqual(
      [city.districts, city.streets, city.communities, city.grids, city.units].map((list) => list.length),
      [size.districts, size.streets, size.communities, size.grids, size.units],
    );
    const allowed: Record<string, string[]> = {
      STREET_WORKING_COMMITTEE: ['DISTRICT_COMMITTEE'],
      COMMUNITY_PARTY_COMMITTEE: ['STREET_WORKING_COMMITTEE'],
      AREA_JOINT_PARTY_ORGANISATION: ['COMMUNITY_PARTY_COMMITTEE'],
      GRID_PARTY_BRANCH: ['COMMUNITY_PARTY_COMMITTEE', 'AREA_JOINT_PARTY_ORGANISATION'],
      BUILDING_PARTY_GROUP: ['GRID_PARTY_BRANCH'],
      UNIT_PARTY_ORGANISATION: ['STREET_WORKING_COMMITTEE', 'COMMUNITY_PARTY_COMMITTEE'],
    };
    const organisations = allOrganisations(city);
    for (const o of organisations.filter((x): x is CityOrganisation & { parent: CityOrganisation } => x.parent !== null)) {
      assert.ok(allowed[o.kind].includes(o.parent.kind), `${o.code} (${o.kind}) under ${o.parent.kind}`);
      assert.equal(o.path, `${o.parent.path}${o.id}/`);
    }
    assert.equal(new Set(organisations.map((o) => o.code)).size, organisations.length, 'codes are unique');
    assert.ok(
      organisations.every((o) => /[\u4e00-\u9fff]/.test(o.name)),
      'names are Chinese',
    );
  });

  test('agreements join a unit to the committee of its area, with unique numbers the sequence continues after', () => {
    const { city } = generateCity('tiny', AS_OF, undefined, TEST_MEMBER_DATA_KEY);
    const byId = new Map(allOrganisations(city).map((o) => [o.id, o]));
    const agreements = rowsOf('agreement');
    assert.equal(agreements.length, AGREEMENTS.tiny);
    for (const a of agreements) {
      const [committee, partner] = [byId.get(a.committee_id as string)!, byId.get(a.partner_id as string)!];
      assert.equal(partner.kind, 'UNIT_PARTY_ORGANISATION');
      assert.ok(['STREET_WORKING_COMMITTEE', 'COMMUNITY_PARTY_COMMITTEE'].includes(committee.kind));
      assert.ok(partner.path.startsWith(committee.path), `${a.number}: the partner sits in the committee's area`);
      assert.ok((a.valid_from as string) <= (a.valid_to as string));
    }
    assert.equal(new Set(agreements.map((a) => a.number)).size, agreements.length, 'numbers are unique');
    const last = new Map(rowsOf('agreement_number_sequence').map((s) => [`${s.district_id}:${s.year}`, s.last as number]));
    for (const a of agreements) {
      const [, year, n] = /^[A-Z]+-(\d{4})-(\d{4})$/.exec(a.number as string)!;
      const district = byId.get(a.committee_id as string)!.path.split('/')[1];
      assert.ok(Number(n) <= last.get(`${district}:${year}`)!, `${a.number} is within its sequence`);
    }
    const running = agreements.filter((a) => a.stored_status === 'ACTIVE' && (a.valid_to as string) >= AS_OF);
    assert.ok(running.length > agreements.length / 10, 'some agreements are active today');
  });

  test('meetings are convened by streets and communities, invite units of their district, and date their action items sensibly', () => {
    const { city } = generateCity('tiny', AS_OF, undefined, TEST_MEMBER_DATA_KEY);
    const byId = new Map(allOrganisations(city).map((o) => [o.id, o]));
    const meetings = rowsOf('joint_meeting');
    assert.equal(meetings.length, MEETINGS.tiny);
    const meetingById = new Map(meetings.map((m) => [m.id, m]));
    for (const m of meetings) {
      assert.ok(['STREET_WORKING_COMMITTEE', 'COMMUNITY_PARTY_COMMITTEE'].includes(byId.get(m.convener_id as string)!.kind));
      assert.equal(m.status === 'SCHEDULED', (m.meeting_date as string) >= AS_OF, `${m.meeting_date} ${m.status}`);
    }
    for (const a of rowsOf('meeting_attendance')) {
      const unit = byId.get(a.unit_id as string)!;
      const convener = byId.get(meetingById.get(a.meeting_id)!.convener_id as string)!;
      assert.equal(unit.kind, 'UNIT_PARTY_ORGANISATION');
      assert.equal(unit.path.split('/')[1], convener.path.split('/')[1], 'invited from the same district');
      assert.equal(a.status === 'NOT_RECORDED', meetingById.get(a.meeting_id)!.status !== 'HELD');
    }
    const items = rowsOf('action_item');
    assert.ok(items.length > MEETINGS.tiny, 'several action items a meeting');
    for (const i of items) {
      assert.ok((i.due_date as string) >= (i.assigned_on as string));
      if (i.completed_on) assert.ok((i.completed_on as string) > (i.assigned_on as string) && (i.completed_on as string) <= AS_OF);
      assert.equal(i.status === 'DONE', i.completed_on !== null);
    }
    const statuses = new Set(items.map((i) => i.status));
    assert.deepEqual([...statuses].sort(), ['DONE', 'DROPPED', 'IN_PROGRESS', 'OPEN']);
    assert.ok(
      items.some((i) => ['OPEN', 'IN_PROGRESS'].includes(i.status as string) && (i.due_date as string) < AS_OF),
      'some are overdue',
    );
  });
});
