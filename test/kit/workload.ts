import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { Role, type Actor } from '../../platform/auth/identity';
import { closedBeforeAnswer } from '../../platform/http/closed-connection';
import type { GraphQLClient, GraphQLResponse } from './client';
import { identityCheckCharacter } from '../../subgraphs/checkins/identity-number';
import { createOrganisation } from './factories';
import { reachEverySubgraph } from './reach-every-subgraph';

/**
 * The mixed read/write load of the fault suite and the soak, through the gateway, in ten: four
 * federated reads that reach every subgraph, a read of the check-ins' party members and one of the
 * joint meetings, and one write each of creating an organisation, registering an agreement (with an
 * idempotency key), entering a party member (check-ins) and scheduling a joint meeting. It
 * remembers every write the hub acknowledged, so `verify` can check each is stored exactly once.
 */
export interface WorkloadFailure {
  operation: string;
  status?: number;
  /** The `extensions.code` of each error (none when the request got no answer at all). */
  codes: string[];
  error: string;
  ms: number;
}

export class MixedWorkload {
  readonly run = randomBytes(3).toString('hex').toUpperCase();
  requests = 0;
  /**
   * Requests sent a second time because their connection to the gateway closed before any answer
   * (a gateway instance closing its idle keep-alive connections as it drains), as an ingress proxy
   * re-sends them; counted, and never a write: writes carry idempotency keys or unique codes.
   */
  resent = 0;
  readonly failures: WorkloadFailure[] = [];
  readonly latenciesMs: number[] = [];
  readonly acknowledged = { organisations: [] as string[], agreements: [] as string[], members: [] as string[], meetings: [] as string[] };
  private sequence = 0;
  private readonly probe = reachEverySubgraph(10);

  private constructor(
    private readonly operator: GraphQLClient,
    private readonly partner: GraphQLClient,
    /** The community's staff: joint meetings are run by staff, not by the platform's operator. */
    private readonly staff: GraphQLClient,
    private readonly parties: { streetId: string; communityId: string; unitId: string },
  ) {}

  /** A district, street, community and unit of its own, through the gateway as `operator`. */
  static async prepare(operator: GraphQLClient, clientFor: (actor: Actor) => Promise<GraphQLClient>): Promise<MixedWorkload> {
    const district = await createOrganisation(operator, 'DISTRICT_COMMITTEE', null);
    const street = await createOrganisation(operator, 'STREET_WORKING_COMMITTEE', district);
    const community = await createOrganisation(operator, 'COMMUNITY_PARTY_COMMITTEE', street);
    const unit = await createOrganisation(operator, 'UNIT_PARTY_ORGANISATION', community);
    const partner = await clientFor({ role: Role.PARTNER_UNIT, subject: 'workload-unit', organisationId: unit.id });
    const staff = await clientFor({ role: Role.COMMUNITY_STAFF, subject: 'workload-staff', organisationId: community.id });
    return new MixedWorkload(operator, partner, staff, { streetId: street.id, communityId: community.id, unitId: unit.id });
  }

  /** `concurrency` loops of requests until `running()` turns false. */
  async drive(concurrency: number, running: () => boolean): Promise<void> {
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (running()) await this.once();
      }),
    );
  }

  /** One request of the mix. */
  async once(): Promise<void> {
    this.sequence += 1;
    const n = this.sequence;
    const kind = n % 10;
    if (kind === 0) await this.createOrganisation(n);
    else if (kind === 1) await this.registerAgreement(n);
    else if (kind === 2) await this.enterMember(n);
    else if (kind === 3) await this.scheduleMeeting(n);
    else if (kind === 4) await this.call('readMembers', () => this.operator.request(READ_MEMBERS));
    else if (kind === 5) await this.call('readMeetings', () => this.staff.request(READ_MEETINGS));
    else await this.call('read', () => this.operator.request(this.probe.query));
  }

  /** The failures counted by operation and codes, e.g. `read SERVICE_UNAVAILABLE: 3 (…)`, each with its first error, for a failing run's message. */
  failureSummary(): string {
    const counts = new Map<string, { n: number; first: WorkloadFailure }>();
    for (const f of this.failures) {
      const key = `${f.operation} ${[...new Set(f.codes)].join('+') || 'no answer'}`;
      const entry = counts.get(key) ?? { n: 0, first: f };
      counts.set(key, { ...entry, n: entry.n + 1 });
    }
    return [...counts].map(([key, { n, first }]) => `${key}: ${n} (after ${Math.round(first.ms)} ms: ${first.error.slice(0, 160)})`).join('\n  ') || 'none';
  }

  /** Every acknowledged write stored exactly once, and no write stored that was not asked for. */
  async verify(admin: pg.Client): Promise<string[]> {
    const problems: string[] = [];
    const organisations = await admin.query<{ code: string; n: number }>(
      `select code, count(*)::int as n from organisations.organisation where code like $1 group by code`,
      [`WL${this.run}-%`],
    );
    const stored = new Map(organisations.rows.map((r) => [r.code, r.n]));
    for (const code of this.acknowledged.organisations) if (stored.get(code) !== 1) problems.push(`organisation ${code} stored ${stored.get(code) ?? 0} times`);
    const agreements = await admin.query<{ id: string }>(`select id from agreements.agreement where partner_id = $1`, [this.parties.unitId]);
    const ids = agreements.rows.map((r) => r.id);
    for (const id of this.acknowledged.agreements) if (ids.filter((i) => i === id).length !== 1) problems.push(`agreement ${id} not stored exactly once`);
    if (new Set(this.acknowledged.agreements).size !== this.acknowledged.agreements.length) problems.push('one agreement acknowledged for two keys');
    // Names and titles carry the run and the request's number, so each is one write.
    const members = await admin.query<{ name: string; n: number }>(
      `select name, count(*)::int as n from checkins.party_member where employer_id = $1 group by name`,
      [this.parties.unitId],
    );
    problems.push(...exactlyOnce('party member', this.acknowledged.members, members.rows));
    const meetings = await admin.query<{ name: string; n: number }>(
      `select title as name, count(*)::int as n from meetings.joint_meeting where convener_id = $1 group by title`,
      [this.parties.communityId],
    );
    problems.push(...exactlyOnce('joint meeting', this.acknowledged.meetings, meetings.rows));
    return problems;
  }

  private async createOrganisation(n: number) {
    const code = `WL${this.run}-${n}`;
    const response = await this.call('createOrganisation', () =>
      this.operator.request(`mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id code } }`, {
        input: { code, name: `负载测试社区党委${n}`, kind: 'COMMUNITY_PARTY_COMMITTEE', parentId: this.parties.streetId },
      }),
    );
    if (response?.data?.createOrganisation) this.acknowledged.organisations.push(code);
  }

  private async registerAgreement(n: number) {
    const response = await this.call('registerAgreement', () =>
      this.partner.request(`mutation ($input: RegisterAgreementInput!, $key: String) { registerAgreement(input: $input, idempotencyKey: $key) { id } }`, {
        input: {
          committeeId: this.parties.communityId,
          partnerId: this.parties.unitId,
          title: `负载测试共建协议${n}`,
          validFrom: '2026-01-01',
          validTo: '2027-12-31',
        },
        key: `${this.run}-${n}`,
      }),
    );
    if (response?.data?.registerAgreement) this.acknowledged.agreements.push(response.data.registerAgreement.id);
  }

  /** A party member of the run's unit living in its community (check-ins: 录入党员), under a name of its own. */
  private async enterMember(n: number) {
    const name = `负载党员${this.run}-${n}`;
    const response = await this.call('enterPartyMember', () =>
      this.operator.request(`mutation ($input: EnterPartyMemberInput!) { enterPartyMember(input: $input) { id name } }`, {
        input: { name, identityNumber: identityNumberFor(this.run, n), employerId: this.parties.unitId, residentialCommunityId: this.parties.communityId },
      }),
    );
    if (response?.data?.enterPartyMember) this.acknowledged.members.push(name);
  }

  /** A joint meeting of the run's community (meetings: 召开联席会议) next week, under a title of its own. */
  private async scheduleMeeting(n: number) {
    const title = `负载测试联席会议${this.run}-${n}`;
    const startsAt = Date.now() + 7 * 24 * 3_600_000;
    const response = await this.call('scheduleJointMeeting', () =>
      this.staff.request(`mutation ($input: ScheduleJointMeetingInput!) { scheduleJointMeeting(input: $input) { id title } }`, {
        input: {
          convenerId: this.parties.communityId,
          kind: 'BIG_PARTY_COMMITTEE_JOINT_MEETING',
          title,
          startsAt: new Date(startsAt).toISOString(),
          endsAt: new Date(startsAt + 3_600_000).toISOString(),
          place: '社区党群服务中心',
          invitedUnitIds: [this.parties.unitId],
        },
      }),
    );
    if (response?.data?.scheduleJointMeeting) this.acknowledged.meetings.push(title);
  }

  private async call(operation: string, send: () => Promise<GraphQLResponse>): Promise<GraphQLResponse | undefined> {
    this.requests += 1;
    const started = performance.now();
    try {
      const response = await send().catch((error: unknown) => {
        if (!closedBeforeAnswer(error)) throw error;
        this.resent += 1;
        return send();
      });
      const ms = performance.now() - started;
      this.latenciesMs.push(ms);
      if (response.status !== 200 || response.errors) {
        const codes = (response.errors ?? []).map((e) => String(e.extensions?.code));
        this.failures.push({ operation, status: response.status, codes, error: JSON.stringify(response.errors).slice(0, 400), ms });
      }
      return response;
    } catch (error) {
      this.failures.push({ operation, codes: [], error: String((error as Error).cause ?? error), ms: performance.now() - started });
      return undefined;
    }
  }
}

const READ_MEMBERS = `{ members(first: 10) { totalCount edges { node { id name } } } }`;
const READ_MEETINGS = `{ jointMeetings(first: 10) { totalCount edges { node { id title status attendanceSummary { invited } } } } }`;

/** Problems unless every acknowledged name is stored once, and nothing is stored that was not acknowledged. */
function exactlyOnce(what: string, acknowledged: string[], stored: Array<{ name: string; n: number }>): string[] {
  const counts = new Map(stored.map((row) => [row.name, row.n]));
  const problems = acknowledged.filter((name) => counts.get(name) !== 1).map((name) => `${what} ${name} stored ${counts.get(name) ?? 0} times`);
  const unasked = stored.filter((row) => !acknowledged.includes(row.name));
  // A write whose answer was lost (its request failed) may be stored without being acknowledged; stored twice never.
  problems.push(...unasked.filter((row) => row.n > 1).map((row) => `${what} ${row.name} stored ${row.n} times`));
  return problems;
}

/**
 * A well-formed identity number (test region 110101, with its check character) unique to the run
 * and `n`: the run's six hex digits and `n` make the sequence and birth date.
 */
function identityNumberFor(run: string, n: number): string {
  const serial = (Number.parseInt(run, 16) * 100_000 + n) % 1_000_000_000;
  const day = new Date(Date.UTC(1960, 0, 1) + (serial % 15_000) * 86_400_000);
  const birth = day.toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `110101${birth}${String(Math.floor(serial / 15_000) % 1000).padStart(3, '0')}`;
  return first17 + identityCheckCharacter(first17);
}
