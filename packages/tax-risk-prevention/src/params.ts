import { defineParams, type ParamsOf } from '@gd-ftz/core';

const share = (
  zh: string,
  en: string,
  help: { zh: string; en: string },
  value: number,
  low: number,
  high: number,
  max = 1,
) =>
  ({
    kind: 'number',
    label: { zh, en },
    help,
    unit: { zh: '比例', en: 'share' },
    default: value,
    min: 0,
    max,
    step: 0.01,
    assumption: true,
    plausible: { low, high },
  }) as const;

const practitioner = (zh: string, en: string) => ({
  zh: `假设（实务资料，非官方）：${zh}`,
  en: `Assumption (practitioner source, unofficial): ${en}`,
});
const noStats = (zh: string, en: string) => ({
  zh: `假设，无公开统计：${zh}`,
  en: `Assumption, no published statistics: ${en}`,
});

/**
 * The scenario parameters of measure 2. Everything here is an assumption: the population mix, the
 * process shares of baseline and reform, and the indicator thresholds (practitioner values, fact
 * pack §2 S11–S14, internal models are unpublished), each with a plausible range. The one
 * published threshold (异常凭证) is law, in law.ts.
 * @example
 * PARAMS.voidRedThreshold.default // 0.15
 */
export const PARAMS = defineParams({
  taxpayers: {
    kind: 'integer',
    label: { zh: '纳税人户数', en: 'Taxpayers' },
    help: { zh: '每户模拟12个月（2024年）', en: 'Each simulated for the 12 months of 2024' },
    unit: { zh: '户', en: 'taxpayers' },
    default: 1000,
    min: 50,
    max: 2000,
  },
  carelessShare: share(
    '粗心型纳税人占比',
    'Share careless (fixable errors)',
    noStats('会出可纠正差错的纳税人', 'firms making fixable errors'),
    0.15,
    0.05,
    0.3,
    0.5,
  ),
  aggressiveShare: share(
    '激进型纳税人占比',
    'Share aggressive (under-reporting)',
    noStats('少报收入的纳税人', 'firms under-reporting'),
    0.05,
    0.02,
    0.1,
    0.3,
  ),
  shellShare: share(
    '空壳虚开企业占比',
    'Share shells (领票→顶额→走逃)',
    noStats('空壳虚开企业', 'shell firms that issue and vanish'),
    0.02,
    0.005,
    0.05,
    0.2,
  ),
  compliantNoise: share(
    '合规户月度偶发异常比例',
    'Share of compliant months with one stray anomaly',
    noStats(
      '合规户某月单项指标偶然异常，决定误报',
      'a compliant month with one indicator off by chance; drives false alarms',
    ),
    0.1,
    0.05,
    0.2,
  ),
  baselineSampleShare: share(
    '改革前年度纳税评估抽样比例',
    'Baseline annual 纳税评估 sample share',
    noStats(
      '改革前每年下户评估的户数比例',
      'share of firms visited by the annual assessment before the reform',
    ),
    0.03,
    0.01,
    0.05,
  ),
  selfCorrectShare: share(
    '收到蓝色提醒后自行纠正的粗心户比例',
    'Share of careless firms that self-correct after a blue reminder',
    noStats('自主体检的效果', 'the effect of the self-check'),
    0.6,
    0.3,
    0.8,
  ),
  realNameStopShare: share(
    '实名认证在登记时拦下的空壳比例',
    'Share of shells stopped at registration by real-name checks',
    noStats(
      '借用身份登记的空壳中被实名实人认证拦下的比例',
      'shells on borrowed identities stopped by trusted-identity checks',
    ),
    0.3,
    0.1,
    0.5,
  ),
  downstreamLagMonths: {
    kind: 'integer',
    label: {
      zh: '改革前下游发现异常凭证的滞后月数',
      en: 'Baseline months until 异常凭证 are found downstream',
    },
    help: noStats(
      '空壳走逃后下游比对发现的滞后',
      'lag after a shell vanishes until downstream matching finds it',
    ),
    unit: { zh: '个月', en: 'months' },
    default: 3,
    min: 1,
    max: 12,
    assumption: true,
    plausible: { low: 1, high: 6 },
  },
  capUseThreshold: share(
    '顶额开票阈值',
    '顶额 threshold (average invoice / cap)',
    practitioner('90%（S11）', '90% (S11)'),
    0.9,
    0.8,
    0.95,
  ),
  surgeThreshold: share(
    '开票突增阈值',
    'Surge threshold (month / historical peak)',
    practitioner('150%（S13）', '150% (S13)'),
    1.5,
    1.3,
    2,
    5,
  ),
  voidRedThreshold: share(
    '作废红冲比例阈值',
    'Void/red-letter ratio threshold',
    practitioner('15%（S13），另有20%（S14）', '15% (S13), alt. 20% (S14)'),
    0.15,
    0.15,
    0.2,
  ),
  codeMatchThreshold: share(
    '进销项编码匹配率下限',
    'Code match floor',
    practitioner('70%（S14）', '70% (S14)'),
    0.7,
    0.6,
    0.8,
  ),
  revenueGapThreshold: share(
    '增值税与所得税收入差异阈值',
    'VAT vs CIT revenue gap threshold',
    practitioner('10%（S11）', '10% (S11)'),
    0.1,
    0.05,
    0.2,
  ),
  agriInputThreshold: share(
    '非农企业农产品进项占比阈值',
    'Agricultural input share threshold',
    practitioner('10%（S14）', '10% (S14)'),
    0.1,
    0.05,
    0.2,
  ),
});

/** Parsed scenario parameters. */
export type TaxRiskPreventionParams = ParamsOf<typeof PARAMS>;
