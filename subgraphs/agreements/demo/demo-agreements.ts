import type { EntityManager } from '@mikro-orm/sql';
import { DEMO_ORGANISATIONS } from '../../../demo/demo-district.data';
import { demoId } from '../../../demo/demo-ids';
import { DEMO_AGREEMENT_PARTIES } from '../../../demo/demo-agreements.data';
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
  await em.transactional(async (tx) => {
    DEMO_AGREEMENT_PARTIES.forEach(({ index: i, number, id, communityCode, unitCode, projectId }) => {
      const community = DEMO_ORGANISATIONS.find((c) => c.code === communityCode)!;
      const unit = DEMO_ORGANISATIONS.find((c) => c.code === unitCode)!;
      tx.create(Agreement, {
        id,
        number,
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
            id: projectId,
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
    tx.create(AgreementNumberSequence, { districtId, year: 2025, last: DEMO_AGREEMENT_PARTIES.length });
  });
}
