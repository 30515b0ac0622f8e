import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { maskIdentityNumber, Personal } from '../../platform/auth/personal';
import { Requires } from '../../platform/auth/requires';
import type { RequestContext } from '../../platform/context/request-context';
import { OrganisationReference, organisationReference } from '../organisations/public';
import { CHECKIN_PERMISSIONS as P } from './checkins.permissions';
import { MemberAccess } from './member-access';
import { PartyMember } from './party-member.entity';
import { PartyMemberService } from './party-member.service';
import { MissingRegistration, RegistrationReport, RegistrationReportLine, RosterImportResult } from './registration-report.types';
import { RegistrationReportService } from './registration-report.service';

@Resolver(() => RegistrationReport)
export class RegistrationReportResolver {
  @Query(() => RegistrationReport, {
    description: '双报告 (the report back to a unit on its members for a year: who reported where, who is on leave, who on its roster has not reported).',
  })
  registrationReport(
    @Arg('unitId', () => ID, { description: '单位党组织编号 (the unit party organisation).' }) unitId: string,
    @Arg('year', () => Int, { description: '年度 (year, from 2000 to this year).' }) year: number,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.get(RegistrationReportService).report(unitId, year);
  }

  @FieldResolver(() => OrganisationReference, { description: '单位 (the unit reported on).' })
  unit(@Root() report: RegistrationReport) {
    return organisationReference(report.unitId);
  }

  @Mutation(() => RosterImportResult, {
    description:
      "上传党员名册 (upload the unit's roster as UTF-8 CSV with the columns 姓名 and 身份证号; replaces the roster, all or nothing; GBK files are refused with how to re-save them).",
  })
  @Requires(P.importRoster)
  importRoster(
    @Arg('unitId', () => ID, { description: '单位党组织编号 (your unit party organisation).' }) unitId: string,
    @Arg('csv', { description: "CSV 文本 (the file's text, UTF-8)." }) csv: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.get(RegistrationReportService).importRoster(unitId, csv);
  }
}

@Resolver(() => RegistrationReportLine)
export class RegistrationReportLineResolver {
  @FieldResolver(() => PartyMember, { nullable: true, description: '党员 (the member; null when you may not read the member).' })
  member(@Root() line: RegistrationReportLine, @Ctx() ctx: RequestContext) {
    return ctx.get(PartyMemberService).findVisible(line.memberId);
  }

  @FieldResolver(() => OrganisationReference, { nullable: true, description: '报到社区 (the community reported to, when reported).' })
  community(@Root() line: RegistrationReportLine) {
    return line.communityId ? organisationReference(line.communityId) : null;
  }
}

@Resolver(() => MissingRegistration)
export class MissingRegistrationResolver {
  @FieldResolver(() => String, { nullable: true, description: '身份证号码 (identity number on the roster; personal: masked for all but the unit itself).' })
  @Personal(P.readPersonal, (row: MissingRegistration) => ({ organisationId: row.unitId }), maskIdentityNumber)
  identityNumber(@Root() row: MissingRegistration, @Ctx() ctx: RequestContext) {
    return ctx.get(MemberAccess).cipher.decrypt(row.identityNumberCipher);
  }

  @FieldResolver(() => PartyMember, { nullable: true, description: '党员 (the member record with this identity number, if entered and yours to read).' })
  member(@Root() row: MissingRegistration, @Ctx() ctx: RequestContext) {
    return row.memberId ? ctx.get(PartyMemberService).findVisible(row.memberId) : null;
  }
}
