// Demo district for the organisations subgraph: a fictional 清河区 with 4 streets, 16 communities,
// their grids, building groups, two area joint organisations, 50 resident units and the seats of the
// widened street and community committees. Pure, deterministic data: every name is invented.
import { OrganisationKind, SeatRole, UnitSector } from '../subgraphs/organisations/public';

const K = OrganisationKind;
const S = UnitSector;
const R = SeatRole;

export interface DemoOrganisation {
  code: string;
  name: string;
  kind: OrganisationKind;
  parentCode: string | null;
  sector?: UnitSector;
  address?: string;
}

export interface DemoSeat {
  organisationCode: string;
  holderName: string;
  role: SeatRole;
  holderUnitCode?: string;
  termStart: string /* YYYY-MM-DD */;
}

const DISTRICT_CODE = 'QH';
const NUMERALS = ['一', '二', '三', '四'];

/** Streets and their communities; `grids` is the number of grid branches, `area` marks the
 * communities whose second and third grids are joined in an area joint party organisation. */
const STREETS: { name: string; communities: { name: string; grids: number; area?: boolean }[] }[] = [
  {
    name: '凤城',
    communities: [
      { name: '翠湖', grids: 3, area: true },
      { name: '桂园', grids: 2 },
      { name: '锦绣', grids: 3 },
      { name: '紫荆', grids: 2 },
    ],
  },
  {
    name: '东湖',
    communities: [
      { name: '清波', grids: 2 },
      { name: '梅林', grids: 3 },
      { name: '滨江', grids: 3, area: true },
      { name: '望湖', grids: 2 },
    ],
  },
  {
    name: '柳巷',
    communities: [
      { name: '柳巷', grids: 3 },
      { name: '文昌', grids: 2 },
      { name: '杏坛', grids: 2 },
      { name: '学府', grids: 3 },
    ],
  },
  {
    name: '南塘',
    communities: [
      { name: '南塘', grids: 2 },
      { name: '荷花', grids: 3 },
      { name: '新村', grids: 2 },
      { name: '丰乐', grids: 3 },
    ],
  },
];

/** Resident units: [name, sector, where it sits ('JD01' = street, 'JD01-SQ01' = community), address]. */
const UNITS: [string, UnitSector, string, string?][] = [
  ['清河区人民医院党委', S.HOSPITAL, 'JD01-SQ01', '凤城街道翠湖路88号'],
  ['翠湖物业服务有限公司党支部', S.PROPERTY_COMPANY, 'JD01-SQ01'],
  ['清河农商银行凤城支行党支部', S.STATE_OWNED_ENTERPRISE, 'JD01-SQ01', '凤城街道凤城大道126号'],
  ['清河区第二实验小学党支部', S.SCHOOL, 'JD01-SQ02', '凤城街道桂园路15号'],
  ['桂园社会工作服务中心党支部', S.SOCIAL_ORGANISATION, 'JD01-SQ02'],
  ['清河区市场监督管理局党支部', S.AGENCY, 'JD01-SQ02', '凤城街道凤城大道201号'],
  ['锦程物业管理有限公司党支部', S.PROPERTY_COMPANY, 'JD01-SQ02'],
  ['清河区中医院党总支', S.HOSPITAL, 'JD01-SQ03', '凤城街道锦绣路32号'],
  ['清河城市建设投资集团党委', S.STATE_OWNED_ENTERPRISE, 'JD01-SQ03'],
  ['锦绣幼儿园党支部', S.SCHOOL, 'JD01-SQ03'],
  ['清河区不动产登记中心党支部', S.PUBLIC_INSTITUTION, 'JD01-SQ04', '凤城街道紫荆路7号'],
  ['紫荆商贸城联合党支部', S.PRIVATE_ENTERPRISE, 'JD01-SQ04'],
  ['清河区第一中学党委', S.SCHOOL, 'JD02-SQ01', '东湖街道清波路1号'],
  ['清河区人力资源和社会保障局党支部', S.AGENCY, 'JD02-SQ01'],
  ['清波家政服务有限公司党支部', S.PRIVATE_ENTERPRISE, 'JD02-SQ01'],
  ['清河区妇幼保健院党支部', S.HOSPITAL, 'JD02-SQ02', '东湖街道梅林街66号'],
  ['碧水物业服务有限公司党支部', S.PROPERTY_COMPANY, 'JD02-SQ02'],
  ['清河区志愿者协会党支部', S.SOCIAL_ORGANISATION, 'JD02-SQ02'],
  ['清河区税务局机关党支部', S.AGENCY, 'JD02-SQ03', '东湖街道滨江大道10号'],
  ['清河邮政分公司滨江支局党支部', S.STATE_OWNED_ENTERPRISE, 'JD02-SQ03'],
  ['滨江小学党支部', S.SCHOOL, 'JD02-SQ03', '东湖街道滨江大道58号'],
  ['清河区图书馆党支部', S.PUBLIC_INSTITUTION, 'JD02-SQ03'],
  ['望湖物业服务有限公司党支部', S.PROPERTY_COMPANY, 'JD02-SQ04'],
  ['清河区文化馆党支部', S.PUBLIC_INSTITUTION, 'JD02-SQ04', '东湖街道望湖路21号'],
  ['清河区住房和城乡建设局党支部', S.AGENCY, 'JD03-SQ01', '柳巷街道柳巷路9号'],
  ['柳巷农贸市场党支部', S.PRIVATE_ENTERPRISE, 'JD03-SQ01'],
  ['清河区老年协会党支部', S.SOCIAL_ORGANISATION, 'JD03-SQ01'],
  ['清河区第三实验小学党支部', S.SCHOOL, 'JD03-SQ02', '柳巷街道文昌路27号'],
  ['清河区疾病预防控制中心党支部', S.PUBLIC_INSTITUTION, 'JD03-SQ02'],
  ['清河区第二人民医院党委', S.HOSPITAL, 'JD03-SQ03', '柳巷街道杏坛路100号'],
  ['康宁物业服务有限公司党支部', S.PROPERTY_COMPANY, 'JD03-SQ03'],
  ['清河燃气有限公司党支部', S.STATE_OWNED_ENTERPRISE, 'JD03-SQ03'],
  ['清河职业技术学校党委', S.SCHOOL, 'JD03-SQ04', '柳巷街道学府路1号'],
  ['清河区教育局机关党支部', S.AGENCY, 'JD03-SQ04'],
  ['清河区青少年服务中心党支部', S.SOCIAL_ORGANISATION, 'JD03-SQ04'],
  ['清河区自然资源局党支部', S.AGENCY, 'JD04-SQ01', '南塘街道南塘路12号'],
  ['清河农商银行南塘支行党支部', S.STATE_OWNED_ENTERPRISE, 'JD04-SQ01'],
  ['南塘社区卫生服务中心党支部', S.HOSPITAL, 'JD04-SQ01', '南塘街道南塘路45号'],
  ['安居物业服务有限公司党支部', S.PROPERTY_COMPANY, 'JD04-SQ01'],
  ['荷花小学党支部', S.SCHOOL, 'JD04-SQ02'],
  ['清河区消防救援大队党支部', S.AGENCY, 'JD04-SQ02'],
  ['清河新能源科技有限公司党支部', S.PRIVATE_ENTERPRISE, 'JD04-SQ02', '南塘街道荷花工业园8号'],
  ['新村物业服务有限公司党支部', S.PROPERTY_COMPANY, 'JD04-SQ03'],
  ['清河区慈善会党支部', S.SOCIAL_ORGANISATION, 'JD04-SQ03'],
  ['清河丰乐食品有限公司党支部', S.PRIVATE_ENTERPRISE, 'JD04-SQ04', '南塘街道丰乐路58号'],
  ['清河区公共资源交易中心党支部', S.PUBLIC_INSTITUTION, 'JD04-SQ04'],
  ['清河供电局凤城营业所党支部', S.STATE_OWNED_ENTERPRISE, 'JD01', '凤城街道凤城大道300号'],
  ['清河水务集团东湖供水所党支部', S.STATE_OWNED_ENTERPRISE, 'JD02'],
  ['清河区城市管理综合执法局柳巷中队党支部', S.AGENCY, 'JD03'],
  ['南塘派出所党支部', S.AGENCY, 'JD04', '南塘街道南塘路2号'],
];

// Invented personal names: surname i·7 mod 20 with given name i·11 mod 31, unique for i < 620.
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑'.split('');
const GIVEN_NAMES = [
  '建国',
  '秀英',
  '志强',
  '丽华',
  '海涛',
  '晓燕',
  '国栋',
  '春梅',
  '文博',
  '雪莲',
  '德明',
  '慧敏',
  '振华',
  '玉兰',
  '永康',
  '红霞',
  '家豪',
  '静怡',
  '立新',
  '美玲',
  '树林',
  '凤琴',
  '俊杰',
  '佳慧',
  '长青',
  '桂芳',
  '宏伟',
  '晓琳',
  '明辉',
  '淑贞',
  '卫东',
];
let nameIndex = 0;
function nextName(): string {
  const i = nameIndex++;
  return SURNAMES[(i * 7) % SURNAMES.length] + GIVEN_NAMES[(i * 11) % GIVEN_NAMES.length];
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const date = (year: number, month: number, day: number): string => `${year}-${pad(month)}-${pad(day)}`;

const organisations: DemoOrganisation[] = [{ code: DISTRICT_CODE, name: '中共清河区委', kind: K.DISTRICT_COMMITTEE, parentCode: null }];
const seats: DemoSeat[] = [
  {
    organisationCode: DISTRICT_CODE,
    holderName: nextName(),
    role: R.SECRETARY,
    termStart: '2021-09-28',
  },
];

STREETS.forEach((street, s) => {
  organisations.push({
    code: `${DISTRICT_CODE}-JD${pad(s + 1)}`,
    name: `${street.name}街道党工委`,
    kind: K.STREET_WORKING_COMMITTEE,
    parentCode: DISTRICT_CODE,
  });
});

let gridIndex = 0;
STREETS.forEach((street, s) => {
  const streetCode = `${DISTRICT_CODE}-JD${pad(s + 1)}`;
  street.communities.forEach((community, c) => {
    const communityCode = `${streetCode}-SQ${pad(c + 1)}`;
    organisations.push({
      code: communityCode,
      name: `${community.name}社区党委`,
      kind: K.COMMUNITY_PARTY_COMMITTEE,
      parentCode: streetCode,
    });
    const areaCode = `${communityCode}-PQ01`;
    if (community.area) {
      organisations.push({
        code: areaCode,
        name: `${community.name}片区联建党委`,
        kind: K.AREA_JOINT_PARTY_ORGANISATION,
        parentCode: communityCode,
      });
    }
    for (let g = 1; g <= community.grids; g++) {
      const underArea = community.area === true && g > 1;
      const gridCode = `${underArea ? areaCode : communityCode}-WG${pad(g)}`;
      organisations.push({
        code: gridCode,
        name: `${community.name}社区第${NUMERALS[g - 1]}网格党支部`,
        kind: K.GRID_PARTY_BRANCH,
        parentCode: underArea ? areaCode : communityCode,
      });
      // Every other grid has building party groups: two in every fourth grid, one otherwise.
      const buildings = gridIndex % 2 === 0 ? (gridIndex % 4 === 0 ? 2 : 1) : 0;
      for (let b = 1; b <= buildings; b++) {
        organisations.push({
          code: `${gridCode}-LD${pad(b)}`,
          name: `${community.name}社区${(g - 1) * 6 + b * 3 - 1}栋党小组`,
          kind: K.BUILDING_PARTY_GROUP,
          parentCode: gridCode,
        });
      }
      gridIndex++;
    }
  });
});

const unitCodesBySite = new Map<string, string[]>();
UNITS.forEach(([name, sector, site, address], u) => {
  const code = `${DISTRICT_CODE}-DW${pad(u + 1, 3)}`;
  const unit: DemoOrganisation = {
    code,
    name,
    kind: K.UNIT_PARTY_ORGANISATION,
    parentCode: `${DISTRICT_CODE}-${site}`,
    sector,
  };
  if (address !== undefined) unit.address = address;
  organisations.push(unit);
  unitCodesBySite.set(site, [...(unitCodesBySite.get(site) ?? []), code]);
});

/** Secretary and deputy elected in the 2021 general election, part-time members joining later. */
function committeeSeats(organisationCode: string, memberUnitCodes: string[], n: number): void {
  seats.push({
    organisationCode,
    holderName: nextName(),
    role: R.SECRETARY,
    termStart: date(2021, 3 + (n % 4), 10 + n),
  });
  seats.push({
    organisationCode,
    holderName: nextName(),
    role: R.DEPUTY_SECRETARY,
    termStart: date(2021, 4 + (n % 4), 12 + n),
  });
  memberUnitCodes.forEach((holderUnitCode, k) => {
    seats.push({
      organisationCode,
      holderName: nextName(),
      role: R.PART_TIME_MEMBER,
      holderUnitCode,
      termStart: date(2022 + ((n + k) % 4), 1 + ((n * 5 + k * 3) % 12), 1 + ((n * 7 + k * 5) % 28)),
    });
  });
}

STREETS.forEach((_, s) => {
  const site = `JD${pad(s + 1)}`;
  // A street's part-time members: its own street-level unit and the first unit of its
  // 1st and 3rd communities.
  const members = [...(unitCodesBySite.get(site) ?? []), (unitCodesBySite.get(`${site}-SQ01`) ?? [])[0], (unitCodesBySite.get(`${site}-SQ03`) ?? [])[0]];
  committeeSeats(`${DISTRICT_CODE}-${site}`, members, s);
});

let communityIndex = 0;
STREETS.forEach((street, s) => {
  street.communities.forEach((_, c) => {
    const site = `JD${pad(s + 1)}-SQ${pad(c + 1)}`;
    // A community's part-time members: one leader from each of its 2–4 resident units.
    committeeSeats(`${DISTRICT_CODE}-${site}`, unitCodesBySite.get(site) ?? [], communityIndex++);
  });
});

export const DEMO_ORGANISATIONS: DemoOrganisation[] = organisations;
export const DEMO_SEATS: DemoSeat[] = seats;
