// The KPIs of measure 20, each a function of one variant's counts, with its origin, category and
// the assumptions whose range is reported with it.
import {
  type Kpi,
  type KpiCategory,
  type KpiOrigin,
  type Localized,
  Money,
  moneyStat,
  percentStat,
  ratioStat,
  UNITS,
  valueAt,
} from '@gd-ftz/core';
import { STAFF_ASSUMPTIONS } from './assumptions';
import { FINE_84_MAX, FINE_84_MIN } from './law';
import type { SpecialEquipmentLedgerParams } from './params';
import type { SensitivityName } from './simulate';
import type { YearStats } from './year';

/** One variant's value of a KPI, from its year and parameters. */
type Measure = (s: YearStats, p: SpecialEquipmentLedgerParams, units: number) => string;

/** A KPI as this engine defines it, before it is rendered for the report. */
export interface KpiSpec {
  readonly id: string;
  readonly label: Localized;
  readonly unit: Localized;
  readonly better: Kpi['better'];
  readonly origin: KpiOrigin;
  readonly category: KpiCategory;
  readonly of: Measure;
  /** The assumptions whose low/high values are reported with it. */
  readonly drivers: readonly SensitivityName[];
  readonly note?: Localized;
}

const PER_1000 = { zh: '每千台', en: 'per 1,000 units' } as const;
// Exact ratios of integer counts (core's stat helpers); an empty denominator gives 0.
const perThousand = (x: number, units: number, digits = 1) =>
  ratioStat(x * 1000, units, { digits, empty: 0 });
const pct = (part: number, whole: number, digits = 1) => percentStat(part, whole, { digits, empty: 0 });
const mean = (sum: number, n: number, digits = 1) => ratioStat(sum, n, { digits, empty: 0 });

/** The Art. 84 fine per case at the scenario's level within the statutory range. */
export function fineAmount(p: SpecialEquipmentLedgerParams, year: number): Money {
  const at = `${String(year).padStart(4, '0')}-01-01`;
  const min = Money.fromDecimal(valueAt(FINE_84_MIN, at));
  const max = Money.fromDecimal(valueAt(FINE_84_MAX, at));
  if (p.fineLevel === 'maximum') return max;
  if (p.fineLevel === 'midpoint') return min.add(max).divide(2).round();
  return min;
}

/**
 * The KPIs of measure 20.
 * @example
 * KPI_SPECS.map((k) => k.id) // ['overdue-unit-days', 'overdue-at-year-end', …]
 */
export const KPI_SPECS: readonly KpiSpec[] = [
  {
    id: 'overdue-unit-days',
    label: { zh: '超期未检设备·日', en: 'Unit-days past the inspection due date' },
    unit: PER_1000,
    better: 'lower',
    origin: 'assumption',
    category: 'compliance',
    of: (s, _p, n) => perThousand(s.overdueUnitDays, n),
    drivers: ['lateRequest', 'reminderEffect'],
    note: {
      zh: '检验合格有效期届满后仍未检验的天数（特种设备安全法第四十条）；改革后提醒和线上监察指令缩短',
      en: 'Days in use after the validity ended without inspection (Art. 40); reminders and online orders shorten them',
    },
  },
  {
    id: 'overdue-at-year-end',
    label: { zh: '年末超期未检设备比例', en: 'Units overdue at year end' },
    unit: UNITS.percent,
    better: 'lower',
    origin: 'assumption',
    category: 'compliance',
    of: (s) => pct(s.overdueAtEnd, s.inUseAtEnd, 2),
    drivers: ['lateRequest', 'reminderEffect'],
  },
  {
    id: 'hazards-found',
    label: { zh: '当年新生隐患被发现的比例', en: 'Hazards arising in the year that are found' },
    unit: UNITS.percent,
    better: 'higher',
    origin: 'assumption',
    category: 'risk',
    of: (s) => pct(s.found, s.hazards),
    drivers: ['selfCheckDetect'],
  },
  {
    id: 'self-found-share',
    label: { zh: '企业自查发现的隐患占比', en: 'Share of found hazards the users find themselves' },
    unit: UNITS.percent,
    better: 'higher',
    origin: 'assumption',
    category: 'risk',
    of: (s) => pct(s.foundBySelf, s.found),
    drivers: ['selfCheckDetect'],
    note: {
      zh: '对应"以互动促主动"：自查发现 / 全部发现（自查、定期检验、现场检查），由模拟事件计得',
      en: 'The seed’s 主动 (initiative): found by self-check / all found (self-check, inspection, on-site check), counted from the events',
    },
  },
  {
    id: 'hazard-days-open',
    label: { zh: '隐患存续天数', en: 'Hazard-days open' },
    unit: PER_1000,
    better: 'lower',
    origin: 'assumption',
    category: 'risk',
    of: (s, _p, n) => perThousand(s.hazardDaysOpen, n, 0),
    drivers: ['selfCheckDetect'],
    note: {
      zh: '自出现至整改完成，年末未整改的计至年末',
      en: 'From onset to fix; still open at year end counted to year end',
    },
  },
  {
    id: 'accidents',
    label: { zh: '事故起数', en: 'Accidents' },
    unit: UNITS.count,
    better: 'lower',
    origin: 'assumption',
    category: 'risk',
    of: (s) => String(s.accidents),
    drivers: ['accidentRate', 'selfCheckDetect'],
    note: {
      zh: '由隐患暴露时间按假设事故率得出（严重隐患发现即停用，一般隐患至整改）；无公开事故率',
      en: 'From hazard exposure at an assumed rate (a serious hazard stops the unit when found, a general one runs until fixed); no published rate',
    },
  },
  {
    id: 'regulator-knows',
    label: { zh: '年内监管部门掌握的隐患比例', en: 'Hazards the regulator knows of by year end' },
    unit: UNITS.percent,
    better: 'higher',
    origin: 'assumption',
    category: 'coverage',
    of: (s) => pct(s.known, s.hazards),
    drivers: ['selfCheckDetect'],
    note: {
      zh: '改革前：现场检查发现的隐患，及检验机构须报告的严重隐患（第五十三条）；改革后：台账共享、线上上报的全部隐患',
      en: 'Baseline: on-site findings and the serious hazards inspectors must report (Art. 53); reform: every finding, shared and reported online',
    },
  },
  {
    id: 'days-to-regulator',
    label: {
      zh: '隐患出现至监管部门掌握的天数（平均）',
      en: 'Days from a hazard to the regulator knowing (mean)',
    },
    unit: UNITS.days,
    better: 'lower',
    origin: 'assumption',
    category: 'coverage',
    of: (s) => mean(s.knowDaysSum, s.known),
    drivers: ['selfCheckDetect'],
    note: {
      zh: '仅计监管部门年内掌握的隐患；掌握比例见上一指标',
      en: 'Over the hazards the regulator learns of in the year; the share it learns of is the KPI above',
    },
  },
  {
    id: 'late-registrations',
    label: { zh: '逾期办理使用登记的新设备比例', en: 'New units registered after the Art. 33 deadline' },
    unit: UNITS.percent,
    better: 'lower',
    origin: 'assumption',
    category: 'compliance',
    of: (s) => pct(s.lateRegistrations, s.newUnits),
    drivers: ['lateRegistration', 'reminderEffect'],
  },
  {
    id: 'days-to-register',
    label: { zh: '投入使用至办理登记天数（平均）', en: 'Days from entry into use to registration (mean)' },
    unit: UNITS.days,
    better: 'lower',
    origin: 'assumption',
    category: 'compliance',
    of: (s) => mean(s.registerDaysSum, s.registered),
    drivers: ['lateRegistration', 'reminderEffect'],
    note: { zh: '年内登记的新设备', en: 'New units registered within the year' },
  },
  {
    id: 'supervisor-hours',
    label: { zh: '监管人员工时', en: 'Supervisor hours' },
    unit: { zh: '小时/千台', en: 'h per 1,000 units' },
    better: 'lower',
    origin: 'assumption',
    category: 'staff-time',
    of: (s, p, n) =>
      ratioStat(
        (s.visits * p.visitHours +
          s.rechecks * STAFF_ASSUMPTIONS.recheckHours.value +
          s.orders * STAFF_ASSUMPTIONS.orderHours.value) *
          1000,
        n,
        { digits: 1, empty: 0 },
      ),
    drivers: ['visitHours'],
    note: {
      zh: '现场检查（两者次数相同）+ 严重隐患整改复查（第五十七号令第二十九条）+ 改革后的线上监察指令；改革后复查增多',
      en: 'On-site checks (the same number in both) + re-checks of serious hazards (Order 57 Art. 29) + the reform’s online orders; the reform re-checks more',
    },
  },
  {
    id: 'visit-hit-rate',
    label: { zh: '现场检查发现问题的比例', en: 'On-site checks that find a hazard or an overdue unit' },
    unit: UNITS.percent,
    better: 'higher',
    origin: 'assumption',
    category: 'coverage',
    of: (s) => pct(s.visitHits, s.visits),
    drivers: ['selfCheckDetect'],
    note: {
      zh: '改革前"双随机"（第五十七号令第八条），改革后按台账风险等级定向（假设台账能识别风险等级）',
      en: 'Random (双随机, Order 57 Art. 8) before; risk-targeted from the ledger after (assumes the ledger reveals the risk class)',
    },
  },
  {
    id: 'fines',
    label: { zh: '第八十四条罚款', en: 'Art. 84 fines' },
    unit: UNITS.yuan,
    better: 'neither',
    origin: 'assumption',
    category: 'money',
    of: (s, p) => moneyStat(fineAmount(p, p.year).multiply(BigInt(s.fines))),
    drivers: ['fineLevel'],
    note: {
      zh: '现场检查发现超期未检仍在使用（第八十四条 3万–30万元，按所选裁量）；改革后逾期设备先收到线上指令',
      en: 'On-site findings of units in use past their validity (Art. 84, 30,000–300,000 CNY at the chosen level); the reform sends overdue units an online order first',
    },
  },
];
