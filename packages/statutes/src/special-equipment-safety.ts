// 中华人民共和国特种设备安全法 and SAMR's supervision-inspection rules: registration, periodic
// inspection, supervision orders and fines, for the special-equipment engine. Summarised from
// checked statute texts, not quoted.
import { defineParameter } from '@gd-ftz/core';
import { articleOf, defineStatute, parameterOf } from './statute';
import { DAYS, MONTHS, WORKING_DAYS, YUAN } from './units';

const law = { zh: '中华人民共和国特种设备安全法', en: 'Special Equipment Safety Law of the PRC' };
const art = articleOf(law);
/** Adopted 2013-06-29, in force 2014-01-01. */
const FROM_2014 = '2014-01-01';

const articles = {
  art2: art('第二条', {
    zh: '特种设备八类：锅炉、压力容器（含气瓶）、压力管道、电梯、起重机械、客运索道、大型游乐设施、场（厂）内专用机动车辆',
    en: 'eight categories: boilers, pressure vessels (incl. cylinders), pressure piping, elevators, cranes, passenger ropeways, large amusement rides, in-plant vehicles',
  }),
  art14: art('第十四条', {
    zh: '安全管理人员、检测人员和作业人员应当取得相应资格',
    en: 'safety managers, testers and operators must be qualified',
  }),
  art33: art('第三十三条', {
    zh: '投入使用前或投入使用后30日内办理使用登记',
    en: 'use registration before, or within 30 days after, first use',
  }),
  art34to35: art('第三十四条、第三十五条', {
    zh: '建立安全管理制度和岗位责任、隐患治理制度，建立安全技术档案',
    en: 'safety rules, hazard management and technical files',
  }),
  art36: art('第三十六条', {
    zh: '公众服务类特种设备使用单位应设置安全管理机构或配备专职安全管理人员',
    en: 'public-service users need a safety organisation or a full-time safety manager',
  }),
  art39: art('第三十九条', {
    zh: '经常性维护保养和定期自行检查',
    en: 'regular maintenance and periodic self-inspection',
  }),
  art40: art('第四十条', {
    zh: '在检验合格有效期届满前1个月向检验机构提出定期检验要求；未经定期检验或检验不合格的不得继续使用',
    en: 'request periodic inspection 1 month before the validity ends; uninspected or failed equipment may not be used',
  }),
  art48: art('第四十八条', { zh: '报废与注销', en: 'scrapping and deregistration' }),
  art59: art('第五十九条', { zh: '许可申请30日内作出决定', en: 'licences decided within 30 days' }),
  art62to63: art('第六十二条、第六十三条', {
    zh: '安全监察指令：发现违法行为或严重事故隐患的，责令限期改正、停止使用',
    en: 'safety supervision orders: correction within a time limit, or stopping use, on a breach or serious hazard',
  }),
  art83: art('第八十三条', {
    zh: '未办理使用登记或未按要求申报定期检验等，责令限期改正；逾期未改正的，责令停止使用，处1万元以上10万元以下罚款',
    en: 'no registration or no inspection request: correct within a time limit, else stop use and a fine of 10,000–100,000 yuan',
  }),
  art84: art('第八十四条', {
    zh: '使用未经检验或检验不合格等特种设备的，责令停止使用，处3万元以上30万元以下罚款',
    en: 'using uninspected or failed equipment: stop use and a fine of 30,000–300,000 yuan',
  }),
  art86: art('第八十六条', {
    zh: '未配备具有相应资格的人员等，责令限期改正；逾期未改正的，责令停止使用，处1万元以上5万元以下罚款',
    en: 'no qualified personnel: correct within a time limit, else stop use and a fine of 10,000–50,000 yuan',
  }),
};

const param = parameterOf('specialEquipmentSafety', FROM_2014);

/**
 * 中华人民共和国特种设备安全法 (adopted 2013-06-29, in force 2014-01-01).
 * @example
 * integerAt(specialEquipmentSafety.params.registrationDays, '2024-06-30') // 30
 */
export const specialEquipmentSafety = defineStatute({
  key: 'specialEquipmentSafety',
  law,
  version: { revised: '2013-06-29', inForce: FROM_2014 },
  articles,
  params: {
    registrationDays: param(
      'registrationDays',
      { zh: '投入使用后办理使用登记期限', en: 'Period to register after first use' },
      DAYS,
      '30',
      articles.art33,
    ),
    inspectionRequestLeadMonths: param(
      'inspectionRequestLeadMonths',
      { zh: '定期检验申报提前期', en: 'Lead time of the periodic-inspection request' },
      MONTHS,
      '1',
      articles.art40,
    ),
    licenceDecisionDays: param(
      'licenceDecisionDays',
      { zh: '许可决定期限', en: 'Licence decision period' },
      DAYS,
      '30',
      articles.art59,
    ),
    registrationFineMin: param(
      'registrationFineMin',
      { zh: '未登记、未申报检验罚款下限', en: 'Lowest fine, no registration or inspection request' },
      YUAN,
      '10000',
      articles.art83,
    ),
    registrationFineMax: param(
      'registrationFineMax',
      { zh: '未登记、未申报检验罚款上限', en: 'Highest fine, no registration or inspection request' },
      YUAN,
      '100000',
      articles.art83,
    ),
    uninspectedUseFineMin: param(
      'uninspectedUseFineMin',
      { zh: '使用未检验设备罚款下限', en: 'Lowest fine, using uninspected equipment' },
      YUAN,
      '30000',
      articles.art84,
    ),
    uninspectedUseFineMax: param(
      'uninspectedUseFineMax',
      { zh: '使用未检验设备罚款上限', en: 'Highest fine, using uninspected equipment' },
      YUAN,
      '300000',
      articles.art84,
    ),
    unqualifiedStaffFineMin: param(
      'unqualifiedStaffFineMin',
      { zh: '未配备合格人员罚款下限', en: 'Lowest fine, unqualified personnel' },
      YUAN,
      '10000',
      articles.art86,
    ),
    unqualifiedStaffFineMax: param(
      'unqualifiedStaffFineMax',
      { zh: '未配备合格人员罚款上限', en: 'Highest fine, unqualified personnel' },
      YUAN,
      '50000',
      articles.art86,
    ),
  },
});

const inspectionLaw = {
  zh: '特种设备安全监督检查办法',
  en: 'Measures for the Supervision and Inspection of Special Equipment Safety',
};
const inspection = articleOf(inspectionLaw, '国家市场监督管理总局令第57号');
const FROM_2022 = '2022-07-01';

const inspectionArticles = {
  art8: inspection('第八条', {
    zh: '日常监督检查实行“双随机、一公开”',
    en: 'routine checks are “double random, one public” (random targets and inspectors, published results)',
  }),
  art25: inspection('第二十五条', {
    zh: '重大隐患情形：无证、报废、未检验、安全附件失效或缺失、超参数运行等',
    en: 'serious hazards: unlicensed or scrapped equipment, no inspection, failed or missing safety devices, running over parameters',
  }),
  art29: inspection('第二十九条', {
    zh: '收到整改报告后10个工作日内复查',
    en: 'a re-check within 10 working days of the correction report',
  }),
};

/**
 * 特种设备安全监督检查办法 (国家市场监督管理总局令第57号, 2022-05-26, in force 2022-07-01).
 * @example
 * integerAt(specialEquipmentInspection.params.recheckWorkingDays, '2024-06-30') // 10
 */
export const specialEquipmentInspection = defineStatute({
  key: 'specialEquipmentInspection',
  law: inspectionLaw,
  docNo: '国家市场监督管理总局令第57号',
  version: { revised: '2022-05-26', inForce: FROM_2022 },
  articles: inspectionArticles,
  params: {
    recheckWorkingDays: defineParameter({
      name: 'specialEquipmentInspection.recheckWorkingDays',
      label: { zh: '整改复查期限', en: 'Re-check period after a correction report' },
      unit: WORKING_DAYS,
      kind: 'integer',
      entries: [{ from: FROM_2022, value: '10', source: inspectionArticles.art29 }],
    }),
  },
});

/**
 * 特种设备使用单位落实使用安全主体责任监督管理规定 (国家市场监督管理总局令第74号, 2023-04-04): a
 * safety director and safety officers, 日管控、周排查、月调度. Sources disagree on the in-force date
 * (2023-05-05 or 2023-07-01), so none is given.
 * @example
 * specialEquipmentUserDuties.whole.docNo // '国家市场监督管理总局令第74号'
 */
export const specialEquipmentUserDuties = defineStatute({
  key: 'specialEquipmentUserDuties',
  law: {
    zh: '特种设备使用单位落实使用安全主体责任监督管理规定',
    en: 'Provisions on users’ primary responsibility for special-equipment safety',
  },
  docNo: '国家市场监督管理总局令第74号',
  note: {
    zh: '二手资料：使用单位配备安全总监、安全员，落实日管控、周排查、月调度；施行日期有2023-05-05与2023-07-01两说',
    en: 'secondary source: a safety director and officers, daily control, weekly checks, monthly review; in force 2023-05-05 or 2023-07-01 (sources differ)',
  },
  articles: {},
  params: {},
});
