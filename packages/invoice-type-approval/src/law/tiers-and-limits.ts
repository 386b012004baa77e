import { type DatedParameter, defineParameter } from '@gd-ftz/core';
import { invoiceMeasures } from '@gd-ftz/statutes';
import { cite } from '../sources';
import { WORKING_DAYS, YUAN } from './units';

/**
 * 发票管理办法 第十五条: the tax office decides invoice types, quantity and method within 5 working
 * days: in the 2019 text (2019-03-02, the wording of 2010) and the 2023 text, from @gd-ftz/statutes.
 * @example
 * integerAt(decisionWorkingDays, '2021-03-01') // 5 (2019 text)
 */
export const decisionWorkingDays: DatedParameter = invoiceMeasures.params.typeDecisionWorkingDaysFrom2019;

// The tier list and the ≤10万 immediate route are older than the calendar (国税发〔2006〕156号 第五条
// already splits the approval at 10万 / 100万 / 1000万); the Xiamen guide that states them is undated,
// so they are dated from the calendar's first day rather than from a text's date.
const TIERS_FROM = '2019-01-01';
const TIER_SOURCE = cite('xiamenGuide', undefined, {
  zh: '限额档次；国税发〔2006〕156号第五条已按10万、100万、1000万分级审批，指南未注明日期，起始日期取日历首日',
  en: 'tier list; 国税发〔2006〕156号 第五条 already split the approval at 100k / 1m / 10m; the guide is undated, so the from-date is the calendar’s first day',
});

function tier(name: string, value: string, zh: string, en: string): DatedParameter {
  return defineParameter({
    name: `ita.faceValueTier.${name}`,
    label: { zh: `最高开票限额档次：${zh}`, en: `Face value tier: ${en}` },
    unit: YUAN,
    entries: [{ from: TIERS_FROM, value, source: TIER_SOURCE }],
  });
}

/**
 * The maximum face value tiers of a single invoice (pre-tax amount): 1万 / 10万 / 100万 / 1000万.
 * @example
 * FACE_VALUE_TIERS.map((p) => valueAt(p, '2025-03-03').toString()) // ['10000', '100000', '1000000', '10000000']
 */
export const FACE_VALUE_TIERS: readonly DatedParameter[] = [
  tier('10k', '10000', '一万元', '10k'),
  tier('100k', '100000', '十万元', '100k'),
  tier('1m', '1000000', '百万元', '1m'),
  tier('10m', '10000000', '千万元', '10m'),
];

/**
 * Highest face value decided 依申请即办 (immediately); higher tiers go 依申请流转 (routed).
 * @example
 * valueAt(immediateRouteMaxFaceValue, '2025-03-03').toString() // '100000'
 */
export const immediateRouteMaxFaceValue: DatedParameter = defineParameter({
  name: 'ita.immediateRouteMaxFaceValue',
  label: { zh: '即办限额上限', en: 'Highest face value decided immediately' },
  unit: YUAN,
  entries: [{ from: TIERS_FROM, value: '100000', source: TIER_SOURCE }],
});

/**
 * Routed tiers (>10万): promised time 10 working days.
 * @example
 * integerAt(routedDecisionWorkingDays, '2025-03-03') // 10
 */
export const routedDecisionWorkingDays: DatedParameter = defineParameter({
  name: 'ita.routedDecisionWorkingDays',
  label: { zh: '流转办理时限', en: 'Decision limit of routed (high-tier) applications' },
  unit: WORKING_DAYS,
  kind: 'integer',
  entries: [{ from: TIERS_FROM, value: '10', source: TIER_SOURCE }],
});
