import { Role, type Actor } from '../../platform/auth/identity';
import { shiftDate } from '../seed/city.model';
import { runAutocannon } from '../load/autocannon.driver';
import type { BenchContext, Workload } from './workload.types';

const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterAgreementInput!, $key: String) {
    registerAgreement(input: $input, idempotencyKey: $key) {
      id
      number
      status
      version
    }
  }
`;

/** Units that take turns registering: enough that no one unit's rows are hot. */
const PARTNERS = 500;

const unitActor = (unitId: string, code: string): Actor => ({ role: Role.PARTNER_UNIT, subject: `bench-unit-${code}`, organisationId: unitId });

/**
 * Journey 2: partner units register agreements with the committee in whose area they sit, through
 * the gateway, each request with its own unit's token and a fresh idempotency key.
 */
export function registrationWorkload(context: BenchContext): Workload {
  const partners = context.targets.partners.slice(0, PARTNERS);
  const tokens: string[] = [];
  let issued = 0;
  const validFrom = shiftDate(context.today, 30);
  const input = (i: number) => {
    const p = partners[i % partners.length];
    return {
      committeeId: p.committeeId,
      partnerId: p.unitId,
      title: `共驻共建协议（压测 ${context.runId} 第${i + 1}份）`,
      validFrom,
      validTo: shiftDate(validFrom, 2 * 365 - 1),
      commitments: [{ description: '每季度开展共建活动', quantity: 1, period: 'QUARTER' }],
      resources: [{ category: 'VOLUNTEERS', description: '在职党员志愿服务队', quantity: 12, unit: '人' }],
      needs: [{ category: 'VENUE', description: '四点半课堂场地', priority: 'MEDIUM' }],
      projects: [{ title: '邻里食堂', goal: '为辖区高龄独居老人提供午餐', owner: '王建国', dueDate: shiftDate(validFrom, 364) }],
    };
  };
  return {
    name: 'journey 2: a partner unit registers an agreement',
    key: 'register',
    variants: [
      {
        name: 'gateway',
        prepare: async () => {
          for (const p of partners.slice(tokens.length)) tokens.push(await context.token(unitActor(p.unitId, p.code)));
        },
        run: (clients, seconds) =>
          runAutocannon({
            url: context.gatewayUrl,
            clients,
            seconds,
            // Numbered across rounds, so every request is a new registration, never a replay.
            request: () => {
              const n = issued++;
              return {
                body: JSON.stringify({ query: REGISTER, variables: { input: input(n), key: `bench-${context.runId}-${n}` } }),
                headers: { authorization: `Bearer ${tokens[n % tokens.length]}` },
              };
            },
          }),
      },
    ],
  };
}
