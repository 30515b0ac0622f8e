import type { RequestContext } from '../../platform/context/request-context';
import { checkUtf8Csv } from '../../platform/csv/csv-encoding';
import { BadUserInputError } from '../../platform/errors/errors';
import { qualifiedTable } from '../../platform/pagination/batched-page';
import { OrganisationKind, type OrganisationFacts } from '../organisations/public';
import { CHECKIN_PERMISSIONS as P } from './checkins.permissions';
import { LIMITS, organisationOfKind } from './checkins.rules';
import { LeaveRequest, LeaveStatus } from './leave-request.entity';
import { MemberAccess } from './member-access';
import { MemberRegistration, RegistrationStatus } from './member-registration.entity';
import { PartyMember } from './party-member.entity';
import {
  RegistrationReport,
  RegistrationStanding,
  type MissingRegistration,
  type RegistrationReportLine,
  type RosterImportResult,
} from './registration-report.types';
import { RosterEntry } from './roster-entry.entity';
import { parseRosterCsv } from './roster.csv';

const FIRST_YEAR = 2000;

/** The unit's roster (应报到名册) and the report back to it (双报告); one instance per request. */
export class RegistrationReportService {
  constructor(private readonly ctx: RequestContext) {}

  /**
   * Replaces the unit's roster with the uploaded CSV, all or nothing. A file that is not UTF-8 (a
   * GBK "CSV" from Excel) is refused with NOT_UTF8 and how to re-save it; problems in lines come
   * back together, and nothing is stored then.
   */
  async importRoster(unitId: string, csv: string): Promise<RosterImportResult> {
    const unit = await this.unit(unitId);
    await this.ctx.access.require(P.importRoster, { organisationId: unit.id, organisationPath: unit.path });
    if (Buffer.byteLength(csv, 'utf8') > LIMITS.rosterBytes) throw new BadUserInputError('TOO_LONG', { field: 'csv', max: LIMITS.rosterBytes });
    const { lines, problems } = parseRosterCsv(checkUtf8Csv(csv, 'csv'), this.ctx.today);
    if (problems.length > 0) return { unitId: unit.id, imported: 0, problems };
    const cipher = this.ctx.get(MemberAccess).cipher;
    await this.ctx.em.transactional(async (tx) => {
      await tx.nativeDelete(RosterEntry, { unitId: unit.id });
      for (const line of lines) {
        tx.create(RosterEntry, {
          unitId: unit.id,
          name: line.name,
          line: line.line,
          identityNumberCipher: cipher.encrypt(line.identityNumber),
          identityNumberHash: cipher.hash(line.identityNumber),
        });
      }
      await tx.flush();
    });
    return { unitId: unit.id, imported: lines.length, problems: [] };
  }

  /** The report on a unit's members for `year`, as of today (this year) or the year's last day. */
  async report(unitId: string, year: number): Promise<RegistrationReport> {
    this.ctx.access.requireRole(P.readRegistrationReport);
    const thisYear = Number(this.ctx.today.slice(0, 4));
    if (!Number.isInteger(year) || year < FIRST_YEAR || year > thisYear)
      throw new BadUserInputError('OUT_OF_RANGE', { field: 'year', min: FIRST_YEAR, max: thisYear });
    const unit = await this.unit(unitId);
    await this.ctx.access.require(P.readRegistrationReport, { organisationId: unit.id, organisationPath: unit.path });
    const asOf = year === thisYear ? this.ctx.today : `${year}-12-31`;
    const until = year === thisYear ? this.ctx.clock.now() : this.startOfDayAfter(asOf);
    const members = await this.standings(unit.id, asOf, until);
    const missing = await this.missing(unit.id, until);
    const rosterSize = await this.ctx.em.count(RosterEntry, { unitId: unit.id });
    const count = (standing: RegistrationStanding) => members.filter((m) => m.standing === standing).length;
    return Object.assign(new RegistrationReport(), {
      unitId: unit.id,
      year,
      asOf,
      rosterSize,
      confirmedCount: count(RegistrationStanding.CONFIRMED) + count(RegistrationStanding.ON_LEAVE),
      pendingCount: count(RegistrationStanding.PENDING),
      onLeaveCount: count(RegistrationStanding.ON_LEAVE),
      missingCount: missing.length,
      members,
      missingRegistrations: missing,
    });
  }

  /**
   * Each of the unit's members (employed there, or on its roster) with the registration in effect
   * at `until` (reported before, not rejected, not closed before) and approved leave on `asOf`.
   */
  private async standings(unitId: string, asOf: string, until: Date): Promise<RegistrationReportLine[]> {
    const em = this.ctx.em;
    const rows = await em.execute<Array<{ id: string; community_id: string | null; standing: string | null; leave_until: string | null; on_roster: boolean }>>(
      `select m.id, r.community_id, r.standing, l.ends_on::text as leave_until,
              exists (select 1 from ${qualifiedTable(em, RosterEntry)} e where e.unit_id = ? and e.identity_number_hash = m.identity_number_hash) as on_roster
       from ${qualifiedTable(em, PartyMember)} m
       left join lateral (${this.registrationInEffect('m.id')}) r on true
       left join lateral (
         select l.ends_on from ${qualifiedTable(em, LeaveRequest)} l
         where l.member_id = m.id and l.status = ? and l.starts_on <= ? and l.ends_on >= ? order by l.ends_on desc limit 1
       ) l on r.community_id is not null
       where m.employer_id = ? or m.identity_number_hash in (select e.identity_number_hash from ${qualifiedTable(em, RosterEntry)} e where e.unit_id = ?)
       order by m.name, m.id`,
      [unitId, ...this.registrationParams(until), LeaveStatus.APPROVED, asOf, asOf, unitId, unitId],
    );
    return rows.map((row) => ({
      memberId: row.id,
      communityId: row.community_id,
      onLeaveUntil: row.leave_until,
      onRoster: row.on_roster,
      standing: !row.standing ? RegistrationStanding.NOT_REGISTERED : row.leave_until ? RegistrationStanding.ON_LEAVE : (row.standing as RegistrationStanding),
    }));
  }

  /** Those on the unit's roster with no registration in effect at `until` (应报到未报到), by roster line. */
  private async missing(unitId: string, until: Date): Promise<MissingRegistration[]> {
    const em = this.ctx.em;
    const rows = await em.execute<Array<{ name: string; line: number; identity_number_cipher: string; member_id: string | null }>>(
      `select e.name, e.line, e.identity_number_cipher, m.id as member_id
       from ${qualifiedTable(em, RosterEntry)} e
       left join ${qualifiedTable(em, PartyMember)} m on m.identity_number_hash = e.identity_number_hash
       where e.unit_id = ? and (m.id is null or not exists (${this.registrationInEffect('m.id')}))
       order by e.line`,
      [unitId, ...this.registrationParams(until)],
    );
    return rows.map((row) => ({ name: row.name, rosterLine: row.line, identityNumberCipher: row.identity_number_cipher, memberId: row.member_id, unitId }));
  }

  /** The registration of `memberColumn` in effect at the instant given by `registrationParams`, and its standing then. */
  private registrationInEffect(memberColumn: string): string {
    return `select r.community_id,
              case when r.decided_at is not null and r.decided_at <= ? and r.status in ('${RegistrationStatus.CONFIRMED}', '${RegistrationStatus.CLOSED}')
                   then '${RegistrationStanding.CONFIRMED}' else '${RegistrationStanding.PENDING}' end as standing
            from ${qualifiedTable(this.ctx.em, MemberRegistration)} r
            where r.member_id = ${memberColumn} and r.reported_at <= ? and r.status <> '${RegistrationStatus.REJECTED}'
              and (r.closed_at is null or r.closed_at > ?)
            order by r.reported_at desc limit 1`;
  }

  private registrationParams(until: Date): Date[] {
    return [until, until, until];
  }

  private unit(unitId: string): Promise<OrganisationFacts> {
    return organisationOfKind(this.ctx, unitId, 'unitId', [OrganisationKind.UNIT_PARTY_ORGANISATION]);
  }

  /** The first instant of the day after `date` in the hub's time zone. */
  private startOfDayAfter(date: string): Date {
    const next = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000);
    const nextDate = next.toISOString().slice(0, 10);
    // Time zones lie within ±14 h of UTC: step from the earliest candidate to the first instant of that day there.
    for (let t = next.getTime() - 14 * 3_600_000; t <= next.getTime() + 14 * 3_600_000; t += 900_000) {
      if (this.ctx.clock.dateAt(new Date(t)) >= nextDate) return new Date(t);
    }
    return next;
  }
}
