// Ships and seafarers: registration, certificates, manning and service records, for the ship
// certificate, crew appointment and crew medical engines. Summarised from checked texts, not quoted.
import { defineParameter } from '@gd-ftz/core';
import { articleOf, defineStatute } from './statute';
import { DAYS, MONTHS, WORKING_DAYS, YEARS, YUAN } from './units';

const regLaw = { zh: '中华人民共和国船舶登记条例', en: 'Regulations of the PRC on Ship Registration' };
const reg = articleOf(regLaw);
const regArticles = {
  art13: reg('第十三条', {
    zh: '所有权登记应提交身份证明、船舶技术资料和所有权取得证明；购买的还须原船籍港注销证明和抵押情况证明',
    en: 'ownership registration: identity, technical data and proof of ownership; for a purchase also the deregistration certificate of the former port and mortgage proof',
  }),
  art14: reg('第十四条', {
    zh: '7日内核发所有权登记证书或书面通知不予登记',
    en: 'the ownership certificate, or a written refusal, within 7 days',
  }),
  art15: reg('第十五条', {
    zh: '国籍登记须提交所有权登记证书及船舶检验证书等技术证书',
    en: 'nationality registration needs the ownership certificate and the inspection and technical certificates',
  }),
  art16: reg('第十六条', { zh: '船舶国籍证书有效期5年', en: 'the nationality certificate is valid 5 years' }),
  art17to19: reg('第十七条至第十九条', {
    zh: '临时船舶国籍证书有效期一般不超过1年，与国籍证书具有同等效力',
    en: 'a temporary nationality certificate, generally up to 1 year, has the same effect',
  }),
  art20to21: reg('第二十条、第二十一条', {
    zh: '20总吨以上船舶的抵押权登记，7日内办理',
    en: 'mortgage registration for ships of 20 GT or more, within 7 days',
  }),
  // Added for ship-certificate-bundle (measure 14): renewal of the nationality certificate; the
  // fact pack cites arts. 15–16 only, this gloss follows the reading of the 2014 text.
  art45: reg('第四十五条', {
    zh: '船舶国籍证书有效期届满前，应申请换发国籍证书',
    en: 'before the nationality certificate expires, the owner applies for its renewal',
  }),
  art39: reg('第三十九条', {
    zh: '船舶转让的，原船舶所有人办理注销登记，交回所有权证书和国籍证书',
    en: 'on a transfer the seller deregisters and surrenders the ownership and nationality certificates',
  }),
  art40: reg('第四十条', {
    zh: '船舶灭失或报废的，3个月内申请注销登记',
    en: 'loss or scrapping is reported for deregistration within 3 months',
  }),
};
const FROM_2014 = '2014-07-29';

/**
 * 中华人民共和国船舶登记条例 (1994; amended 2014-07-29).
 * @example
 * integerAt(shipRegistration.params.ownershipDecisionDays, '2024-06-30') // 7
 */
export const shipRegistration = defineStatute({
  key: 'shipRegistration',
  law: regLaw,
  version: { revised: FROM_2014, inForce: FROM_2014 },
  articles: regArticles,
  params: {
    ownershipDecisionDays: defineParameter({
      name: 'shipRegistration.ownershipDecisionDays',
      label: { zh: '所有权登记办理期限', en: 'Ownership registration period' },
      unit: DAYS,
      kind: 'integer',
      entries: [{ from: FROM_2014, value: '7', source: regArticles.art14 }],
    }),
    nationalityCertificateYears: defineParameter({
      name: 'shipRegistration.nationalityCertificateYears',
      label: { zh: '船舶国籍证书有效期', en: 'Validity of the nationality certificate' },
      unit: YEARS,
      kind: 'integer',
      entries: [{ from: FROM_2014, value: '5', source: regArticles.art16 }],
    }),
    mortgageMinGrossTonnage: defineParameter({
      name: 'shipRegistration.mortgageMinGrossTonnage',
      label: { zh: '抵押权登记的最小总吨', en: 'Smallest gross tonnage for mortgage registration' },
      unit: { zh: '总吨', en: 'GT' },
      kind: 'integer',
      entries: [{ from: FROM_2014, value: '20', source: regArticles.art20to21 }],
    }),
    mortgageDecisionDays: defineParameter({
      name: 'shipRegistration.mortgageDecisionDays',
      label: { zh: '抵押权登记办理期限', en: 'Mortgage registration period' },
      unit: DAYS,
      kind: 'integer',
      entries: [{ from: FROM_2014, value: '7', source: regArticles.art20to21 }],
    }),
    lossReportMonths: defineParameter({
      name: 'shipRegistration.lossReportMonths',
      label: { zh: '灭失、报废后申请注销期限', en: 'Deregistration period after loss or scrapping' },
      unit: MONTHS,
      kind: 'integer',
      entries: [{ from: FROM_2014, value: '3', source: regArticles.art40 }],
    }),
  },
});

const trafficLaw = { zh: '中华人民共和国海上交通安全法', en: 'Maritime Traffic Safety Law of the PRC' };
const traffic = articleOf(trafficLaw);
const trafficArt14 = traffic('第十四条', {
  zh: '国际航行船舶应取得海事劳工证书；海事管理机构自受理申请之日起十个工作日内作出决定',
  en: 'a ship on international voyages needs a maritime labour certificate; the authority decides within 10 working days of accepting the application',
});

/**
 * 中华人民共和国海上交通安全法 (revised 2021-04-29, in force 2021-09-01).
 * @example
 * maritimeTrafficSafety.articles.art33.article // '第三十三条'
 */
export const maritimeTrafficSafety = defineStatute({
  key: 'maritimeTrafficSafety',
  law: trafficLaw,
  version: { revised: '2021-04-29', inForce: '2021-09-01' },
  articles: {
    art10: traffic('第十条', {
      zh: '船舶依法登记取得国籍后方可悬挂中国国旗航行',
      en: 'a ship flies the flag only after nationality registration',
    }),
    // Added for ship-certificate-bundle (measure 14): arts. 11, 14 and 23 as the issue reads the
    // 2021 text; the fact pack does not quote them and no official print was re-checked here.
    art11: traffic('第十一条', {
      zh: '船舶所有人、经营人或者管理人建立安全营运和防治污染管理体系，经审核合格发给符合证明和船舶安全管理证书',
      en: 'the owner or manager runs a safety and pollution-prevention management system; once audited it gets the document of compliance and the safety management certificate',
    }),
    art14: trafficArt14,
    art23: traffic('第二十三条', {
      zh: '船舶按规定配备并使用无线电通信设备，取得船舶电台执照',
      en: 'a ship carries and uses radio equipment as required, under a ship station licence',
    }),
    art13: traffic('第十三条', {
      zh: '船员应取得适任证书和健康证明，在证书载明的范围内任职',
      en: 'crew need a competency certificate and a health certificate and serve within their scope',
    }),
    art33: traffic('第三十三条', {
      zh: '船舶应持有有效的国籍证书及其他法定证书，并满足最低安全配员要求',
      en: 'a ship carries a valid nationality certificate and the other statutory certificates and meets minimum safe manning',
    }),
    // Added for crew-appointment (measure 15): wording summarised from the reading of the
    // 2021 text; not re-checked against an official print (search found no quotable copy).
    art34: traffic('第三十四条', {
      zh: '船长应当在船舶开航前检查并在开航时确认船员适任、船舶适航',
      en: 'the master checks before sailing and confirms at sailing that the crew are competent and the ship seaworthy',
    }),
    art46: traffic('第四十六条', {
      zh: '国内航行船舶进出港口，应当向海事管理机构报告船员、旅客、货物等情况',
      en: 'a ship on domestic voyages reports its crew, passengers and cargo to the maritime authority on entering and leaving port',
    }),
    art35: traffic('第三十五条', {
      zh: '船舶应在检验证书载明的航区内航行',
      en: 'a ship operates only within the area stated on its inspection certificate',
    }),
    // Added for crew-medical-line (measure 13): wording summarised from the reading of the
    // 2021 text; these articles are not in the fact pack and were not re-checked against an
    // official print.
    art40: traffic('第四十条', {
      zh: '发现船上人员患有或者疑似患有严重威胁他人健康的传染病的，船长应当采取相应的隔离措施并及时报告',
      en: 'a person on board with, or suspected of, an infectious disease seriously threatening others: the master isolates and reports at once',
    }),
    art55: traffic('第五十五条', {
      zh: '外国籍船舶因人员病急等紧急情况未经许可进入我国内水的，应当立即向海事管理机构报告',
      en: 'a foreign ship that enters internal waters unpermitted for an emergency such as a person’s acute illness reports to the maritime authority at once',
    }),
    art66: traffic('第六十六条', {
      zh: '海上搜救应当坚持人命至上的原则',
      en: 'search and rescue at sea puts saving life first',
    }),
    art72: traffic('第七十二条', {
      zh: '船舶遇险时应当立即向海上搜救中心报告',
      en: 'a ship in distress reports to the maritime search-and-rescue centre at once',
    }),
    art76: traffic('第七十六条', {
      zh: '海上搜救中心接到险情报告后，应当立即组织、协调搜救',
      en: 'on a distress report the search-and-rescue centre organises and coordinates the rescue at once',
    }),
    art78: traffic('第七十八条', {
      zh: '地方人民政府应当组织医疗机构等做好获救人员的医疗救护工作',
      en: 'the local government organises medical aid for the rescued',
    }),
  },
  params: {
    maritimeLabourDecisionWorkingDays: defineParameter({
      name: 'maritimeTrafficSafety.maritimeLabourDecisionWorkingDays',
      label: { zh: '海事劳工证书审核期限', en: 'Maritime labour certificate decision period' },
      unit: WORKING_DAYS,
      kind: 'integer',
      entries: [{ from: '2021-09-01', value: '10', source: trafficArt14 }],
    }),
  },
});

const crewLaw = { zh: '中华人民共和国船员条例', en: 'Regulations of the PRC on Seafarers' };
const crew = articleOf(crewLaw);
const FROM_2023 = '2023-07-20';
const crewArticles = {
  art5: crew('第五条', {
    zh: '申请适任证书：年满18周岁（实习船员16周岁）且初次申请不超过60周岁，符合健康要求，经基本安全培训等',
    en: 'competency certificate: aged 18 or more (16 for cadets) and at most 60 at first application, fit, with basic safety training',
  }),
  art6: crew('第六条', {
    zh: '考试合格发给适任证书和船员服务簿',
    en: 'passing brings the certificate and the service book',
  }),
  art7: crew('第七条', {
    zh: '适任证书载明航区、船舶类别、职务和有效期，有效期不超过5年；船员服务簿记载服务资历',
    en: 'the certificate states area, ship class, rank and validity (at most 5 years); the service book records service',
  }),
  art8: crew('第八条', {
    zh: '中国籍船舶的船长应当由中国籍船员担任',
    en: 'the master of a Chinese ship is Chinese',
  }),
  art9: crew('第九条', {
    zh: '船员在境外临时担任上一级职务的，应当取得海事管理机构出具的相应证明',
    en: 'a seafarer temporarily stepping up one rank abroad needs a certificate from the maritime authority',
  }),
  art12: crew('第十二条', { zh: '海员证申请7日内作出决定', en: 'seafarer’s passport decided within 7 days' }),
  art13: crew('第十三条', {
    zh: '海员证有效期不超过5年',
    en: 'the seafarer’s passport is valid at most 5 years',
  }),
  art18: crew('第十八条', {
    zh: '船长保证船舶安全配员，如实记载船员服务资历',
    en: 'the master ensures safe manning and records service truthfully in the service book',
  }),
  art52: crew('第五十二条', {
    zh: '船长未如实记载服务资历的，处2000元以上2万元以下罚款',
    en: 'a master recording service falsely is fined 2,000–20,000 yuan',
  }),
  // Added for crew-medical-line (measure 13): summarised from the reading of the 2023 text
  // (not in the fact pack; not re-checked against an official print).
  art22: crew('第二十二条', {
    zh: '船员用人单位应当为船员提供必要的医疗保障，船员在船工作期间患病或者受伤的，应当及时给予救治',
    en: 'the employer treats a seafarer taken ill or injured while serving on board in time',
  }),
  art54item4: crew('第五十四条第（四）项', {
    zh: '船员用人单位未及时救治在船工作期间患病或者受伤的船员的，处3万元以上15万元以下罚款',
    en: 'an employer failing to treat a sick or injured seafarer in time is fined 30,000–150,000 yuan',
  }),
  art53: crew('第五十三条', {
    zh: '适任证书被吊销的，自吊销之日起2年内不得申请',
    en: 'after revocation, no new application for 2 years',
  }),
};

/**
 * 中华人民共和国船员条例 (2007; revised 2023-07-20).
 * @example
 * integerAt(seafarers.params.competencyCertificateMaxYears, '2024-06-30') // 5
 */
export const seafarers = defineStatute({
  key: 'seafarers',
  law: crewLaw,
  version: { revised: FROM_2023, inForce: FROM_2023 },
  articles: crewArticles,
  params: {
    minimumAge: defineParameter({
      name: 'seafarers.minimumAge',
      label: { zh: '申请适任证书最低年龄', en: 'Minimum age for a competency certificate' },
      unit: YEARS,
      kind: 'integer',
      entries: [{ from: FROM_2023, value: '18', source: crewArticles.art5 }],
    }),
    firstApplicationMaxAge: defineParameter({
      name: 'seafarers.firstApplicationMaxAge',
      label: { zh: '初次申请最高年龄', en: 'Highest age at first application' },
      unit: YEARS,
      kind: 'integer',
      entries: [{ from: FROM_2023, value: '60', source: crewArticles.art5 }],
    }),
    competencyCertificateMaxYears: defineParameter({
      name: 'seafarers.competencyCertificateMaxYears',
      label: { zh: '适任证书最长有效期', en: 'Longest validity of a competency certificate' },
      unit: YEARS,
      kind: 'integer',
      entries: [{ from: FROM_2023, value: '5', source: crewArticles.art7 }],
    }),
    passportDecisionDays: defineParameter({
      name: 'seafarers.passportDecisionDays',
      label: { zh: '海员证办理期限', en: 'Seafarer’s passport decision period' },
      unit: DAYS,
      kind: 'integer',
      entries: [{ from: FROM_2023, value: '7', source: crewArticles.art12 }],
    }),
    falseRecordFineMin: defineParameter({
      name: 'seafarers.falseRecordFineMin',
      label: { zh: '虚假记载资历罚款下限', en: 'Lowest fine for a false service record' },
      unit: YUAN,
      entries: [{ from: FROM_2023, value: '2000', source: crewArticles.art52 }],
    }),
    falseRecordFineMax: defineParameter({
      name: 'seafarers.falseRecordFineMax',
      label: { zh: '虚假记载资历罚款上限', en: 'Highest fine for a false service record' },
      unit: YUAN,
      entries: [{ from: FROM_2023, value: '20000', source: crewArticles.art52 }],
    }),
    untreatedFineMin: defineParameter({
      name: 'seafarers.untreatedFineMin',
      label: { zh: '未及时救治船员罚款下限', en: 'Lowest fine for not treating a seafarer in time' },
      unit: YUAN,
      entries: [{ from: FROM_2023, value: '30000', source: crewArticles.art54item4 }],
    }),
    untreatedFineMax: defineParameter({
      name: 'seafarers.untreatedFineMax',
      label: { zh: '未及时救治船员罚款上限', en: 'Highest fine for not treating a seafarer in time' },
      unit: YUAN,
      entries: [{ from: FROM_2023, value: '150000', source: crewArticles.art54item4 }],
    }),
    reapplicationBarYears: defineParameter({
      name: 'seafarers.reapplicationBarYears',
      label: { zh: '吊销后不得申请期限', en: 'Bar on reapplying after revocation' },
      unit: YEARS,
      kind: 'integer',
      entries: [{ from: FROM_2023, value: '2', source: crewArticles.art53 }],
    }),
  },
});
