import type { EntityManager } from '@mikro-orm/sql';
import { CommitteeSeat } from '../committee-seat.entity';
import { Organisation } from '../organisation.entity';
import { childPath } from '../public/organisation-path';
import { DEMO_ORGANISATIONS, DEMO_SEATS } from '../../../demo/demo-district.data';
import { demoId } from '../../../demo/demo-ids';

/** Loads the demo district (清河区) in one transaction. */
export async function loadDemoDistrict(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    const byCode = new Map<string, Organisation>();
    for (const item of DEMO_ORGANISATIONS) {
      const parent = item.parentCode ? byCode.get(item.parentCode)! : null;
      const id = demoId(item.code);
      const organisation = tx.create(Organisation, {
        id,
        code: item.code,
        name: item.name,
        kind: item.kind,
        sector: item.sector ?? null,
        address: item.address ?? null,
        parentId: parent?.id ?? null,
        path: childPath(parent?.path ?? null, id),
        depth: parent ? parent.depth + 1 : 0,
      });
      byCode.set(item.code, organisation);
    }
    for (const seat of DEMO_SEATS) {
      tx.create(CommitteeSeat, {
        committeeId: byCode.get(seat.organisationCode)!.id,
        holderName: seat.holderName,
        role: seat.role,
        holderUnitId: seat.holderUnitCode ? byCode.get(seat.holderUnitCode)!.id : null,
        termStart: seat.termStart,
      });
    }
  });
}
