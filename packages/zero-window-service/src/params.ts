import { defineParams, type ParamsOf, type ValidationIssue } from '@gd-ftz/core';
import { reformPlanOf } from './plans';

const SHARE = { zh: '比例', en: 'share' } as const;
const MINUTES = { zh: '分钟', en: 'minutes' } as const;
const STAFF = { zh: '人', en: 'staff' } as const;
/** Tolerance of the redeployment share sum (form fields in steps of 0.05). */
const SUM_TOLERANCE = 1e-9;

/**
 * The scenario parameters of measure 3: one tax office's year of requests, its staff, and the
 * assumptions (each with its reason in `help` and a `plausible` range) and calibrations behind the
 * channel shift. The legal limits live in law.ts as dated, cited parameters.
 * @example
 * PARAMS.digitalReadiness.default // 0.84
 */
export const PARAMS = defineParams(
  {
    requests: {
      kind: 'integer',
      label: { zh: '全年请求数', en: 'Requests in the year' },
      help: {
        zh: '一个办税服务厅辖区一年的办税缴费请求（全省约4200万，[S19]）',
        en: 'One hall district’s requests in a year (the province: about 42 M, [S19])',
      },
      unit: { zh: '件', en: 'requests' },
      default: 30_000,
      min: 100,
      max: 300_000,
    },
    year: {
      kind: 'integer',
      label: { zh: '模拟年度', en: 'Simulated year' },
      help: {
        zh: '法定节假日与调休按当年国务院通知',
        en: 'Days off and make-up days from that year’s State Council notice',
      },
      default: 2025,
      min: 2019,
      max: 2025,
    },
    windowStaff: {
      kind: 'integer',
      label: { zh: '改革前办税窗口人数', en: 'Window staff before the reform' },
      unit: STAFF,
      default: 2,
      min: 1,
      max: 60,
    },
    backOfficeStaff: {
      kind: 'integer',
      label: { zh: '改革前后台人数', en: 'Back-office staff before the reform' },
      unit: STAFF,
      default: 3,
      min: 1,
      max: 60,
    },
    shareCloud: {
      kind: 'number',
      label: { zh: '窗口人员转云端坐席比例', en: 'Share of window staff to cloud seats' },
      unit: SHARE,
      default: 0.5,
      min: 0,
      max: 1,
      step: 0.05,
    },
    shareLounge: {
      kind: 'number',
      label: { zh: '窗口人员转会客厅比例', en: 'Share of window staff to the lounge' },
      help: { zh: '其余转后台', en: 'The rest go to the back office' },
      unit: SHARE,
      default: 0.5,
      min: 0,
      max: 1,
      step: 0.05,
    },
    staffReduction: {
      kind: 'number',
      label: { zh: '改革精简窗口编制比例', en: 'Share of window posts cut by the reform' },
      help: { zh: '0 表示人员全部转岗保留', en: '0 keeps every post (all redeployed)' },
      unit: SHARE,
      default: 0,
      min: 0,
      max: 0.5,
      step: 0.05,
    },
    jointRooms: {
      kind: 'integer',
      label: { zh: '多方会商室', en: 'Rooms for multi-party consultation' },
      help: {
        zh: '每场会商由两名会客厅人员按预约参加',
        en: 'Each booked session is attended by two lounge staff',
      },
      default: 1,
      min: 0,
      max: 10,
    },
    digitalReadiness: {
      kind: 'number',
      label: { zh: '纳税人自主网上办理能力', en: 'Taxpayers able to self-serve online' },
      help: {
        zh: '假设（校准）：取0.84使改革前网上办理占全部业务约73%（广东地税约2016年，[S19]）',
        en: 'Assumption (calibrated): 0.84 puts about 73% of all business online before the reform (Guangdong c.2016, [S19])',
      },
      unit: SHARE,
      default: 0.84,
      min: 0,
      max: 1,
      step: 0.01,
      assumption: true,
      plausible: { low: 0.75, high: 0.95 },
    },
    inPersonOnlyShare: {
      kind: 'number',
      label: { zh: '只能现场办理的事项比例', en: 'Share of items that cannot be done online' },
      help: {
        zh: '假设：按事项比例 34/523 ≈ 0.065（[S19]：523项中489项可网办），视请求比例与事项比例相同',
        en: 'Assumption: the item share 34/523 ≈ 0.065 ([S19]: 489 of 523 items online), taken as the request share',
      },
      unit: SHARE,
      default: 0.065,
      min: 0,
      max: 0.5,
      step: 0.005,
      assumption: true,
      plausible: { low: 0.02, high: 0.15 },
    },
    cloudMinutes: {
      kind: 'number',
      label: { zh: '云端坐席平均办理分钟', en: 'Cloud-seat minutes per average item' },
      help: {
        zh: '假设：无公开统计；远程辅导略长于窗口',
        en: 'Assumption: nothing published; remote help a little longer than a window',
      },
      unit: MINUTES,
      default: 8,
      min: 1,
      max: 60,
      assumption: true,
      plausible: { low: 5, high: 12 },
    },
    travelMinutes: {
      kind: 'number',
      label: { zh: '单程到厅平均分钟', en: 'One-way travel to the hall (mean minutes)' },
      help: { zh: '假设：市区与县域平均', en: 'Assumption: an average over city and county' },
      unit: MINUTES,
      default: 30,
      min: 0,
      max: 240,
      assumption: true,
      plausible: { low: 15, high: 60 },
    },
    patienceMinutes: {
      kind: 'number',
      label: { zh: '排队平均耐心分钟', en: 'Mean patience in a queue (minutes)' },
      help: {
        zh: '假设：超过即放弃离开（指数分布）',
        en: 'Assumption: past it a taxpayer gives up (exponential)',
      },
      unit: MINUTES,
      default: 60,
      min: 5,
      max: 600,
      assumption: true,
      plausible: { low: 30, high: 120 },
    },
    windowMinutes: {
      kind: 'number',
      label: { zh: '改革前窗口平均办理分钟', en: 'Mean window handling minutes before the reform' },
      help: {
        zh: '校准：梅州税务2023年报 9.8 分钟（[S18]）',
        en: 'Calibrated: Meizhou 2023 report, 9.8 minutes ([S18])',
      },
      unit: MINUTES,
      default: 9.8,
      min: 1,
      max: 60,
      assumption: true,
      plausible: { low: 8, high: 12 },
    },
    reformMinutes: {
      kind: 'number',
      label: {
        zh: '改革后平均办理分钟（同一业务组合）',
        en: 'Mean handling minutes after the reform (same mix)',
      },
      help: {
        zh: '校准：梅州 9.8 → 6.7 分钟（[S18]）；会客厅与会商按同一比例缩短',
        en: 'Calibrated: Meizhou 9.8 → 6.7 minutes ([S18]); lounge and 会商 shortened in the same ratio',
      },
      unit: MINUTES,
      default: 6.7,
      min: 1,
      max: 60,
      assumption: true,
      plausible: { low: 5, high: 9.8 },
    },
    etaxMinutes: {
      kind: 'number',
      label: { zh: '电子税务局自助平均分钟', en: 'E-tax self-service minutes per average item' },
      help: {
        zh: '假设：全国高频事项九成3分钟内办结（[S20]）',
        en: 'Assumption: 90% of high-frequency items within 3 minutes nationally ([S20])',
      },
      unit: MINUTES,
      default: 3,
      min: 0.5,
      max: 30,
      assumption: true,
      plausible: { low: 2, high: 6 },
    },
    peakFactor: {
      kind: 'number',
      label: { zh: '征期高峰倍数', en: 'Peak before the filing deadline (× a normal day)' },
      help: {
        zh: '假设：申报期限前5个工作日的日均请求倍数',
        en: 'Assumption: daily requests in the 5 working days up to the filing deadline, relative to other days',
      },
      default: 2,
      min: 1,
      max: 5,
      step: 0.1,
      assumption: true,
      plausible: { low: 1.5, high: 3 },
    },
  },
  {
    refine: (p) => {
      const issues: ValidationIssue[] = [];
      if (Number(p.shareCloud) + Number(p.shareLounge) > 1 + SUM_TOLERANCE) {
        issues.push({
          path: 'shareLounge',
          message: {
            zh: '转云端与转会客厅比例之和不得超过 1',
            en: 'the cloud and lounge shares together must not exceed 1',
          },
        });
      } else if (reformPlanOf(p as ZeroWindowServiceParams).lounge < 1) {
        issues.push({
          path: 'shareLounge',
          message: { zh: '改革后会客厅至少需要1人', en: 'the reform needs at least one lounge post' },
        });
      }
      return issues;
    },
  },
);

/** Parsed scenario parameters. */
export type ZeroWindowServiceParams = ParamsOf<typeof PARAMS>;
