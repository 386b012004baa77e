// The law of measure 13. Shared laws (海上交通安全法, 船员条例) come from @gd-ftz/statutes; this file
// holds what is this measure's own: MLC 2006's medical-care standard, the five-ministry guidance of
// 2020, the Nansha line's published figures, and the marked assumptions of triage. Facts:
// shared/domain/other-measures.md §13 ([S] secondary source, [U] unverified).
import { assumption, type Citation, defineParameter, type LegalBasis } from '@gd-ftz/core';
import { maritimeTrafficSafety, seafarers, seedItem } from '@gd-ftz/statutes';

// The convention numbers its paragraphs, not 第…条, so the standard and paragraph go in the title.
const mlcStd = (item: string) => ({
  zh: `2006年海事劳工公约 标准A4.1第4段${item}项`,
  en: `Maritime Labour Convention, 2006, Standard A4.1 para. 4${item}`,
});

/**
 * The day MLC 2006 entered into force for China (ILO FAQ; MSA announcement of 2016-11-02).
 * @example
 * MLC_IN_FORCE_FOR_CHINA // '2016-11-12'
 */
export const MLC_IN_FORCE_FOR_CHINA = '2016-11-12';

/**
 * The citations of measure 13, by what they establish.
 * @example
 * CITES.lifeFirst.article // '第六十六条'
 */
export const CITES = {
  /** 海上交通安全法 第六十六条: saving life first. */
  lifeFirst: maritimeTrafficSafety.articles.art66,
  /** 第七十二条: report distress to the search-and-rescue centre at once. */
  distressReport: maritimeTrafficSafety.articles.art72,
  /** 第七十六条: the centre organises and coordinates. */
  rescueCoordination: maritimeTrafficSafety.articles.art76,
  /** 第七十八条: the local government organises medical aid. */
  medicalAid: maritimeTrafficSafety.articles.art78,
  /** 第五十五条: a foreign ship may enter internal waters unpermitted for an acute illness. */
  emergencyEntry: maritimeTrafficSafety.articles.art55,
  /** 第四十条: infectious disease on board: isolate and report. */
  infectious: maritimeTrafficSafety.articles.art40,
  /** 船员条例 第二十二条: the employer treats a sick or injured seafarer in time. */
  employerTreats: seafarers.articles.art22,
  /** 第五十四条第（四）项: 30,000–150,000 yuan fine for not doing so. */
  untreatedFine: seafarers.articles.art54item4,
  mlcDoctor: {
    law: mlcStd('(b)'),
    note: {
      zh: '载员100人以上、通常从事3天以上国际航行的船舶应配备合格医生（ILO MLC 常见问题 C4.1.b 核对）',
      en: 'ships carrying 100 or more persons and ordinarily engaged on international voyages of more than three days carry a qualified medical doctor (checked against ILO MLC FAQ C4.1.b)',
    },
    url: 'https://faqmlc.ilo.org/en/knowledgebase-category/c41/c41b',
  },
  mlcFirstAid: {
    law: mlcStd('(c)'),
    note: {
      zh: '未配医生的船舶应至少有一名负责医疗护理或能提供医疗急救的船员（ILO MLC 常见问题 C4.1.b 核对）',
      en: 'a ship without a doctor has at least one seafarer in charge of medical care or competent in medical first aid (checked against ILO MLC FAQ C4.1.b)',
    },
    url: 'https://faqmlc.ilo.org/en/knowledgebase-category/c41/c41b',
  },
  mlcRadioAdvice: {
    law: mlcStd('(d)'),
    note: {
      zh: '主管机关应通过预先安排的系统，每天24小时通过无线电或卫星向海上船舶免费提供医疗咨询（二手转载核对，未见ILO原文页）',
      en: 'the competent authority ensures by a prearranged system free medical advice by radio or satellite to ships at sea, 24 hours a day (checked against a secondary copy, not the ILO page)',
    },
  },
  fiveMinistry: {
    law: {
      zh: '交通运输部等五部门关于做好港口船舶伤病船员救治工作的指导意见（2020-04-12）',
      en: 'Five-ministry guidance on treating sick or injured crew of ships in port (2020-04-12)',
    },
    note: {
      zh: '在我国港口的中外籍伤病船员应予救治，必要时转运上岸；海上搜救中心收集病患信息，海事部门通报海关、边检和地方政府（二手资料）',
      en: 'sick or injured Chinese and foreign crew in Chinese ports are treated and transferred ashore where needed; the SAR centre collects the details; the maritime authority informs customs, border inspection and the local government (secondary source)',
    },
    url: 'http://www.qlesddgj.cn/news/yaowen/108995.html',
  },
  nanshaLine: {
    law: { zh: '广州南沙海事处船员就医专线', en: 'Guangzhou Nansha MSA crew medical line' },
    note: {
      zh: '2020年6月开通24小时专线，提供远程医疗指导和紧急救助，截至2023年6月救助伤病船员167人（二手资料）',
      en: 'a 24-hour line from June 2020 with remote medical guidance and emergency rescue; 167 sick or injured crew rescued by June 2023 (secondary source)',
    },
    url: 'http://kepu.nancai.net/toutiao/2023/0608/12941.html',
  },
  waterEmergency: {
    law: { zh: '12395 水上遇险求救电话', en: '12395 water emergency number' },
    note: {
      zh: '船员亦使用12395报告险情（二手资料）',
      en: 'crew also call 12395 in distress (secondary source)',
    },
    url: 'http://www.handmsg.com/page/2021/0119/11953516.shtml',
  },
  seed: seedItem(13),
} as const satisfies Record<string, Citation>;

const PERSONS = { zh: '人', en: 'persons' };

/**
 * Persons on board from which an international ship on long voyages carries a doctor (MLC 2006
 * Std A4.1 4(b): "100 or more persons").
 * @example
 * integerAt(MLC_DOCTOR_MIN_PERSONS, '2024-06-30') // 100
 */
export const MLC_DOCTOR_MIN_PERSONS = defineParameter({
  name: 'crewMedicalLine.mlcDoctorMinPersons',
  label: { zh: '须配医生的最少载员', en: 'Fewest persons on board requiring a doctor' },
  unit: PERSONS,
  kind: 'integer',
  entries: [{ from: MLC_IN_FORCE_FOR_CHINA, value: '100', source: CITES.mlcDoctor }],
});

/**
 * Voyage hours that must be exceeded (MLC 2006 Std A4.1 4(b): "more than three days" = 72 h).
 * @example
 * integerAt(MLC_DOCTOR_MIN_VOYAGE_HOURS, '2024-06-30') // 72
 */
export const MLC_DOCTOR_MIN_VOYAGE_HOURS = defineParameter({
  name: 'crewMedicalLine.mlcDoctorMinVoyageHours',
  label: { zh: '须配医生的航次时长（超过）', en: 'Voyage hours above which a doctor is required' },
  unit: { zh: '小时', en: 'hours' },
  kind: 'integer',
  entries: [{ from: MLC_IN_FORCE_FOR_CHINA, value: '72', source: CITES.mlcDoctor }],
});

/**
 * Published outcome of the Nansha line: rescued crew and the months they span (June 2020 – June
 * 2023), the calibration target of the rescues-per-year KPI: 167 / 36 × 12 = 55.7 a year.
 * @example
 * NANSHA_RESCUES // { rescued: 167, months: 36 }
 */
export const NANSHA_RESCUES = Object.freeze({ rescued: 167, months: 36 });

/**
 * Triage of the duty doctor: marked assumption (no published protocol): critical → evacuate at once;
 * serious → evacuate from anchorage or far out, else land at the next berth; minor → treat on
 * board with remote guidance; infectious → isolate and report (第四十条).
 * @example
 * TRIAGE_RULES.kind // 'assumption'
 */
export const TRIAGE_RULES: LegalBasis = assumption(
  {
    zh: '假设：危重者立即转运；较重者锚地或远海转运、近岸则靠泊后上岸；轻症在船远程指导处置；传染病隔离报告',
    en: 'Assumption: critical → evacuate; serious → evacuate from anchorage or far out, else land at the next berth; minor → treat on board under remote guidance; infectious → isolate and report',
  },
  CITES.lifeFirst,
  CITES.employerTreats,
  CITES.infectious,
);

/**
 * How a master decides without a doctor (the baseline without company advice): marked assumption.
 * @example
 * UNGUIDED_RULES.kind // 'assumption'
 */
export const UNGUIDED_RULES: LegalBasis = assumption(
  {
    zh: '假设：无医生指导时，船长对危重和较重者均申请转运上岸，轻症靠泊后到门诊就医',
    en: 'Assumption: without a doctor the master asks to evacuate critical and serious cases and lands minor ones at the next berth for the clinic',
  },
  CITES.employerTreats,
);
