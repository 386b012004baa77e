// 中华人民共和国民法典: the period rules (第二百条–第二百零四条) engines count deadlines by, and how
// limits count their own number (第一千二百五十九条).
import { CIVIL_CODE_ART_201, CIVIL_CODE_ART_202, CIVIL_CODE_ART_203 } from '@gd-ftz/core';
import { articleOf, defineStatute } from './statute';

// Core applies 第二百零一条 to 第二百零三条 in its own period arithmetic and declares them; this module
// re-exports those same objects, so each article exists once.
const law = CIVIL_CODE_ART_201.law;
const art = articleOf(law);

/**
 * 中华人民共和国民法典 (adopted 2020-05-28, in force 2021-01-01): how periods are counted.
 * `art202` is the anniversary rule for periods in years or months (the last day is the same-numbered
 * day of the last month, or that month's last day).
 * @example
 * civilCode.articles.art202.article // '第二百零二条'
 */
export const civilCode = defineStatute({
  key: 'civilCode',
  law,
  version: { revised: '2020-05-28', inForce: '2021-01-01' },
  articles: {
    art200: art(
      '第二百条',
      {
        zh: '期间按公历年、月、日、小时计算',
        en: 'periods are counted in Gregorian years, months, days and hours',
      },
      '民法所称的期间按照公历年、月、日、小时计算。',
    ),
    art201: CIVIL_CODE_ART_201,
    art202: CIVIL_CODE_ART_202,
    art203: CIVIL_CODE_ART_203,
    art204: art(
      '第二百零四条',
      {
        zh: '期间计算方法依照民法典，法律另有规定或当事人另有约定的除外',
        en: 'these counting rules apply unless another law or the parties provide otherwise',
      },
      '期间的计算方法依照本法的规定，但是法律另有规定或者当事人另有约定的除外。',
    ),
    art1259: art(
      '第一千二百五十九条',
      {
        zh: '"以上""以下""以内""届满"包括本数；"不满""超过""以外"不包括本数',
        en: '"at least", "at most", "within" and "expire" include the number itself; "less than", "over" and "beyond" exclude it',
      },
      '民法所称的"以上"、"以下"、"以内"、"届满"，包括本数；所称的"不满"、"超过"、"以外"，不包括本数。',
    ),
  },
  params: {},
});
