// The law of measure 20. The shared laws (特种设备安全法, 总局令第57号 and 第74号, 民法典) and their
// dated parameters come from @gd-ftz/statutes; this file holds only what is this measure's own:
// two articles of 特种设备安全法 the statutes do not list, the 2009 regulation's monthly self-check,
// the reprinted table of inspection intervals, and the self-check cadence. Facts:
// shared/domain/other-measures.md §20; statute wording checked against reprints of the law.
import { type Citation, defineParameter } from '@gd-ftz/core';
import {
  articleOf,
  civilCode,
  seedItem,
  specialEquipmentInspection,
  specialEquipmentSafety,
  specialEquipmentUserDuties,
  withNote,
} from '@gd-ftz/statutes';

/** 特种设备安全法 in force (第一百零一条: 本法自2014年1月1日起施行). */
export const SPECIAL_EQUIPMENT_LAW_FROM = '2014-01-01';
/** SAMR Order 57 (特种设备安全监督检查办法) in force. */
export const ORDER_57_FROM = '2022-07-01';

const seLaw = articleOf(specialEquipmentSafety.law);
const se = specialEquipmentSafety.articles;
const inspection = specialEquipmentInspection.articles;

/**
 * The citations of measure 20, by what they establish. Each has a zh/en note and, where the text
 * was checked, its Chinese wording as `quote`.
 * @example
 * CITES.registration.article // '第三十三条'
 */
export const CITES = {
  categories: se.art2,
  registration: {
    ...se.art33,
    quote:
      '特种设备使用单位应当在特种设备投入使用前或者投入使用后三十日内，向负责特种设备安全监督管理的部门办理使用登记，取得使用登记证书。',
  },
  hazardRules: se.art34to35,
  selfCheck: {
    ...se.art39,
    quote: '特种设备使用单位应当对其使用的特种设备进行经常性维护保养和定期自行检查，并作出记录。',
  },
  periodicInspection: {
    ...se.art40,
    quote:
      '特种设备使用单位应当按照安全技术规范的要求，在检验合格有效期届满前一个月向特种设备检验机构提出定期检验要求。……未经定期检验或者检验不合格的特种设备，不得继续使用。',
  },
  faultCheck: {
    ...seLaw('第四十二条', {
      zh: '设备出现故障或异常，使用单位应全面检查、消除事故隐患后方可继续使用',
      en: 'after a fault or anomaly the user must check the unit fully and remove the hazard before using it again',
    }),
    quote:
      '特种设备出现故障或者发生异常情况，特种设备使用单位应当对其进行全面检查，消除事故隐患，方可继续使用。',
  },
  scrapping: se.art48,
  inspectorReport: {
    ...seLaw('第五十三条', {
      zh: '检验、检测中发现严重事故隐患，应告知相关单位并立即向监管部门报告',
      en: 'an inspector who finds a serious hazard tells the user and reports it to the regulator at once',
    }),
    quote:
      '特种设备检验、检测机构及其检验、检测人员在检验、检测中发现特种设备存在严重事故隐患时，应当及时告知相关单位，并立即向负责特种设备安全监督管理的部门报告。',
  },
  supervisionOrder: se.art62to63,
  fineRegistration: se.art83,
  fineUninspected: se.art84,
  fineOperators: se.art86,
  randomChecks: inspection.art8,
  seriousHazards: inspection.art25,
  recheck: inspection.art29,
  order74: withNote(specialEquipmentUserDuties.whole, {
    zh: '使用单位配备安全总监、安全员，落实"日管控、周排查、月调度"（二手资料；施行日期 2023-05-05 或 2023-07-01，作情景参数）',
    en: 'a safety director and officers, daily control, weekly checks, monthly review (secondary source; in force 2023-05-05 or 2023-07-01, a scenario parameter)',
  }),
  monthlySelfCheck: {
    law: { zh: '特种设备安全监察条例', en: 'Regulations on Safety Supervision of Special Equipment' },
    docNo: '国务院令第549号',
    article: '第二十七条',
    note: {
      zh: '使用单位对在用特种设备至少每月自行检查一次并记录（周排查施行前的频次）',
      en: 'users self-check each unit in use at least monthly and record it (the cadence before the weekly check)',
    },
    quote: '特种设备使用单位对在用特种设备应当至少每月进行一次自行检查，并作出记录。',
  },
  civil201: civilCode.articles.art201,
  civil202: civilCode.articles.art202,
  civil203: civilCode.articles.art203,
  intervalTable: {
    law: {
      zh: '特种设备定期检验周期一览（转载）',
      en: 'Table of periodic inspection intervals of special equipment (reprint)',
    },
    url: 'http://m.niuyw.com/index.php?a=show&catid=178&id=56032',
    note: {
      zh: '未经核实的转载（另见 https://aspcms.cn/tech/1680576.html），所据安全技术规范的版本及其施行日期未确认',
      en: 'unconfirmed reprint (also https://aspcms.cn/tech/1680576.html) of the TSG rules; the TSG edition and its own in-force date are not confirmed',
    },
  },
  seed: seedItem(20, {
    zh: '在线安全教育微课；每台设备信息台账，电子台账互动共享；线上自查自纠，隐患及时整改和上报',
    en: 'online safety micro-courses; one ledger per unit shared by company and regulator; online self-checks, hazards fixed and reported at once',
  }),
} as const satisfies Record<string, Citation>;

/** The shared laws' parameters this engine reads, under the names the engine uses. */
export const REGISTRATION_DAYS = specialEquipmentSafety.params.registrationDays;
export const INSPECTION_REQUEST_MONTHS = specialEquipmentSafety.params.inspectionRequestLeadMonths;
export const RECHECK_WORKING_DAYS = specialEquipmentInspection.params.recheckWorkingDays;
export const FINE_84_MIN = specialEquipmentSafety.params.uninspectedUseFineMin;
export const FINE_84_MAX = specialEquipmentSafety.params.uninspectedUseFineMax;

/**
 * The day Order 74's weekly check (周排查) starts: 2023-05-05 per ehs.cn, 2023-07-01 per one
 * other source. Both are kept; the scenario chooses (`order74From`).
 * @example
 * ORDER_74_FROM_DATES // ['2023-05-05', '2023-07-01']
 */
export const ORDER_74_FROM_DATES = ['2023-05-05', '2023-07-01'] as const;

/**
 * Days between two self-checks: monthly under 条例 第二十七条 (read as 30 days), weekly (周排查,
 * 7 days) under Order 74. The first entry's date is the 2009 regulation's revision in force.
 * @example
 * integerAt(SELF_CHECK_INTERVAL_DAYS, '2024-01-01') // 7
 */
export const SELF_CHECK_INTERVAL_DAYS = defineParameter({
  name: 'specialEquipmentLedger.selfCheckIntervalDays',
  label: { zh: '自行检查间隔', en: 'Days between self-checks' },
  unit: { zh: '日', en: 'days' },
  kind: 'integer',
  entries: [
    {
      from: '2009-05-01',
      value: '30',
      source: CITES.monthlySelfCheck,
      note: { zh: '至少每月一次，按30日计', en: 'at least monthly, read as every 30 days' },
    },
    {
      from: ORDER_74_FROM_DATES[0],
      value: '7',
      source: CITES.order74,
      note: { zh: '周排查；另一来源为2023-07-01', en: 'weekly check; 2023-07-01 per another source' },
    },
  ],
  assumption: {
    zh: '一个月按30日计；周排查自2023-05-05起（情景参数 order74From 可改为2023-07-01）',
    en: 'A month is read as 30 days; the weekly check starts 2023-05-05 here (the scenario parameter order74From may move it to 2023-07-01)',
  },
});
