import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { Role, type Actor } from '../../platform/auth/identity';
import { closedBeforeAnswer } from '../../platform/http/closed-connection';
import type { GraphQLClient, GraphQLResponse } from './client';
import { createOrganisation } from './factories';
import { reachEverySubgraph } from './reach-every-subgraph';

/**
 * The mixed read/write load of the fault suite and the soak, through the gateway: a federated read
 * that reaches every subgraph, creating organisations, and registering agreements with an
 * idempotency key, in the proportions 3 : 1 : 1. It remembers every write the hub acknowledged, so
 * `verify` can check each is stored exactly once.
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
  readonly acknowledged = { organisations: [] as string[], agreements: [] as string[] };
  private sequence = 0;
  private readonly probe = reachEverySubgraph(10);

  private constructor(
    private readonly operator: GraphQLClient,
    private readonly partner: GraphQLClient,
    private readonly parties: { streetId: string; communityId: string; unitId: string },
  ) {}

  /** A district, street, community and unit of its own, through the gateway as `operator`. */
  static async prepare(operator: GraphQLClient, clientFor: (actor: Actor) => Promise<GraphQLClient>): Promise<MixedWorkload> {
    const district = await createOrganisation(operator, 'DISTRICT_COMMITTEE', null);
    const street = await createOrganisation(operator, 'STREET_WORKING_COMMITTEE', district);
    const community = await createOrganisation(operator, 'COMMUNITY_PARTY_COMMITTEE', street);
    const unit = await createOrganisation(operator, 'UNIT_PARTY_ORGANISATION', community);
    const partner = await clientFor({ role: Role.PARTNER_UNIT, subject: 'workload-unit', organisationId: unit.id });
    return new MixedWorkload(operator, partner, { streetId: street.id, communityId: community.id, unitId: unit.id });
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
    const kind = n % 5;
    if (kind === 0) await this.createOrganisation(n);
    else if (kind === 1) await this.registerAgreement(n);
    else await this.call('read', () => this.operator.request(this.probe.query));
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
