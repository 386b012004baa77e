import type { DecisionTable, TableCondition, Threshold } from '@gd-ftz/core';
import type { ApprovalFacts } from './facts';
import { type LawValues, lawAt } from './law-values';
import { ruleSpecsAt } from './rules/catalog';

/**
 * The rules that set the months supplied at once by credit grade (A, B, M/C, D).
 * @example
 * SUPPLY_TABLE_RULES[0] // 'ITA-032' (grade A)
 */
export const SUPPLY_TABLE_RULES = ['ITA-032', 'ITA-033', 'ITA-034', 'ITA-035'] as const;

function conditionOf(t: Threshold<ApprovalFacts>): TableCondition {
  if (t.op === 'in') return t.value as readonly string[];
  if (t.op === '==') return t.value as string;
  throw new RangeError(`threshold ${t.fact} ${t.op} is not a table cell`);
}

/**
 * The supply-months table by credit grade, read from the conditions of rules ITA-032 … ITA-035
 * in force on `date` (so a change to one of those rules is checked here): every grade must match
 * exactly one row.
 * @example
 * checkDecisionTable(supplyMonthsTable('2025-03-03')) // { gaps: [], overlaps: [], ... }
 */
export function supplyMonthsTable(date: string): DecisionTable {
  const specs = ruleSpecsAt(date).filter((s) => (SUPPLY_TABLE_RULES as readonly string[]).includes(s.id));
  return {
    inputs: [{ name: 'creditGrade', domain: { kind: 'enum', values: ['A', 'B', 'M', 'C', 'D'] } }],
    hitPolicy: 'unique',
    rows: specs.map((s) => {
      const t = (s.thresholds ?? []).find((x) => x.fact === 'creditGrade');
      if (t === undefined) throw new RangeError(`${s.id} has no creditGrade threshold`);
      const e = s.effect;
      return {
        id: s.id,
        conditions: { creditGrade: conditionOf(t) },
        output:
          e.severity === 'approve-cap' || e.severity === 'restrict' ? (e.cap.maxSupplyMonths ?? null) : null,
      };
    }),
  };
}

/**
 * One row of the statutory decision limit: who, which tiers, how many working days.
 * @example
 * const [row]: readonly LimitRow[] = decisionLimitRows(lawAt('2025-03-03'));
 * row?.workingDays // 2
 */
export interface LimitRow {
  readonly id: 'new-immediate' | 'standard' | 'routed';
  readonly isNew: readonly ('yes' | 'no')[];
  readonly tiers: { readonly min: number; readonly max: number };
  readonly workingDays: number;
}

/**
 * The decision-limit rows in force: a new taxpayer's first issue up to the immediate tier in 2
 * working days (2018年第29号), others up to that tier in 5 (发票管理办法 第十五条), higher tiers in 10
 * (the routed licence, office guide).
 * @example
 * decisionLimitRows(lawAt('2025-03-03')).map((r) => r.workingDays) // [2, 5, 10]
 */
export function decisionLimitRows(L: LawValues): readonly LimitRow[] {
  const top = L.tierFen.length - 1;
  return [
    {
      id: 'new-immediate',
      isNew: ['yes'],
      tiers: { min: 0, max: L.immediateMaxTier },
      workingDays: L.newDecisionWorkingDays,
    },
    {
      id: 'standard',
      isNew: ['no'],
      tiers: { min: 0, max: L.immediateMaxTier },
      workingDays: L.decisionWorkingDays,
    },
    {
      id: 'routed',
      isNew: ['yes', 'no'],
      tiers: { min: L.immediateMaxTier + 1, max: top },
      workingDays: L.routedDecisionWorkingDays,
    },
  ];
}

/**
 * The decision-limit table (new or not × highest requested tier 0–4) for the gap/overlap check.
 * @example
 * checkDecisionTable(decisionLimitTable('2025-03-03')).gaps // []
 */
export function decisionLimitTable(date: string): DecisionTable {
  const L = lawAt(date);
  return {
    inputs: [
      { name: 'isNew', domain: { kind: 'enum', values: ['yes', 'no'] } },
      { name: 'tier', domain: { kind: 'interval', min: 0, max: L.tierFen.length - 1, integer: true } },
    ],
    hitPolicy: 'unique',
    rows: decisionLimitRows(L).map((r) => ({
      id: r.id,
      conditions: { isNew: r.isNew, tier: { min: r.tiers.min, max: r.tiers.max } },
      output: r.workingDays,
    })),
  };
}

/**
 * The highest-requested-tier route table: immediate (依申请即办) up to 10万, routed (依申请流转) above,
 * and the 1000万 tier always referred (ITA-115).
 * @example
 * checkDecisionTable(tierRouteTable('2025-03-03')).overlaps // []
 */
export function tierRouteTable(date: string): DecisionTable {
  const L = lawAt(date);
  const top = L.tierFen.length - 1;
  return {
    inputs: [{ name: 'tier', domain: { kind: 'interval', min: 1, max: top, integer: true } }],
    hitPolicy: 'unique',
    rows: [
      { id: 'immediate', conditions: { tier: { min: 1, max: L.immediateMaxTier } }, output: 'immediate' },
      { id: 'routed', conditions: { tier: { min: L.immediateMaxTier + 1, max: top - 1 } }, output: 'routed' },
      { id: 'ITA-115', conditions: { tier: { min: top, max: top } }, output: 'refer' },
    ],
  };
}
