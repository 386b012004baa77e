// The KPIs of a run, baseline against reform, from the totals of simulated events; each with its
// origin and category, and for assumption-driven ones the range over the assumption's ends.
import {
  histogramQuantileStat,
  type Kpi,
  type KpiInput,
  kpi,
  percentStat,
  ratioStat,
  sensitivityOf,
  UNITS,
} from '@gd-ftz/core';
import { PROVINCE_PARAMS, type ShipCertificateBundleParams } from './params';
import type { BatchData, DRIVERS, VariantData } from './shard';

type Fields = Omit<KpiInput, 'baseline' | 'reform'>;
type Of = (t: VariantData) => string;
/** An assumption parameter whose plausible ends a KPI shows. */
export type Driver = (typeof DRIVERS)[number];

const ONE = { digits: 1, empty: 0 } as const;
const TWO = { digits: 2, empty: 0 } as const;

const perShip =
  (f: (t: VariantData) => number): Of =>
  (t) =>
    ratioStat(f(t), t.ships, TWO);
const fullSet =
  (q: number): Of =>
  (t) =>
    histogramQuantileStat(t.fullSet, q, ONE);

/**
 * The KPIs of a run from the scenario's totals; `endOf` gives the totals of a sensitivity end
 * (`driver` at its low or high value in `varied`), run on the same ships.
 */
export function kpisOf(
  run: BatchData,
  params: ShipCertificateBundleParams,
  endOf: (varied: ShipCertificateBundleParams, driver: Driver) => BatchData,
): Kpi[] {
  const k = (fields: Fields, of: Of, param?: Driver): Kpi => {
    // The province schema, so that a run of more ships than a browser's limit keeps its ranges.
    const sensitivity =
      param === undefined
        ? undefined
        : sensitivityOf(PROVINCE_PARAMS, params, param, (p) => {
            const t = endOf(p, param);
            return { baseline: of(t.baseline), reform: of(t.reform) };
          });
    return kpi({
      ...fields,
      ...(sensitivity ? { sensitivity } : {}),
      baseline: of(run.baseline),
      reform: of(run.reform),
    });
  };
  const perShipUnit = UNITS.perCase;
  return [
    k(
      {
        id: 'submissions-per-ship',
        label: {
          zh: '每艘船提交申请次数（含退回重交）',
          en: 'Applications lodged per ship (resubmissions included)',
        },
        unit: perShipUnit,
        better: 'lower',
        origin: 'assumption',
        category: 'applicant-effort',
        note: {
          zh: '从模拟事件计数：改革前每证一申请、材料不齐退回重交；改革后一套材料一次申请（"一事通办"），主要材料不齐才重交',
          en: 'Counted from events: before, one application per certificate and a returned file lodged again; after, one application with one set of materials (一事通办), lodged again only when a main material is missing',
        },
      },
      perShip((t) => t.submissions),
      'mainIncompleteShare',
    ),
    k(
      {
        id: 'counter-visits',
        label: { zh: '每艘船到窗口次数', en: 'Counter visits per ship' },
        unit: perShipUnit,
        better: 'lower',
        origin: 'assumption',
        category: 'applicant-effort',
        note: {
          zh: '同日并行提交的多项申请算一次；改革后补正次要材料按到窗口一次计（保守）',
          en: 'Applications lodged the same day count as one visit; after the reform each supply of a gap counts as a visit (conservative)',
        },
      },
      perShip((t) => t.visits),
      'secondaryGapShare',
    ),
    k(
      {
        id: 'common-material-copies',
        label: { zh: '每艘船重复提交的通用材料份数', en: 'Copies of common materials per ship' },
        unit: perShipUnit,
        better: 'lower',
        origin: 'model',
        category: 'applicant-effort',
        note: {
          zh: '通用材料：申请书、身份证明、船舶技术资料；改革前每次申请各交一份',
          en: 'Common materials: application form, identity, technical data; before the reform each application carries its own',
        },
      },
      perShip((t) => t.copies),
    ),
    k(
      {
        id: 'full-set-working-days-median',
        label: { zh: '取得全套证书的工作日（中位数）', en: 'Working days to the full set (median)' },
        unit: UNITS.days,
        better: 'lower',
        origin: 'assumption',
        category: 'applicant-time',
        note: {
          zh: '两种方式下全部事项均发证的船舶；改革前纸质技术证书送达时间为假设参数',
          en: 'Ships whose every item is issued in both variants; the paper certificates’ delivery before the reform is an assumption',
        },
      },
      fullSet(0.5),
      'paperCertificateDays',
    ),
    k(
      {
        id: 'full-set-working-days-p90',
        label: { zh: '取得全套证书的工作日（90分位）', en: 'Working days to the full set (p90)' },
        unit: UNITS.days,
        better: 'lower',
        origin: 'assumption',
        category: 'applicant-time',
      },
      fullSet(0.9),
      'paperCertificateDays',
    ),
    k(
      {
        id: 'days-without-nationality',
        label: {
          zh: '无国籍证书不能航行的天数（平均）',
          en: 'Days unable to sail without a nationality certificate (mean)',
        },
        unit: UNITS.days,
        better: 'lower',
        origin: 'assumption',
        category: 'applicant-time',
        note: {
          zh: '自然日，自开始办理至国籍证书签发（海上交通安全法 第十条、第三十三条）',
          en: 'Natural days from the start to the nationality certificate (海上交通安全法 arts. 10, 33)',
        },
      },
      (t) => ratioStat(t.noNationalityDays, t.noNationalityShips, ONE),
      'paperCertificateDays',
    ),
    k(
      {
        id: 'gap-terminated-share',
        label: { zh: '容缺受理后逾期终止的比例', en: 'Items accepted with gaps then terminated (share)' },
        unit: UNITS.percent,
        better: 'lower',
        origin: 'assumption',
        category: 'risk',
        note: {
          zh: '改革前无容缺受理（缺件即退回），故为0；改革后取决于申请人补正用时（假设）',
          en: 'No tolerated gaps before the reform (a gap returns the file), hence 0; after it, driven by the applicants’ assumed supply time',
        },
      },
      (t) => percentStat(t.terminated, t.gapsAccepted, ONE),
      'supplyLagDays',
    ),
    k(
      {
        id: 'officer-touches',
        label: { zh: '每艘船经办人员处理次数', en: 'Officer touches per ship' },
        unit: perShipUnit,
        better: 'lower',
        origin: 'model',
        category: 'staff-time',
        note: {
          zh: '收件审查、核验纸质证书、补正审查、作出决定各计一次',
          en: 'Each intake check, paper-certificate verification, supply check and decision counts once',
        },
      },
      perShip((t) => t.touches),
    ),
    k(
      {
        id: 'inside-statutory-period',
        label: { zh: '在法定期限内作出决定的比例', en: 'Decisions inside their statutory period (share)' },
        unit: UNITS.percent,
        better: 'higher',
        origin: 'assumption',
        category: 'compliance',
        note: {
          zh: '所有权、抵押权登记（7日）与海事劳工证书（10个工作日），仅计机关可办理之日起的天数',
          en: 'Ownership and mortgage (7 days) and the maritime labour certificate (10 working days), authority days only',
        },
      },
      (t) => percentStat(t.statutoryInside, t.statutoryItems, ONE),
      'paperVerifyDays',
    ),
  ];
}
