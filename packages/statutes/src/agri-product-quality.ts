// 中华人民共和国农产品质量安全法 (2022 revision): sale bans, monitoring vs supervision sampling, rapid
// tests and re-tests, for the aquatic engine and any food-safety engine.
import { defineParameter, type Localized } from '@gd-ftz/core';
import { articleOf, defineStatute } from './statute';
import { HOURS, WORKING_DAYS } from './units';

const law = {
  zh: '中华人民共和国农产品质量安全法',
  en: 'Law of the PRC on the Quality and Safety of Agricultural Products',
};
const art = articleOf(law);

/** 第八十一条: 本法自2023年1月1日起施行 (revised 2022-09-02). */
const FROM_2023 = '2023-01-01';
const IN_FORCE: Localized = {
  zh: '2022年9月2日修订，2023年1月1日起施行',
  en: 'Revised law of 2022-09-02, in force 2023-01-01',
};

const articles = {
  art13to15: art('第十三条至第十五条', {
    zh: '风险监测：国家和省级监测计划，监测结果用于管理措施',
    en: 'risk monitoring (风险监测): national and provincial plans; results feed management measures',
  }),
  art36: art(
    '第三十六条',
    {
      zh: '含禁用农药、兽药或其他化合物，或残留超标的农产品，不得销售',
      en: 'produce containing banned substances, or residues over the standard, may not be sold',
    },
    '有下列情形之一的农产品，不得销售：（一）含有国家禁止使用的农药、兽药或者其他化合物；（二）农药、兽药等化学物质残留或者含有的重金属等有毒有害物质不符合农产品质量安全标准；……',
  ),
  art39: art('第三十九条', {
    zh: '农产品生产企业、农民专业合作社开具承诺达标合格证',
    en: 'producers issue a self-certificate of compliance (承诺达标合格证)',
  }),
  art46to47: art(
    '第四十六条、第四十七条',
    {
      zh: '监督抽查：按风险制定计划、随机抽查、委托合格检测机构，不向被抽查人收费，样品按市场价付费',
      en: 'supervision sampling (监督抽查): risk-based plans, random sampling, accredited labs, no fee to the sampled party, samples paid at market price',
    },
    '县级以上人民政府农业农村主管部门应当建立健全随机抽查机制，按照监督抽查计划，组织开展农产品质量安全监督抽查。农产品质量安全监督抽查检测应当委托符合本法规定条件的农产品质量安全检测机构进行。监督抽查不得向被抽查人收取费用，抽取的样品应当按照市场价格支付费用，并不得超过国务院农业农村主管部门规定的数量。……',
  ),
  art50: art(
    '第五十条',
    {
      zh: '可采用认定的快速检测方法开展监督抽查，不合格结果可作为行政处罚证据',
      en: 'officially recognised rapid methods may be used in supervision sampling; a failing result can be evidence for a penalty',
    },
    '县级以上地方人民政府农业农村主管部门可以采用国务院农业农村主管部门会同国务院市场监督管理等部门认定的快速检测方法，开展农产品质量安全监督抽查检测。抽查检测结果确定有关农产品不符合农产品质量安全标准的，可以作为行政处罚的证据。',
  ),
  art51: art(
    '第五十一条',
    {
      zh: '异议复检：一般结果5个工作日内申请，快检结果4小时内申请且不得用快检；复检报告自收到复检样品之日起7个工作日内出具',
      en: 'objections: within 5 working days (4 hours for a rapid result, re-tested by a non-rapid method); the re-test report is due 7 working days after the re-test sample is received',
    },
    '农产品生产经营者对监督抽查检测结果有异议的，可以自收到检测结果之日起五个工作日内，向实施农产品质量安全监督抽查的农业农村主管部门或者其上一级农业农村主管部门申请复检。复检机构与初检机构不得为同一机构。采用快速检测方法进行农产品质量安全监督抽查检测，被抽查人对检测结果有异议的，可以自收到检测结果时起四小时内申请复检。复检不得采用快速检测方法。复检机构应当自收到复检样品之日起七个工作日内出具检测报告。……',
  ),
};

/**
 * 中华人民共和国农产品质量安全法 (revised 2022-09-02, in force 2023-01-01).
 * @example
 * integerAt(agriProductQuality.params.rapidObjectionHours, '2024-06-30') // 4
 */
export const agriProductQuality = defineStatute({
  key: 'agriProductQuality',
  law,
  version: { revised: '2022-09-02', inForce: FROM_2023 },
  articles,
  params: {
    rapidObjectionHours: defineParameter({
      name: 'agriProductQuality.rapidObjectionHours',
      label: { zh: '快检结果异议期限', en: 'Objection period for a rapid-test result' },
      unit: HOURS,
      kind: 'integer',
      entries: [{ from: FROM_2023, value: '4', source: articles.art51, note: IN_FORCE }],
    }),
    retestReportWorkingDays: defineParameter({
      name: 'agriProductQuality.retestReportWorkingDays',
      label: { zh: '复检报告期限', en: 'Re-test report deadline' },
      unit: WORKING_DAYS,
      kind: 'integer',
      entries: [{ from: FROM_2023, value: '7', source: articles.art51, note: IN_FORCE }],
    }),
    ordinaryObjectionWorkingDays: defineParameter({
      name: 'agriProductQuality.ordinaryObjectionWorkingDays',
      label: { zh: '检测结果异议期限', en: 'Objection period for an ordinary test result' },
      unit: WORKING_DAYS,
      kind: 'integer',
      entries: [{ from: FROM_2023, value: '5', source: articles.art51, note: IN_FORCE }],
    }),
  },
});

const foodLaw = { zh: '中华人民共和国食品安全法', en: 'Food Safety Law of the PRC' };
const food = articleOf(foodLaw);

/**
 * 中华人民共和国食品安全法 (amended 2021-04-29): the same 4-hour objection to a rapid result for
 * edible produce, and rapid tests in spot checks. Summarised, not quoted.
 * @example
 * foodSafety.articles.art88.article // '第八十八条'
 */
export const foodSafety = defineStatute({
  key: 'foodSafety',
  law: foodLaw,
  version: { revised: '2021-04-29', inForce: '2021-04-29' },
  articles: {
    art88: food('第八十八条', {
      zh: '检验结论有异议的，7个工作日内申请复检；快速检测结果有异议的，4小时内申请复检，复检不得采用快速检测方法',
      en: 'objection to a result within 7 working days; to a rapid-test result within 4 hours, re-tested by a non-rapid method',
    }),
    art112: food('第一百一十二条', {
      zh: '可采用国家规定的快速检测方法对食品进行抽查检测',
      en: 'spot checks may use the state’s rapid test methods',
    }),
  },
  params: {},
});
