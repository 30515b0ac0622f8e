import { randomUUID } from 'node:crypto';
import { UnitSector } from '../subgraphs/organisations/public';
import { childPath, OrganisationKind as K } from '../subgraphs/organisations/public';

/**
 * A fictional city district (云溪区) at scale, generated in memory: 1 district, 12 streets,
 * 200 communities, 7–9 grids per community, 3–4 buildings per grid and 3,000 resident units,
 * about 10.4k organisations, plus the seats of the street and community committees.
 */
export interface OrgRow {
  id: string;
  code: string;
  name: string;
  kind: K;
  parentId: string | null;
  path: string;
  depth: number;
  sector: UnitSector | null;
  address: string | null;
}

export interface SeatRow {
  committeeId: string;
  holderName: string;
  role: 'SECRETARY' | 'DEPUTY_SECRETARY' | 'FULL_TIME_MEMBER' | 'PART_TIME_MEMBER';
  holderUnitId: string | null;
}

export interface City {
  organisations: OrgRow[];
  seats: SeatRow[];
  districtId: string;
  streetIds: string[];
  buildingIds: string[];
}

const STREETS = ['凤城', '东湖', '柳巷', '南塘', '西山', '北关', '云台', '临江', '金沙', '玉泉', '青石', '白鹭'];
const FIRST = ['翠', '桂', '锦', '紫', '清', '梅', '滨', '望', '文', '杏', '学', '荷', '松', '竹', '兰', '枫', '银', '瑞', '安', '和'];
const SECOND = ['湖', '园', '苑', '坊', '里', '庭', '湾', '林', '城', '府'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙'];
const GIVEN = ['建国', '丽华', '志强', '秀英', '海峰', '明', '静', '伟', '芳', '磊', '婷', '军'];
const SECTORS: Array<[UnitSector, string]> = [
  [UnitSector.AGENCY, '机关党支部'],
  [UnitSector.PUBLIC_INSTITUTION, '中心党支部'],
  [UnitSector.STATE_OWNED_ENTERPRISE, '公司党委'],
  [UnitSector.PRIVATE_ENTERPRISE, '科技有限公司党支部'],
  [UnitSector.SCHOOL, '小学党支部'],
  [UnitSector.HOSPITAL, '医院党总支'],
  [UnitSector.PROPERTY_COMPANY, '物业服务公司党支部'],
  [UnitSector.SOCIAL_ORGANISATION, '志愿服务协会党支部'],
];
const UNITS = 3000;
const STREET_UNITS = 240; // the rest sit in communities

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const person = (i: number) => `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}`;

export function generateCity(): City {
  const organisations: OrgRow[] = [];
  const add = (parent: OrgRow | null, row: Omit<OrgRow, 'id' | 'parentId' | 'path' | 'depth' | 'sector' | 'address'> & Partial<OrgRow>) => {
    const id = randomUUID();
    const org: OrgRow = {
      sector: null,
      address: null,
      ...row,
      id,
      parentId: parent?.id ?? null,
      path: childPath(parent?.path ?? null, id),
      depth: parent ? parent.depth + 1 : 0,
    };
    organisations.push(org);
    return org;
  };
  const district = add(null, { code: 'YX', name: '中共云溪区委员会', kind: K.DISTRICT_COMMITTEE });
  const streets = STREETS.map((s, i) => add(district, { code: `YX-S${pad(i + 1, 2)}`, name: `${s}街道党工委`, kind: K.STREET_WORKING_COMMITTEE }));
  const communities: OrgRow[] = [];
  const buildingIds: string[] = [];
  let c = 0;
  streets.forEach((street, si) => {
    const count = si < 8 ? 17 : 16; // 8×17 + 4×16 = 200
    for (let ci = 1; ci <= count; ci++, c++) {
      const cname = `${FIRST[c % FIRST.length]}${SECOND[Math.floor(c / FIRST.length) % SECOND.length]}`;
      const community = add(street, { code: `${street.code}-C${pad(ci, 2)}`, name: `${cname}社区党委`, kind: K.COMMUNITY_PARTY_COMMITTEE });
      communities.push(community);
      for (let gi = 1; gi <= 7 + (c % 3); gi++) {
        const grid = add(community, { code: `${community.code}-G${gi}`, name: `${cname}社区第${gi}网格党支部`, kind: K.GRID_PARTY_BRANCH });
        for (let bi = 1; bi <= 3 + (gi % 2); bi++) {
          const building = add(grid, { code: `${grid.code}-B${bi}`, name: `${cname}社区${gi}-${bi}号楼党小组`, kind: K.BUILDING_PARTY_GROUP });
          buildingIds.push(building.id);
        }
      }
    }
  });
  const unitsOf = new Map<string, OrgRow[]>();
  for (let u = 0; u < UNITS; u++) {
    const host = u < STREET_UNITS ? streets[u % streets.length] : communities[u % communities.length];
    const [sector, suffix] = SECTORS[u % SECTORS.length];
    const street = STREETS[u % STREETS.length];
    const unit = add(host, {
      code: `YX-U${pad(u + 1, 4)}`,
      name: `${street}${FIRST[(u * 3) % FIRST.length]}${SECOND[u % SECOND.length]}${suffix}`,
      kind: K.UNIT_PARTY_ORGANISATION,
      sector,
      address: `云溪区${street}路${(u % 300) + 1}号`,
    });
    unitsOf.set(host.id, [...(unitsOf.get(host.id) ?? []), unit]);
  }
  const seats: SeatRow[] = [];
  let p = 0;
  const seat = (committee: OrgRow, role: SeatRow['role'], holderUnitId: string | null = null) =>
    seats.push({ committeeId: committee.id, holderName: person(p++), role, holderUnitId });
  for (const committee of [...streets, ...communities]) {
    const isStreet = committee.kind === K.STREET_WORKING_COMMITTEE;
    seat(committee, 'SECRETARY');
    seat(committee, 'DEPUTY_SECRETARY');
    for (let i = 0; i < (isStreet ? 2 : 1); i++) seat(committee, 'FULL_TIME_MEMBER');
    const units = unitsOf.get(committee.id) ?? [];
    for (let i = 0; i < Math.min(isStreet ? 3 : 2, units.length); i++) seat(committee, 'PART_TIME_MEMBER', units[i].id);
  }
  return { organisations, seats, districtId: district.id, streetIds: streets.map((s) => s.id), buildingIds };
}
