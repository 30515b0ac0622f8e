import { DEMO_ORGANISATIONS } from '../demo/demo-district.data';
import { demoId } from '../demo/demo-ids';
import { districtOf, type City } from './seed/city.model';
import { Random } from './seed/random';
import type { Targets } from './workloads/workload.types';

/** Every street of the generated city, and its units in an order that mixes districts and streets. */
export function cityTargets(city: City): Targets {
  return {
    streets: city.streets.map((s) => ({ id: s.id, code: s.code, districtId: districtOf(s).id })),
    partners: new Random(1).shuffle(city.units).map((u) => ({ unitId: u.id, code: u.code, committeeId: u.parent!.id })),
  };
}

/** The streets and units of the demo district (清河区), whose ids are derived from their codes. */
export function demoTargets(): Targets {
  const district = DEMO_ORGANISATIONS.find((o) => o.kind === 'DISTRICT_COMMITTEE')!;
  return {
    streets: DEMO_ORGANISATIONS.filter((o) => o.kind === 'STREET_WORKING_COMMITTEE').map((s) => ({
      id: demoId(s.code),
      code: s.code,
      districtId: demoId(district.code),
    })),
    partners: DEMO_ORGANISATIONS.filter((o) => o.kind === 'UNIT_PARTY_ORGANISATION').map((u) => ({
      unitId: demoId(u.code),
      code: u.code,
      committeeId: demoId(u.parentCode!),
    })),
  };
}
