import { DEMO_ORGANISATIONS } from './demo-district.data';
import { demoId } from './demo-ids';
import { OrganisationKind } from '../subgraphs/organisations/public';

/** One demo agreement's parties and ids: shared, so other subgraphs' demo data can link to its project. */
export interface DemoAgreementParties {
  /** Its place in the list, which its content (lists, term, status) is derived from. */
  index: number;
  number: string;
  id: string;
  communityCode: string;
  unitCode: string;
  /** The id of its one joint project. */
  projectId: string;
}

/** One agreement between each community and each unit sitting in it, numbered in the tree's order. */
export const DEMO_AGREEMENT_PARTIES: DemoAgreementParties[] = DEMO_ORGANISATIONS.filter(
  (o) =>
    o.kind === OrganisationKind.UNIT_PARTY_ORGANISATION &&
    DEMO_ORGANISATIONS.find((c) => c.code === o.parentCode)?.kind === OrganisationKind.COMMUNITY_PARTY_COMMITTEE,
).map((unit, index) => {
  const number = `QH-2025-${String(index + 1).padStart(4, '0')}`;
  return { index, number, id: demoId(`agreement:${number}`), communityCode: unit.parentCode!, unitCode: unit.code, projectId: demoId(`project:${number}`) };
});
