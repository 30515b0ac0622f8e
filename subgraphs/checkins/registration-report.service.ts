import type { RequestContext } from '../../platform/context/request-context';
import { checkUtf8Csv } from '../../platform/csv/csv-encoding';
import { BadUserInputError } from '../../platform/errors/errors';
import { qualifiedTable, textArrayLiteral } from '../../platform/pagination/batched-page';
import { OrganisationKind, type OrganisationFacts } from '../organisations/public';
import { CHECKIN_PERMISSIONS as P } from './checkins.permissions';
import { LIMITS, organisationOfKind } from './checkins.rules';
import { LeaveRequest, LeaveStatus } from './leave-request.entity';
import { MemberAccess } from './member-access';
import { MemberRegistration, RegistrationStatus } from './member-registration.entity';
import { PartyMember } from './party-member.entity';
import { PointsEarnerKind, PointsEntry } from './points.entity';
import {
  RegistrationReport,
  RegistrationStanding,
  type MissingRegistration,
  type RegistrationReportLine,
  type RosterImportResult,
} from './registration-report.types';
import { RosterEntry } from './roster-entry.entity';
import { parseRosterCsv } from './roster.csv';
import { ServiceRecord } from './service-record.entity';
import { Wish, WishStatus } from './wish.entity';
import { addDays } from '../../platform/time/clock';

const FIRST_YEAR = 2000;

type ServiceFigures = Pick<RegistrationReportLine, 'serviceHours' | 'serviceRecords' | 'wishesDone' | 'averageRating' | 'points'> & { ratedWishes: number };
type StandingLine = Omit<RegistrationReportLine, keyof ServiceFigures>;
type ReportLine = RegistrationReportLine & { ratedWishes: number };

const round2 = (value: number) => Math.round(value * 100) / 100;

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
    const until = year === thisYear ? this.ctx.clock.now() : this.ctx.clock.startOf(addDays(asOf, 1));
    const members = await this.withService(await this.standings(unit.id, asOf, until), year, asOf);
    const missing = await this.missing(unit.id, until);
    const rosterSize = await this.ctx.em.count(RosterEntry, { unitId: unit.id });
    const count = (standing: RegistrationStanding) => members.filter((m) => m.standing === standing).length;
    const sum = (figure: (line: RegistrationReportLine) => number) => members.reduce((total, line) => total + figure(line), 0);
    const rated = members.filter((m) => m.averageRating !== null);
    return Object.assign(new RegistrationReport(), {
      unitId: unit.id,
      year,
      asOf,
      rosterSize,
      confirmedCount: count(RegistrationStanding.CONFIRMED) + count(RegistrationStanding.ON_LEAVE),
      pendingCount: count(RegistrationStanding.PENDING),
      onLeaveCount: count(RegistrationStanding.ON_LEAVE),
      missingCount: missing.length,
      serviceHours: round2(sum((m) => m.serviceHours)),
      wishesDone: sum((m) => m.wishesDone),
      // Weighted by each member's rated wishes, so it is the average over all rated wishes.
      averageRating:
        rated.length === 0 ? null : round2(rated.reduce((t, m) => t + m.averageRating! * m.ratedWishes, 0) / rated.reduce((t, m) => t + m.ratedWishes, 0)),
      points: sum((m) => m.points),
      members,
      missingRegistrations: missing,
    });
  }

  /**
   * Each of the unit's members (employed there, or on its roster) with the registration in effect
   * at `until` (reported before, not rejected, not closed before) and approved leave on `asOf`.
   */
  private async standings(unitId: string, asOf: string, until: Date): Promise<StandingLine[]> {
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

  /**
   * Adds each member's year of service up to `asOf` (service records, wishes accepted and done, their
   * ratings, points earned) in one aggregate statement over the service tables.
   */
  private async withService(lines: StandingLine[], year: number, asOf: string): Promise<ReportLine[]> {
    const em = this.ctx.em;
    const ids = lines.map((line) => line.memberId);
    const figures = new Map<string, ServiceFigures>();
    if (ids.length > 0) {
      const from = `${year}-01-01`;
      const list = textArrayLiteral(ids);
      const rows = await em.execute<
        Array<{ member_id: string; minutes: string; records: string; wishes_done: string; rated: string; rating_sum: string; points: string }>
      >(
        `select m.id as member_id,
                coalesce(s.minutes, 0) as minutes, coalesce(s.records, 0) as records,
                coalesce(w.done, 0) as wishes_done, coalesce(w.rated, 0) as rated, coalesce(w.rating_sum, 0) as rating_sum,
                coalesce(p.points, 0) as points
         from unnest(?::uuid[]) as m(id)
         left join (select member_id, sum(minutes) as minutes, count(*) as records from ${qualifiedTable(em, ServiceRecord)}
                    where member_id = any(?::uuid[]) and service_day between ? and ? group by member_id) s on s.member_id = m.id
         left join (select accepted_by_member_id as member_id, count(*) as done, count(rating) as rated, sum(rating) as rating_sum
                    from ${qualifiedTable(em, Wish)}
                    where accepted_by_member_id = any(?::uuid[]) and status in (?, ?) and (done_at at time zone ?)::date between ? and ?
                    group by accepted_by_member_id) w on w.member_id = m.id
         left join (select earner_id as member_id, sum(points) as points from ${qualifiedTable(em, PointsEntry)}
                    where earner_kind = ? and earner_id = any(?::uuid[]) and earned_on between ? and ? group by earner_id) p on p.member_id = m.id`,
        [list, list, from, asOf, list, WishStatus.DONE, WishStatus.RATED, this.ctx.clock.timeZone, from, asOf, PointsEarnerKind.MEMBER, list, from, asOf],
      );
      for (const row of rows) {
        const rated = Number(row.rated);
        figures.set(row.member_id, {
          serviceHours: round2(Number(row.minutes) / 60),
          serviceRecords: Number(row.records),
          wishesDone: Number(row.wishes_done),
          ratedWishes: rated,
          averageRating: rated === 0 ? null : round2(Number(row.rating_sum) / rated),
          points: Number(row.points),
        });
      }
    }
    const none: ServiceFigures = { serviceHours: 0, serviceRecords: 0, wishesDone: 0, ratedWishes: 0, averageRating: null, points: 0 };
    return lines.map((line) => ({ ...line, ...(figures.get(line.memberId) ?? none) }));
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
}
