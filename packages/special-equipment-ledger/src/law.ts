// Every legal number of measure 20, named, dated and cited once, and the citations the ledger,
// the deadlines and the traces point to. Facts: shared/domain/other-measures.md §20. Statute
// wording checked against reprints of 特种设备安全法 (2013-06-29, in force 2014-01-01).
// Values the published texts leave open are parameters too, marked `assumption` with the reason.
import { type Citation, defineParameter, LAWS } from '@gd-ftz/core';

/** 特种设备安全法 in force (第一百零一条: 本法自2014年1月1日起施行). */
export const SPECIAL_EQUIPMENT_LAW_FROM = '2014-01-01';
/** SAMR Order 57 (特种设备安全监督检查办法) in force. */
export const ORDER_57_FROM = '2022-07-01';

const SE_LAW = { zh: '中华人民共和国特种设备安全法', en: 'Special Equipment Safety Law of the PRC' } as const;
const ORDER_57 = {
  zh: '特种设备安全监督检查办法',
  en: 'Measures for the Supervision and Inspection of Special Equipment Safety',
} as const;
const ORDER_74 = {
  zh: '特种设备使用单位落实使用安全主体责任监督管理规定',
  en: 'Provisions on supervising users of special equipment in fulfilling their safety responsibility',
} as const;
const INTERVAL_TABLE = {
  zh: '特种设备定期检验周期一览（转载）',
  en: 'Table of periodic inspection intervals of special equipment (reprint)',
} as const;

function seLaw(article: string, note: string): Citation {
  return { law: SE_LAW, article, note };
}

/**
 * The citations of measure 20, by what they establish. Each `note` quotes or summarises the text.
 * @example
 * CITES.registration.article // '第三十三条'
 */
export const CITES = {
  categories: seLaw(
    '第二条',
    '本法所称特种设备，是指对人身和财产安全有较大危险性的锅炉、压力容器（含气瓶）、压力管道、电梯、起重机械、客运索道、大型游乐设施、场（厂）内专用机动车辆',
  ),
  registration: seLaw(
    '第三十三条',
    '特种设备使用单位应当在特种设备投入使用前或者投入使用后三十日内，向负责特种设备安全监督管理的部门办理使用登记，取得使用登记证书',
  ),
  hazardRules: seLaw('第三十四条', '使用单位应当建立岗位责任、隐患治理、应急救援等安全管理制度'),
  technicalFile: seLaw(
    '第三十五条',
    '安全技术档案应当包括……定期检验和定期自行检查记录；日常使用状况记录；维护保养记录；运行故障和事故记录',
  ),
  selfCheck: seLaw(
    '第三十九条',
    '使用单位应当对其使用的特种设备进行经常性维护保养和定期自行检查，并作出记录',
  ),
  periodicInspection: seLaw(
    '第四十条',
    '在检验合格有效期届满前一个月向特种设备检验机构提出定期检验要求……未经定期检验或者检验不合格的特种设备，不得继续使用',
  ),
  faultCheck: seLaw(
    '第四十二条',
    '特种设备出现故障或者发生异常情况……应当对其进行全面检查，消除事故隐患，方可继续使用',
  ),
  scrapping: seLaw(
    '第四十八条',
    '存在严重事故隐患，无改造、修理价值……应当依法履行报废义务……办理使用登记证书注销手续',
  ),
  inspectorReport: seLaw(
    '第五十三条',
    '检验、检测中发现特种设备存在严重事故隐患时，应当及时告知相关单位，并立即向负责特种设备安全监督管理的部门报告',
  ),
  supervisionOrder: seLaw(
    '第六十二条、第六十三条',
    '安全监察指令：发现违法行为或严重事故隐患，责令限期改正、停止使用',
  ),
  fineRegistration: seLaw(
    '第八十三条',
    '使用特种设备未按照规定办理使用登记的……未按照安全技术规范的要求及时申报并接受检验的：责令限期改正；逾期未改正的，责令停止使用有关特种设备，处一万元以上十万元以下罚款',
  ),
  fineUninspected: seLaw(
    '第八十四条',
    '使用未取得许可生产，未经检验或者检验不合格的特种设备……责令停止使用有关特种设备，处三万元以上三十万元以下罚款',
  ),
  fineOperators: seLaw(
    '第八十六条',
    '未配备具有相应资格的特种设备安全管理人员、检测人员和作业人员的……逾期未改正的，责令停止使用有关特种设备或者停产停业整顿，处一万元以上五万元以下罚款',
  ),
  randomChecks: {
    law: ORDER_57,
    docNo: '国家市场监督管理总局令第57号',
    article: '第八条',
    note: '日常监督检查采用"双随机、一公开"：随机抽取检查对象、随机选派检查人员，抽查情况及查处结果及时向社会公开',
  },
  seriousHazards: {
    law: ORDER_57,
    docNo: '国家市场监督管理总局令第57号',
    article: '第二十五条',
    note: '严重事故隐患：如使用非法生产或已报废的特种设备，未经检验，安全附件或保护装置失效或缺失，超参数运行等',
  },
  recheck: {
    law: ORDER_57,
    docNo: '国家市场监督管理总局令第57号',
    article: '第二十九条',
    note: '收到整改报告后，应当在10个工作日内进行复查',
  },
  order74: {
    law: ORDER_74,
    docNo: '国家市场监督管理总局令第74号',
    url: 'https://ehs.cn/law/123265.html',
    note: '使用单位配备安全总监、安全员，建立"日管控、周排查、月调度"工作制度（2023-04-04 公布；施行日期 2023-05-05，另一来源称 2023-07-01，作情景参数）',
  },
  monthlySelfCheck: {
    law: { zh: '特种设备安全监察条例', en: 'Regulations on Safety Supervision of Special Equipment' },
    docNo: '国务院令第549号',
    article: '第二十七条',
    note: '使用单位对在用特种设备应当至少每月进行一次自行检查，并作出记录（周排查施行前的自行检查频次）',
  },
  civil201: {
    law: LAWS.civilCode,
    article: '第二百零一条',
    note: '按照年、月、日、小时计算期间的，开始的当日不计入，自下一日开始计算',
  },
  civil202: {
    law: LAWS.civilCode,
    article: '第二百零二条',
    note: '按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日',
  },
  civil203: {
    law: LAWS.civilCode,
    article: '第二百零三条',
    note: '期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日',
  },
  intervalTable: {
    law: INTERVAL_TABLE,
    url: 'http://m.niuyw.com/index.php?a=show&catid=178&id=56032',
    note: 'unconfirmed reprint (also https://aspcms.cn/tech/1680576.html) of the TSG periodic-inspection rules; the TSG edition and its own in-force date are not confirmed',
  },
  seed: {
    law: LAWS.seed,
    docNo: '粤府函〔2023〕59号',
    article: '附件 第20项 以"互动"促"主动"特种设备安全监察模式',
    note: '在线安全教育微课；建立每台特种设备信息台账，电子台账互动共享实现企业与监管部门同步掌握；线上自查自纠，隐患及时整改和上报，实现零距离在线监管',
  },
} as const satisfies Record<string, Citation>;

/**
 * Days after the unit is put into use within which it must be registered (Art. 33: 三十日内).
 * @example
 * integerAt(REGISTRATION_DAYS, '2024-09-05') // 30
 */
export const REGISTRATION_DAYS = defineParameter({
  name: 'specialEquipment.registrationDays',
  label: { zh: '投入使用后办理使用登记期限', en: 'Registration period after entry into use' },
  unit: { zh: '日', en: 'days' },
  kind: 'integer',
  entries: [{ from: SPECIAL_EQUIPMENT_LAW_FROM, value: '30', source: CITES.registration }],
});

/**
 * Months before the validity ends by which the user must request the periodic inspection
 * (Art. 40: 届满前一个月).
 * @example
 * integerAt(INSPECTION_REQUEST_MONTHS, '2024-01-01') // 1
 */
export const INSPECTION_REQUEST_MONTHS = defineParameter({
  name: 'specialEquipment.inspectionRequestMonths',
  label: { zh: '提出定期检验要求的提前期', en: 'Lead time of the inspection request' },
  unit: { zh: '月', en: 'months' },
  kind: 'integer',
  entries: [{ from: SPECIAL_EQUIPMENT_LAW_FROM, value: '1', source: CITES.periodicInspection }],
});

/**
 * Working days after a correction report within which the regulator re-checks (Order 57 Art. 29).
 * @example
 * integerAt(RECHECK_WORKING_DAYS, '2024-01-01') // 10
 */
export const RECHECK_WORKING_DAYS = defineParameter({
  name: 'specialEquipment.recheckWorkingDays',
  label: { zh: '整改复查期限', en: 'Re-check period after a correction report' },
  unit: { zh: '工作日', en: 'working days' },
  kind: 'integer',
  entries: [{ from: ORDER_57_FROM, value: '10', source: CITES.recheck }],
});

function fine(name: string, zh: string, en: string, value: string, source: Citation) {
  return defineParameter({
    name: `specialEquipment.${name}`,
    label: { zh, en },
    unit: { zh: '元', en: 'CNY' },
    entries: [{ from: SPECIAL_EQUIPMENT_LAW_FROM, value, source }],
  });
}

/** Art. 83 fine, minimum: 10,000 CNY (no registration, no inspection request; if not corrected). */
export const FINE_83_MIN = fine(
  'fine83Min',
  '第八十三条罚款下限',
  'Art. 83 fine, minimum',
  '10000',
  CITES.fineRegistration,
);
/** Art. 83 fine, maximum: 100,000 CNY. */
export const FINE_83_MAX = fine(
  'fine83Max',
  '第八十三条罚款上限',
  'Art. 83 fine, maximum',
  '100000',
  CITES.fineRegistration,
);
/** Art. 84 fine, minimum: 30,000 CNY (using uninspected or failed equipment). */
export const FINE_84_MIN = fine(
  'fine84Min',
  '第八十四条罚款下限',
  'Art. 84 fine, minimum',
  '30000',
  CITES.fineUninspected,
);
/** Art. 84 fine, maximum: 300,000 CNY. */
export const FINE_84_MAX = fine(
  'fine84Max',
  '第八十四条罚款上限',
  'Art. 84 fine, maximum',
  '300000',
  CITES.fineUninspected,
);
/** Art. 86 fine, minimum: 10,000 CNY (unqualified managers, testers or operators; if not corrected). */
export const FINE_86_MIN = fine(
  'fine86Min',
  '第八十六条罚款下限',
  'Art. 86 fine, minimum',
  '10000',
  CITES.fineOperators,
);
/** Art. 86 fine, maximum: 50,000 CNY. */
export const FINE_86_MAX = fine(
  'fine86Max',
  '第八十六条罚款上限',
  'Art. 86 fine, maximum',
  '50000',
  CITES.fineOperators,
);

/**
 * The day Order 74's weekly check (周排查) starts: 2023-05-05 per ehs.cn, 2023-07-01 per one
 * other source. Both are kept as dated alternatives; the scenario chooses (`order74From`).
 * @example
 * ORDER_74_FROM_DATES // ['2023-05-05', '2023-07-01']
 */
export const ORDER_74_FROM_DATES = ['2023-05-05', '2023-07-01'] as const;

/**
 * Days between two self-checks: monthly under 条例 Art. 27 (read as 30 days), weekly (周排查,
 * 7 days) from Order 74. The first entry's date is the 2009 regulation's revision in force.
 * @example
 * integerAt(SELF_CHECK_INTERVAL_DAYS, '2024-01-01') // 7
 */
export const SELF_CHECK_INTERVAL_DAYS = defineParameter({
  name: 'specialEquipment.selfCheckIntervalDays',
  label: { zh: '自行检查间隔', en: 'Days between self-checks' },
  unit: { zh: '日', en: 'days' },
  kind: 'integer',
  entries: [
    {
      from: '2009-05-01',
      value: '30',
      source: CITES.monthlySelfCheck,
      note: '至少每月一次, read as every 30 days',
    },
    {
      from: ORDER_74_FROM_DATES[0],
      value: '7',
      source: CITES.order74,
      note: '周排查 (weekly); 2023-07-01 per another source',
    },
  ],
  assumption:
    'A month is read as 30 days; the weekly cadence starts 2023-05-05 here (the scenario parameter order74From may move it to 2023-07-01).',
});
