// The KPIs of a run: the old process against all four mechanisms, then each mechanism alone on
// the KPIs it can move (a mechanism leaves the others exactly at the baseline, so those are not
// shown). Every KPI names its origin; assumption-driven KPIs carry their range over the driving
// assumption's plausible values. Internal: not exported from src/index.ts.
import {
  formatStat,
  type Kpi,
  type KpiInput,
  kpi,
  type Localized,
  Money,
  moneyStat,
  percentStat,
  ratioStat,
  sensitivityOf,
  UNITS,
} from '@gd-ftz/core';
import { type NewEconomyTaxServiceParams, SHARD_PARAMS } from './params';
import { MECHANISMS, type Mechanism, type RunVariant, type Totals } from './simulate';

const ONE = { digits: 1, empty: 0 } as const;
const TWO = { digits: 2, empty: 0 } as const;

/** The median of a histogram of whole days, one decimal. */
function histogramMedian(hist: readonly number[]): string {
  const n = hist.reduce((a, c) => a + (c ?? 0), 0);
  if (n === 0) return formatStat(0, 1);
  const at = (k: number) => {
    let seen = 0;
    for (let d = 0; d < hist.length; d++) {
      seen += hist[d] ?? 0;
      if (seen > k) return d;
    }
    return hist.length - 1;
  };
  const mid = (at(Math.floor((n - 1) / 2)) + at(Math.floor(n / 2))) / 2;
  return formatStat(mid, 1);
}

const per1000 = (count: number, t: Totals) => ratioStat(count * 1000, t.firms, TWO);

type Param = keyof NewEconomyTaxServiceParams & string;

interface Spec {
  readonly fields: Omit<KpiInput, 'baseline' | 'reform' | 'sensitivity'>;
  readonly of: (t: Totals) => string;
  /** The assumption that mainly drives the KPI, for its range. */
  readonly driver?: Param;
  /** The driver when one mechanism acts alone, where another assumption drives that effect. */
  readonly driverAlone?: Partial<Record<Mechanism, Param>>;
  /** The mechanisms that can move it alone. */
  readonly movedBy: readonly Mechanism[];
}

const SPECS: readonly Spec[] = [
  {
    fields: {
      id: 'relief-received-share',
      label: { zh: '已享受优惠占应享优惠比例', en: 'Relief received / relief eligible' },
      unit: UNITS.percent,
      better: 'higher',
      origin: 'assumption',
      category: 'money',
      note: {
        zh: '应享金额由法律确定（小型微利企业所得税、小规模增值税、六税两费）；享受率为假设（有无推送）',
        en: 'Eligibility and amounts are law (small low-profit CIT, small-scale VAT, six taxes and two fees); take-up with and without a push is assumed',
      },
    },
    of: (t) => percentStat(t.claimedFen, t.eligibleFen, ONE),
    driver: 'takeUpPushed',
    movedBy: ['policy-push'],
  },
  {
    fields: {
      id: 'relief-unclaimed',
      label: { zh: '应享未享优惠金额', en: 'Relief eligible but unclaimed' },
      unit: UNITS.yuan,
      better: 'lower',
      origin: 'assumption',
      category: 'money',
      note: {
        zh: '全部模拟企业合计；取决于无推送时的享受率假设',
        en: 'All simulated firms together; rests on the assumed take-up without a push',
      },
    },
    of: (t) => moneyStat(Money.fromFen(t.eligibleFen - t.claimedFen)),
    driver: 'takeUpUnaided',
    movedBy: ['policy-push'],
  },
  {
    fields: {
      id: 'days-to-first-invoice',
      label: {
        zh: '登记至首次领用发票天数（中位数，法定时限）',
        en: 'Days from registration to first invoices (median, statutory limit)',
      },
      unit: UNITS.days,
      better: 'lower',
      origin: 'model',
      category: 'applicant-time',
      note: {
        zh: '按法定办结时限计（票种核定5个工作日、首次领票2个工作日），遇节假日顺延；无假设参数影响',
        en: 'At the statutory limits (invoice types 5 working days, first supply 2), on the official calendar; no assumption moves it',
      },
    },
    of: (t) => histogramMedian(t.invoiceDays),
    movedBy: ['bundle'],
  },
  {
    fields: {
      id: 'days-to-first-filing',
      label: {
        zh: '登记至首次有销售申报期限天数（中位数）',
        en: 'Days from registration to the first return with sales (median)',
      },
      unit: UNITS.days,
      better: 'lower',
      origin: 'model',
      category: 'applicant-time',
      note: {
        zh: '首次领票当月的申报期限（次月征期，含节假日顺延）；无假设参数影响',
        en: 'The filing deadline of the month of the first invoices (next month, holiday extensions); no assumption moves it',
      },
    },
    of: (t) => histogramMedian(t.filingDays),
    movedBy: ['bundle'],
  },
  {
    fields: {
      id: 'applications-per-firm',
      label: {
        zh: '每户提交申请数（新办事项+涉税问题请示）',
        en: 'Applications per firm (onboarding items + ruling requests)',
      },
      unit: UNITS.perCase,
      better: 'lower',
      origin: 'assumption',
      category: 'applicant-effort',
      note: {
        zh: '新办事项数由法规确定（分项3件、套餐1件）；请示件数取决于新业态问题数假设',
        en: 'Onboarding items are law (3 separate, 1 bundle); ruling requests rest on the assumed questions per novel project',
      },
    },
    of: (t) => ratioStat(t.applications, t.firms, TWO),
    driver: 'questionsPerNovel',
    movedBy: ['joint-meeting', 'bundle'],
  },
  {
    fields: {
      id: 'novel-ruled-before-revenue',
      label: {
        zh: '首笔收入前已明确涉税事项的新业态项目比例',
        en: 'Novel projects ruled before first revenue',
      },
      unit: UNITS.percent,
      better: 'higher',
      origin: 'assumption',
      category: 'compliance',
    },
    of: (t) => percentStat(t.novelRuledBeforeRevenue, t.novel, ONE),
    driver: 'rulingWorkingDays',
    movedBy: ['joint-meeting'],
  },
  {
    fields: {
      id: 'risk-cases-per-1000',
      label: { zh: '每千户风险案件数', en: 'Risk cases per 1,000 firms' },
      unit: UNITS.count,
      better: 'lower',
      origin: 'assumption',
      category: 'risk',
      note: {
        zh: '风险信号由企业数据按规则产生；转案比例和提醒效果为假设',
        en: 'Signals come from the firms’ data through the rules; the case share and the reminder effect are assumed',
      },
    },
    of: (t) => per1000(t.cases, t),
    driver: 'reminderEffect',
    movedBy: ['risk-reminder'],
  },
  {
    fields: {
      id: 'penalties-per-1000',
      label: { zh: '每千户处罚数', en: 'Penalties per 1,000 firms' },
      unit: UNITS.count,
      better: 'lower',
      origin: 'assumption',
      category: 'risk',
    },
    of: (t) => per1000(t.penalties, t),
    driver: 'reminderEffect',
    movedBy: ['risk-reminder'],
  },
  {
    fields: {
      id: 'officer-hours-per-firm',
      label: { zh: '每户税务人员工时', en: 'Officer hours per firm' },
      unit: UNITS.hours,
      better: 'lower',
      origin: 'assumption',
      category: 'staff-time',
      note: {
        zh: '各项工时均为假设；范围按联席会议工时的合理区间',
        en: 'Every staff time is assumed; the range is over the joint meeting’s hours',
      },
    },
    of: (t) => ratioStat(t.officerMinutes, t.firms * 60, TWO),
    driver: 'meetingHoursPerProject',
    driverAlone: { bundle: 'minutesPerApplication', 'risk-reminder': 'hoursPerCase' },
    movedBy: ['joint-meeting', 'bundle', 'risk-reminder'],
  },
];

/** A parameter whose plausible ends a KPI's range shows. */
export type Driver = Param;

/** Every driver of a KPI's range, in the order of the KPIs (each end is one pass of the firms). */
export const DRIVERS: readonly Driver[] = [
  ...new Set(
    SPECS.flatMap((s) => [
      ...(s.driver === undefined ? [] : [s.driver]),
      ...Object.values(s.driverAlone ?? {}),
    ]),
  ),
];

const MECHANISM_LABEL: Readonly<Record<Mechanism, Localized>> = {
  'joint-meeting': { zh: '仅项目准入联席', en: 'joint meeting only' },
  'policy-push': { zh: '仅政策快享礼包', en: 'policy push only' },
  bundle: { zh: '仅便捷办税套餐', en: 'onboarding bundle only' },
  'risk-reminder': { zh: '仅风险监管提醒', en: 'risk reminders only' },
};

/**
 * The KPIs of a run: all four mechanisms first, then each mechanism alone (ids suffixed
 * `.<mechanism>-only`). `endOf` gives the totals of a sensitivity end (a pass over the same firms
 * with the driver at its plausible end).
 * @example
 * kpisOf(totals, params, (p, driver) => endTotals(merged, driver, p))[0]?.id // 'relief-received-share'
 */
export function kpisOf(
  totals: Readonly<Record<RunVariant, Totals>>,
  params: NewEconomyTaxServiceParams,
  endOf: (p: NewEconomyTaxServiceParams, driver: Driver) => Readonly<Record<RunVariant, Totals>>,
): Kpi[] {
  const out: Kpi[] = [];
  const build = (spec: Spec, variant: Mechanism | 'all') => {
    const { fields, of } = spec;
    const driver = (variant === 'all' ? undefined : spec.driverAlone?.[variant]) ?? spec.driver;
    const sensitivity =
      driver === undefined
        ? undefined
        : sensitivityOf(SHARD_PARAMS, params, driver, (p) => {
            const again = endOf(p, driver);
            return { baseline: of(again.baseline), reform: of(again[variant]) };
          });
    const alone = variant === 'all' ? undefined : MECHANISM_LABEL[variant];
    return kpi({
      ...fields,
      ...(alone
        ? {
            id: `${variant}-only-${fields.id}`,
            label: { zh: `${fields.label.zh}（${alone.zh}）`, en: `${fields.label.en} (${alone.en})` },
          }
        : {}),
      baseline: of(totals.baseline),
      reform: of(totals[variant]),
      ...(sensitivity ? { sensitivity } : {}),
    });
  };
  for (const spec of SPECS) out.push(build(spec, 'all'));
  for (const m of MECHANISMS)
    for (const spec of SPECS) if (spec.movedBy.includes(m)) out.push(build(spec, m));
  return out;
}
