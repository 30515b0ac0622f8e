import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/sql';
import { DEMO_ORGANISATIONS } from '../../../demo/demo-district.data';
import { demoId } from '../../../demo/demo-ids';
import { OrganisationKind } from '../../organisations/public';
import { Agreement, AgreementStatus } from '../agreement.entity';
import { AgreementNumberSequence } from '../agreement-history.entity';
import { CommitmentPeriod, NeedPriority, ResourceCategory } from '../agreement-lists';

const R = ResourceCategory;
/** What the units of the source reports bring and what communities ask of them, in turn. */
const OFFERS = [
  { category: R.VENUE, description: '党员活动室', quantity: 1, unit: '间' },
  { category: R.VOLUNTEERS, description: '党员志愿服务队', quantity: 20, unit: '人' },
  { category: R.EXPERTISE, description: '义诊与健康讲座', quantity: 12, unit: '场' },
  { category: R.FUNDS, description: '共建活动经费', quantity: 5, unit: '万元' },
];
const NEEDS = [
  { category: R.VOLUNTEERS, description: '老旧小区环境整治志愿者', priority: NeedPriority.HIGH },
  { category: R.VENUE, description: '四点半课堂场地', priority: NeedPriority.MEDIUM },
  { category: R.EXPERTISE, description: '独居老人健康随访', priority: NeedPriority.HIGH },
  { category: R.FUNDS, description: '楼道照明改造资金', priority: NeedPriority.LOW },
];
const PROJECTS = ['邻里食堂', '红色物业议事会', '四点半课堂', '楼栋微更新'];

/** One agreement between each community and each unit sitting in it, most active, a few expiring soon. */
export async function loadDemoAgreements(em: EntityManager): Promise<void> {
  const districtId = demoId('QH');
  const units = DEMO_ORGANISATIONS.filter(
    (o) =>
      o.kind === OrganisationKind.UNIT_PARTY_ORGANISATION &&
      DEMO_ORGANISATIONS.find((c) => c.code === o.parentCode)?.kind === OrganisationKind.COMMUNITY_PARTY_COMMITTEE,
  );
  await em.transactional(async (tx) => {
    units.forEach((unit, i) => {
      const community = DEMO_ORGANISATIONS.find((c) => c.code === unit.parentCode)!;
      tx.create(Agreement, {
        number: `QH-2025-${String(i + 1).padStart(4, '0')}`,
        committeeId: demoId(community.code),
        partnerId: demoId(unit.code),
        title: `${community.name.replace(/党委|党总支/, '')}与${unit.name.replace(/党委|党总支|党支部/, '')}共驻共建协议`,
        signingDate: '2025-01-15',
        validFrom: '2025-01-15',
        validTo: i % 9 === 0 ? '2026-12-31' : '2027-12-31',
        storedStatus: i % 11 === 5 ? AgreementStatus.DRAFT : AgreementStatus.ACTIVE,
        commitments: [{ description: '每季度开展共建活动', quantity: 1, period: CommitmentPeriod.QUARTER }],
        resources: [OFFERS[i % OFFERS.length]],
        needs: [{ ...NEEDS[(i + 1) % NEEDS.length], met: i % 3 === 0 }],
        projects: [
          {
            id: randomUUID(),
            title: PROJECTS[i % PROJECTS.length],
            goal: '解决群众急难愁盼',
            owner: '社区书记',
            dueDate: '2026-12-31',
            progress: (i * 17) % 101,
            reports: [],
          },
        ],
      });
    });
    tx.create(AgreementNumberSequence, { districtId, year: 2025, last: units.length });
  });
}
