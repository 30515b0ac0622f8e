import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { identityNumberProblem, IdentityNumberCipher } from '../../subgraphs/checkins/identity-number';
import { POINTS_CATALOGUE } from '../../subgraphs/checkins/points.catalog';
import { allOrganisations, shiftDate } from './city.model';
import { MEMBERS } from './checkins.members';
import { WISHES } from './checkins.service';
import { generateCity } from './seed.runner';

/** The check-ins part of the city generator keeps the subgraph's rules, at the tiny scale. */
const AS_OF = '2026-03-15';
const KEY = 'checkins-seed-test-key-of-at-least-32-chars';
const cipher = new IdentityNumberCipher(KEY);
const { city, tables } = generateCity('tiny', AS_OF, undefined, KEY);
type Row = Record<string, unknown>;
const rows: Record<string, Row[]> = {};
const counts: Record<string, number> = {};
for (const { subgraph, rows: t } of tables) {
  if (subgraph !== 'checkins') continue;
  rows[t.table] = [...t.rows].map((row) => Object.fromEntries(t.columns.map((c, i) => [c.name, row[i]])));
  counts[t.table] = t.count;
}
const byId = (table: string) => new Map(rows[table].map((r) => [r.id as string, r]));
const day = (instant: unknown) => new Date(Date.parse(instant as string) + 8 * 3_600_000).toISOString().slice(0, 10);

describe('the check-ins generator', () => {
  test('announces exactly as many rows as it writes', () => {
    for (const [table, list] of Object.entries(rows)) assert.equal(list.length, counts[table], table);
  });

  test('stores valid, unique identity numbers only encrypted, hashed under the key the hub runs with', () => {
    const members = rows.party_member;
    assert.equal(members.length, MEMBERS.tiny);
    const communities = new Set(city.communities.map((c) => c.id));
    const units = new Set(city.units.map((u) => u.id));
    for (const m of members) {
      const number = cipher.decrypt(m.identity_number_cipher as string);
      assert.equal(identityNumberProblem(number, AS_OF), null, number);
      assert.equal(m.identity_number_hash, cipher.hash(number));
      assert.ok(communities.has(m.residential_community_id as string) && units.has(m.employer_id as string));
      assert.match(m.name as string, /^[\u4e00-\u9fff]{2,4}$/);
    }
    assert.equal(new Set(members.map((m) => m.identity_number_hash)).size, members.length);
    const onRosters = rows.roster_entry.map((e) => e.identity_number_hash);
    const hashes = new Set(members.map((m) => m.identity_number_hash));
    assert.ok(
      onRosters.some((h) => !hashes.has(h as string)),
      'some people on rosters never reported',
    );
  });

  test('registrations: at most one open a member, confirmed ones placed in their community, every status present', () => {
    const organisations = new Map(allOrganisations(city).map((o) => [o.id, o]));
    const open = rows.member_registration.filter((g) => g.status === 'PENDING' || g.status === 'CONFIRMED');
    assert.equal(new Set(open.map((g) => g.member_id)).size, open.length);
    for (const g of rows.member_registration.filter((x) => x.status === 'CONFIRMED')) {
      const placement = organisations.get(g.placement_id as string)!;
      assert.ok(placement.path.includes(`/${g.community_id}/`), 'placed in a grid or building of the community');
      assert.ok(['GRID_PARTY_BRANCH', 'BUILDING_PARTY_GROUP'].includes(placement.kind));
    }
    assert.deepEqual([...new Set(rows.member_registration.map((g) => g.status))].sort(), ['CLOSED', 'CONFIRMED', 'PENDING', 'REJECTED']);
    assert.deepEqual([...new Set(rows.leave_request.map((l) => l.status))].sort(), ['APPROVED', 'CANCELLED', 'REJECTED', 'REQUESTED']);
    const unitOpen = rows.unit_registration.filter((g) => g.status === 'PENDING' || g.status === 'CONFIRMED');
    assert.equal(new Set(unitOpen.map((g) => g.unit_id)).size, unitOpen.length);
  });

  test('every service record is by a member confirmed in that community before that day, once a day per thing served', () => {
    const confirmed = new Map(rows.member_registration.filter((g) => g.status === 'CONFIRMED').map((g) => [g.member_id as string, g]));
    const posts = byId('service_post');
    const wishes = byId('wish');
    const seen = new Set<string>();
    const records = rows.service_record;
    assert.ok(records.length > 5_000, `${records.length} records`);
    for (const s of records) {
      const registration = confirmed.get(s.member_id as string)!;
      assert.equal(registration.community_id, s.community_id);
      assert.ok(day(registration.decided_at) < (s.service_day as string), 'confirmed before the day served');
      assert.ok((s.service_day as string) < AS_OF && (s.service_day as string) >= shiftDate(AS_OF, -365));
      assert.equal(day(s.check_in_at), s.service_day, 'the service day is the day of check-in in China');
      assert.equal((Date.parse(s.check_out_at as string) - Date.parse(s.check_in_at as string)) / 60_000, s.minutes);
      if (s.post_id) assert.equal(posts.get(s.post_id as string)!.community_id, s.community_id);
      if (s.wish_id) assert.equal(wishes.get(s.wish_id as string)!.community_id, s.community_id);
      const key = `${s.member_id}|${s.kind}|${s.source_key}|${s.service_day}`;
      assert.ok(!seen.has(key), key);
      seen.add(key);
    }
    assert.deepEqual([...new Set(records.map((s) => s.kind))].sort(), ['ACTIVITY', 'POST', 'WISH']);
  });

  test('the points ledger has one entry per source, as the services earn them, under the seeded rules', () => {
    const rules = new Map(rows.points_rule.map((r) => [r.id as string, r]));
    assert.equal(rules.size, POINTS_CATALOGUE.length);
    const ledger = rows.points_entry;
    assert.equal(new Set(ledger.map((e) => `${e.source_kind}|${e.source_key}`)).size, ledger.length);
    for (const e of ledger) assert.equal(rules.get(e.rule_id as string)!.code, e.rule_code);
    const members = byId('party_member');
    const forRecord = new Map(ledger.filter((e) => e.source_kind === 'SERVICE_RECORD').map((e) => [e.source_key as string, e]));
    assert.equal(forRecord.size, rows.service_record.length);
    for (const s of rows.service_record) {
      const e = forRecord.get(s.id as string)!;
      assert.equal(e.points, Math.round(((s.minutes as number) * 2) / 60));
      assert.deepEqual(
        [e.earner_id, e.community_id, e.earned_on, e.unit_id],
        [s.member_id, s.community_id, s.service_day, members.get(s.member_id as string)!.employer_id],
      );
    }
    const rated = rows.wish.filter((w) => w.status === 'RATED');
    const forWish = new Map(ledger.filter((e) => e.source_kind === 'WISH').map((e) => [e.source_key as string, e]));
    for (const w of rated) assert.equal(forWish.get(w.id as string)?.points, 2 * (w.rating as number));
    assert.ok(ledger.some((e) => e.source_kind === 'POST_MONTH') && ledger.some((e) => (e.points as number) < 0), 'post months and deductions too');
  });

  test('wishes go through every state of their life, some overdue, each step after the one before', () => {
    const wishes = rows.wish;
    assert.equal(wishes.length, WISHES.tiny);
    assert.deepEqual([...new Set(wishes.map((w) => w.status))].sort(), ['ACCEPTED', 'DISPATCHED', 'DONE', 'POSTED', 'RATED', 'WITHDRAWN']);
    const open = ['POSTED', 'DISPATCHED', 'ACCEPTED'];
    assert.ok(
      wishes.some((w) => open.includes(w.status as string) && (w.step_due_on as string) < AS_OF),
      'some overdue',
    );
    for (const w of wishes) {
      const steps = [w.posted_at, w.dispatched_at, w.accepted_at, w.done_at, w.rated_at].filter(Boolean) as string[];
      assert.deepEqual([...steps].sort(), steps);
      if (w.status !== 'WITHDRAWN') assert.equal(w.accepted_at !== null, ['ACCEPTED', 'DONE', 'RATED'].includes(w.status as string));
      assert.equal(w.rating !== null, w.status === 'RATED');
      if (w.status !== 'POSTED' && w.status !== 'WITHDRAWN') assert.ok(w.assignee_id, 'assigned');
    }
  });
});
