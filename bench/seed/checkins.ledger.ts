import { POINTS_CATALOGUE, RULE_CODES } from '../../subgraphs/checkins/points.catalog';
import { cityId, momentOn, shiftDate } from './city.model';
import { enumType, SCHEMA, table } from './checkins.columns';
import type { CheckinsPlan } from './checkins.seed';
import type { SeedContext, TableRows } from './seed.types';

/** A rule's id, the same in every seeded city (the migration's own catalogue rows are replaced by these). */
export const ruleId = (code: string) => cityId(`points-rule:${code}:1`);
export const ruleOf = (code: string) => POINTS_CATALOGUE.find((rule) => rule.code === code)!;

/** The catalogue as first published, under ids the ledger refers to. */
export function pointsRuleTable(asOf: string): TableRows {
  const rows = POINTS_CATALOGUE.map((rule) => [
    ruleId(rule.code),
    rule.code,
    1,
    rule.category,
    rule.subcategory,
    rule.basis,
    rule.points,
    true,
    momentOn(shiftDate(asOf, -1200)),
  ]);
  const spec: Array<[string, string]> = [
    ['id', 'uuid'],
    ['code', 'text'],
    ['version', 'int'],
    ['category', enumType('points_category')],
    ['subcategory', 'text'],
    ['basis', enumType('points_basis')],
    ['points', 'int'],
    ['current', 'boolean'],
    ['created_at', 'timestamptz'],
  ];
  return { ...table('points_rule', spec, rows), before: `delete from "${SCHEMA}"."points_rule"` };
}

/**
 * The ledger entries that are not service hours: rated wishes (PV02 × stars, to the member or unit
 * that accepted), whole months on a post (CB01, as `awardPostMonth` gives them), and a few staff
 * awards and deductions with reasons.
 */
export function smallEarnings(plan: CheckinsPlan, context: SeedContext): unknown[][] {
  const r = context.random('checkins.points.other');
  const rows: unknown[][] = [];
  const entry = (
    kind: string,
    earner: string,
    unit: string,
    community: string,
    code: string,
    times: number,
    source: string,
    key: string,
    on: string,
    reason: string | null = null,
  ) => {
    const rule = ruleOf(code);
    const points = (rule.basis === 'DEDUCTION' ? -1 : 1) * Math.round(rule.points * times);
    rows.push([r.uuid(), kind, earner, unit, community, points, ruleId(code), code, 1, source, key, on, reason, momentOn(on)]);
  };
  for (const w of plan.wishes) {
    if (w.status !== 'RATED') continue;
    if (w.acceptedByMember)
      entry('MEMBER', w.acceptedByMember.id, w.acceptedByMember.employer.id, w.community.id, RULE_CODES.wishRating, w.rating!, 'WISH', w.id, w.ratedOn!);
    else if (w.acceptedByUnit)
      entry('UNIT', w.acceptedByUnit.id, w.acceptedByUnit.id, w.community.id, RULE_CODES.wishRating, w.rating!, 'WISH', w.id, w.ratedOn!);
  }
  for (const claim of plan.posts.flatMap((p) => p.claims)) {
    for (const month of wholeMonthsHeld(claim.claimedOn, claim.releasedOn, context.asOf)) {
      const lastDay = shiftDate(nextMonth(month), -1);
      entry(
        'MEMBER',
        claim.member.id,
        claim.member.employer.id,
        claim.post.community.id,
        RULE_CODES.postMonth,
        1,
        'POST_MONTH',
        `${claim.id}:${month}`,
        lastDay,
      );
    }
  }
  const awards = POINTS_CATALOGUE.filter((rule) => rule.basis === 'AWARD');
  const deductions = POINTS_CATALOGUE.filter((rule) => rule.basis === 'DEDUCTION');
  for (const m of plan.members) {
    if (!m.active || !r.chance(0.03)) continue;
    const rule = r.chance(0.85) ? r.pick(awards) : r.pick(deductions);
    const on = shiftDate(context.asOf, -r.int(1, 330));
    if (on <= m.active.decidedOn!) continue;
    entry('MEMBER', m.id, m.employer.id, m.community.id, rule.code, 1, 'ADJUSTMENT', r.uuid(), on, `${rule.subcategory}（社区核实）`);
  }
  return rows;
}

const nextMonth = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1)).toISOString().slice(0, 10);

/** The months of the last year (YYYY-MM) that are over and that the claim covered from their first day to their last. */
export function wholeMonthsHeld(claimedOn: string, releasedOn: string | null, asOf: string): string[] {
  const months: string[] = [];
  for (let back = 12; back >= 1; back--) {
    const d = new Date(Date.UTC(Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7)) - 1 - back, 1));
    const month = d.toISOString().slice(0, 7);
    const first = `${month}-01`;
    const next = nextMonth(month);
    if (next > asOf) continue;
    if (claimedOn < first && (!releasedOn || releasedOn >= next)) months.push(month);
  }
  return months;
}
