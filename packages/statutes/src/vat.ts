// 中华人民共和国增值税暂行条例: the monthly filing period the tax engines build populations on.
import { defineParameter } from '@gd-ftz/core';
import { articleOf, defineStatute } from './statute';
import { DAYS } from './units';

const law = { zh: '中华人民共和国增值税暂行条例', en: 'Provisional Regulations of the PRC on VAT' };
const art = articleOf(law);

const articles = {
  art23: art('第二十三条', {
    zh: '以1个月或者1个季度为1个纳税期的，自期满之日起15日内申报纳税',
    en: 'with a monthly or quarterly tax period, file and pay within 15 days after it ends',
  }),
};

/**
 * 中华人民共和国增值税暂行条例 (2008 revision in force 2009-01-01; amended 2016 and 2017-11-19).
 * The 增值税法 replaces it from 2026-01-01; that text is not declared here yet, so the filing
 * period has no entry for 2026 on.
 * @example
 * integerAt(vatRegulations.params.monthlyFilingDays, '2022-06-30') // 15
 */
export const vatRegulations = defineStatute({
  key: 'vatRegulations',
  law,
  version: { revised: '2017-11-19', inForce: '2017-11-19' },
  articles,
  params: {
    monthlyFilingDays: defineParameter({
      name: 'vatRegulations.monthlyFilingDays',
      label: { zh: '增值税按月申报纳税期限', en: 'Monthly VAT filing period' },
      unit: DAYS,
      kind: 'integer',
      entries: [{ from: '2009-01-01', value: '15', source: articles.art23 }],
    }),
  },
});
