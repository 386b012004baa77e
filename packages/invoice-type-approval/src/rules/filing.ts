import { assumption, cited, type Localized } from '@gd-ftz/core';
import type { LawValues } from '../law-values';
import { cite } from '../sources';
import { type ApprovalRuleSpec, BOTH, cap, refer, reject, t } from './spec';

/**
 * Filing and payment: unfiled periods, late filing, arrears, zero filing: ITA-076 … ITA-087.
 * @example
 * filingRules(lawAt('2025-03-03')).length // 12
 */
export function filingRules(L: LawValues): ApprovalRuleSpec[] {
  const category = 'filing';
  // The credit articles say only that such filing bars an A grade; that it sends an invoice
  // application to an officer is this engine's assumption, with the article as context.
  const notA =
    L.regime === '2025'
      ? cite('credit2025', '第十七条', {
          zh: '增值税连续3个月或累计6个月应纳税额为0（非正常原因）的，不得评为A级；按公历年度评价（第十五条）',
          en: 'VAT due of zero for 3 consecutive or 6 cumulative months (no normal reason) bars an A; rated per calendar year (第十五条)',
        })
      : cite('creditTrial2014', '第十九条', {
          zh: '增值税连续3个月或累计6个月零申报、负申报的，不得评为A级；按评价年度（公历年）计算',
          en: 'zero or negative VAT returns for 3 consecutive or 6 cumulative months bar an A; counted per rating (calendar) year',
        });
  const zeroReason = (what: Localized) =>
    assumption(
      {
        zh: `${what.zh}：信用办法仅规定不得评为A级，未规定转人工；转人工为本引擎假设`,
        en: `${what.en}: the credit measures only bar an A grade and say nothing of referral; referring is this engine's assumption`,
      },
      notA,
    );
  return [
    {
      id: 'ITA-076',
      category,
      title: { zh: '有未申报期次不予核定', en: 'Unfiled tax periods: rejected' },
      basis: assumption(
        { zh: '待补办未申报期次后再供应', en: 'Supply waits for the missing returns' },
        cite('taxCollection', '第二十五条', {
          zh: '纳税申报义务；条文号未经核实',
          en: 'duty to file; article number not verified',
        }),
      ),
      thresholds: [t('unfiledPeriods', '>=', 1)],
      effect: reject('补办未申报期次', 'File the missing returns'),
    },
    {
      id: 'ITA-077',
      category,
      title: { zh: '近12个月多次逾期申报转人工', en: 'Repeated late filing in 12 months: refer' },
      basis: assumption(
        {
          zh: `一年内逾期申报${L.overdueFilingsRefer}次以上（每次扣5分）`,
          en: `${L.overdueFilingsRefer} or more late filings in a year (5 credit points each)`,
        },
        cite('creditTrial2014', undefined, { zh: '评价指标', en: 'credit indicators' }),
      ),
      thresholds: [t('overdueFilings12m', '>=', L.overdueFilingsRefer)],
      effect: refer('按期申报', 'File on time'),
    },
    {
      id: 'ITA-078',
      category,
      title: { zh: '有逾期申报记录按一个月供应', en: 'Late filing on record: one month’s supply' },
      basis: assumption({
        zh: '逾期申报的纳税人不予多月供应',
        en: 'A late filer gets no multi-month supply',
      }),
      thresholds: [t('overdueFilings12m', '>=', 1)],
      effect: cap(
        { kinds: BOTH, maxSupplyMonths: 1 },
        { zh: '一年内按期申报', en: 'File on time for a year' },
      ),
    },
    {
      id: 'ITA-079',
      category,
      title: { zh: '有欠税转人工', en: 'Tax arrears: refer' },
      basis: assumption({
        zh: '有欠税的，由人工审核研究缴纳安排',
        en: 'Arrears need an officer to weigh a payment plan',
      }),
      thresholds: [t('arrearsFen', '>', 0)],
      effect: refer('缴清欠税', 'Pay the arrears'),
    },
    {
      id: 'ITA-080',
      category,
      title: { zh: '欠税逾期较久不予核定', en: 'Long-overdue arrears: rejected' },
      basis: assumption({
        zh: `欠税逾期${L.arrearsRejectDays}日以上的，停止供应`,
        en: `Arrears overdue ${L.arrearsRejectDays} days or more stop the supply`,
      }),
      thresholds: [t('arrearsFen', '>', 0), t('arrearsOverdueDays', '>=', L.arrearsRejectDays)],
      effect: reject('缴清欠税', 'Pay the arrears'),
    },
    {
      id: 'ITA-081',
      category,
      title: { zh: '连续零申报转人工', en: 'Consecutive zero filing: refer' },
      basis: zeroReason({ zh: '连续3个月应纳税额为0', en: 'Zero VAT due for 3 consecutive months' }),
      thresholds: [t('zeroFilingConsecutive', '>=', L.zeroFilingConsecutive)],
      effect: refer('如实申报经营收入', 'File actual revenue'),
    },
    {
      id: 'ITA-082',
      category,
      title: { zh: '本年度累计零申报转人工', en: 'Zero filing in 6 months of the calendar year: refer' },
      basis: zeroReason({
        zh: '本公历年度累计6个月应纳税额为0',
        en: 'Zero VAT due in 6 months of the calendar year',
      }),
      thresholds: [t('zeroFilingMonthsThisYear', '>=', L.zeroFilingCumulative)],
      effect: refer('如实申报经营收入', 'File actual revenue'),
    },
    {
      id: 'ITA-083',
      category,
      title: {
        zh: '新办纳税人领票未申报停止供应',
        en: 'New taxpayer issued invoices but did not file: supply stopped',
      },
      basis: cited(
        cite('innovation2014', undefined, {
          zh: '新增纳税人已领用发票却未及时申报的，停止供应发票',
          en: 'a new taxpayer who received invoices but did not file on time: supply stops',
        }),
      ),
      thresholds: [t('issuedNotFiled', '==', true)],
      effect: reject('申报已开具发票的收入', 'File the revenue of the invoices issued'),
    },
    {
      id: 'ITA-084',
      category,
      title: { zh: '滞纳金未缴转人工', en: 'Unpaid late fees: refer' },
      basis: assumption(
        { zh: '未缴滞纳金实质上属于欠缴', en: 'Unpaid late fees (滞纳金) are arrears in substance' },
        cite('taxCollection', '第三十二条'),
      ),
      thresholds: [t('unpaidLateFees', '==', true)],
      effect: refer('缴清滞纳金', 'Pay the late fees'),
    },
    {
      id: 'ITA-085',
      category,
      title: { zh: '增值税与所得税收入差异较大转人工', en: 'VAT and CIT revenue diverge: refer' },
      basis: assumption(
        { zh: '实务中的收入不匹配风险指标', en: 'Practitioner income-mismatch marker' },
        cite('practitionerRisk'),
      ),
      thresholds: [t('vatCitMismatchBp', '>=', L.vatCitMismatch)],
      effect: refer('说明收入差异', 'Explain the revenue gap'),
    },
    {
      id: 'ITA-086',
      category,
      title: { zh: '零申报企业专票限量', en: 'Zero filer: special quantity limited' },
      basis: assumption(
        {
          zh: '零申报纳税人没有销售额支撑大量专用发票',
          en: 'A zero filer has no sales to support many special invoices',
        },
        notA,
      ),
      thresholds: [t('zeroFilingMonthsThisYear', '>=', 1), t('reqSpecialTier', '>', 0)],
      effect: cap(
        { kinds: ['special'], maxMonthlyQuantity: L.zeroFilerSpecialQuantity },
        { zh: '如实申报经营收入', en: 'File actual revenue' },
      ),
    },
    {
      id: 'ITA-087',
      category,
      title: { zh: '有欠税申请提高限额不予核定', en: 'Arrears and a cap increase: rejected' },
      basis: assumption({
        zh: '欠税期间不提高最高开票限额',
        en: 'A cap increase is not granted while tax is owed',
      }),
      when: (f) =>
        f.arrearsFen > 0 && (f.reqSpecialTier > f.curSpecialTier || f.reqOrdinaryTier > f.curOrdinaryTier),
      reads: ['arrearsFen', 'reqSpecialTier', 'curSpecialTier', 'reqOrdinaryTier', 'curOrdinaryTier'],
      effect: reject('缴清欠税后申请提高限额', 'Pay the arrears before asking for a higher cap'),
    },
  ];
}
