import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/context/request-context';
import { LocalDate } from '../../platform/graphql/scalars';
import { Agreement, AgreementStatus } from './agreement.entity';
import { AgreementAmendment, AgreementReview } from './agreement-history.entity';
import { AgreementHistoryService } from './agreement-history.service';
import { AgreementRef, AmendAgreementInput, RegisterAgreementInput } from './agreement.inputs';
import { AgreementLifecycleService } from './agreement-lifecycle.service';
import { AgreementService } from './agreement.service';
import { AgreementProject, ImportResult } from './agreement.types';
import { Project } from './agreement-lists';
import { OrganisationReference, organisationReference } from '../organisations/public';
import { Requires } from '../../platform/auth/requires';
import { AGREEMENT_PERMISSIONS as P } from './agreements.permissions';
import { AgreementImportService } from './agreement-import.service';

const why = { description: "原因 (reason, kept with the agreement's history)." };

@Resolver(() => Agreement)
export class AgreementResolver {
  @Query(() => Agreement, { description: '按编号查协议 (an agreement by id): NOT_FOUND or FORBIDDEN say why not.' })
  agreement(@Arg('id', () => ID, { description: '编号 (id).' }) id: string, @Ctx() ctx: RequestContext) {
    return ctx.get(AgreementService).get(id);
  }

  @FieldResolver(() => AgreementStatus, { description: '状态 (status today; EXPIRED follows the term).' })
  status(@Root() agreement: Agreement, @Ctx() ctx: RequestContext) {
    return ctx.get(AgreementService).status(agreement);
  }

  @FieldResolver(() => OrganisationReference, { description: '共建组织 (the street or community committee side).' })
  committee(@Root() agreement: Agreement) {
    return organisationReference(agreement.committeeId);
  }

  @FieldResolver(() => OrganisationReference, { description: '共建单位 (the unit party organisation side).' })
  partner(@Root() agreement: Agreement) {
    return organisationReference(agreement.partnerId);
  }

  @FieldResolver(() => [AgreementAmendment], { description: '变更记录 (numbered amendments, oldest first).' })
  amendments(@Root() agreement: Agreement, @Ctx() ctx: RequestContext) {
    return ctx.get(AgreementHistoryService).amendmentsOf(agreement.id);
  }

  @FieldResolver(() => [AgreementReview], { description: '年度评议 (annual reviews, by year).' })
  reviews(@Root() agreement: Agreement, @Ctx() ctx: RequestContext) {
    return ctx.get(AgreementHistoryService).reviewsOf(agreement.id);
  }

  @Mutation(() => Agreement, {
    description: '登记共建协议 (a partner unit registers an agreement, as a draft). A retry with the same idempotencyKey returns the same agreement.',
  })
  @Requires(P.register)
  registerAgreement(
    @Arg('input', { description: '输入 (input).' }) input: RegisterAgreementInput,
    @Arg('idempotencyKey', () => String, { nullable: true, description: '幂等键 (a key of your choosing per registration, for safe retries).' })
    key: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.get(AgreementService).register(input, key);
  }

  @Mutation(() => Agreement, { description: '变更协议 (amend an agreement; a signed one records a numbered amendment and needs a reason).' })
  @Requires(P.change)
  amendAgreement(
    @Args() ref: AgreementRef,
    @Arg('input', { description: '变更内容 (changes).' }) input: AmendAgreementInput,
    @Arg('reason', () => String, { nullable: true, ...why }) reason: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.get(AgreementService).amend(ref.id, ref.version, input, reason);
  }

  @Mutation(() => Agreement, { description: '签订协议 (the committee side signs a draft: it becomes ACTIVE).' })
  @Requires(P.decide)
  signAgreement(
    @Args() ref: AgreementRef,
    @Arg('signingDate', () => LocalDate, { nullable: true, description: '签订日期 (signing date; today if omitted).' }) date: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.get(AgreementLifecycleService).sign(ref.id, ref.version, date);
  }

  @Mutation(() => Agreement, { description: '暂停协议 (the committee side suspends an active agreement).' })
  @Requires(P.decide)
  suspendAgreement(@Args() ref: AgreementRef, @Arg('reason', why) reason: string, @Ctx() ctx: RequestContext) {
    return ctx.get(AgreementLifecycleService).suspend(ref.id, ref.version, reason);
  }

  @Mutation(() => Agreement, { description: '恢复协议 (the committee side resumes a suspended agreement).' })
  @Requires(P.decide)
  resumeAgreement(@Args() ref: AgreementRef, @Ctx() ctx: RequestContext) {
    return ctx.get(AgreementLifecycleService).resume(ref.id, ref.version);
  }

  @Mutation(() => Agreement, { description: '终止协议 (either side ends an agreement early).' })
  @Requires(P.change)
  terminateAgreement(@Args() ref: AgreementRef, @Arg('reason', why) reason: string, @Ctx() ctx: RequestContext) {
    return ctx.get(AgreementLifecycleService).terminate(ref.id, ref.version, reason);
  }

  @Mutation(() => Agreement, { description: '续签协议 (a new term as a new draft agreement linked to this one).' })
  @Requires(P.change)
  renewAgreement(
    @Args() ref: AgreementRef,
    @Arg('validFrom', () => LocalDate, { description: '新开始日期 (first day of the new term).' }) validFrom: string,
    @Arg('validTo', () => LocalDate, { description: '新结束日期 (last day of the new term).' }) validTo: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.get(AgreementLifecycleService).renew(ref.id, ref.version, validFrom, validTo);
  }

  @Mutation(() => Agreement, { description: "报告项目进展 (report a project's progress, 0 to 100 percent)." })
  @Requires(P.change)
  reportProjectProgress(
    @Args() ref: AgreementRef,
    @Arg('projectId', () => ID, { description: '项目编号 (project id).' }) projectId: string,
    @Arg('progress', () => Int, { description: '进度 (percent, 0 to 100).' }) progress: number,
    @Arg('note', { description: '说明 (what was done).' }) note: string,
    @Arg('reason', () => String, { nullable: true, description: '回退原因 (why, when progress is below the last report; required then).' })
    reason: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.get(AgreementLifecycleService).reportProgress(ref.id, ref.version, projectId, progress, note, reason);
  }

  @Mutation(() => AgreementReview, { description: '年度评议 (the committee side rates an agreement for a year, once).' })
  @Requires(P.decide)
  reviewAgreement(
    @Arg('id', () => ID, { description: '协议编号 (id of the agreement).' }) id: string,
    @Arg('year', () => Int, { description: '年度 (year within the term).' }) year: number,
    @Arg('rating', () => Int, { description: '评分 (1 to 5).' }) rating: number,
    @Arg('comment', { description: '评语 (comment).' }) comment: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.get(AgreementLifecycleService).review(id, year, rating, comment);
  }
}

@Resolver()
export class AgreementImportResolver {
  @Mutation(() => ImportResult, {
    description:
      '批量导入协议 (import a district\'s agreements from CSV: UTF-8, Chinese or English headers): all rows or none, with every problem by row. Text that was not UTF-8 (Excel\'s plain "CSV" in Chinese Windows is GBK) is refused with NOT_UTF8.',
  })
  @Requires(P.import)
  importAgreements(@Arg('csv', { description: "CSV 文本 (the file's text)." }) csv: string, @Ctx() ctx: RequestContext) {
    return ctx.get(AgreementImportService).import(csv);
  }
}

/** A linked project: the agreement and the project as they stand, to those who may read the agreement. */
@Resolver(() => AgreementProject)
export class AgreementProjectResolver {
  @FieldResolver(() => Agreement, { nullable: true, description: '所属协议 (the agreement): null unless you may read it.' })
  agreement(@Root() link: AgreementProject, @Ctx() ctx: RequestContext) {
    return ctx.get(AgreementService).findVisible(link.agreementId);
  }

  @FieldResolver(() => Project, {
    nullable: true,
    description: '项目 (the project as it stands): null unless you may read its agreement, or once an amendment has removed it.',
  })
  project(@Root() link: AgreementProject, @Ctx() ctx: RequestContext) {
    return ctx.get(AgreementService).findVisibleProject(link.agreementId, link.projectId);
  }
}
