// The weighted score of a month's indicators and its response tier.
import {
  type CivilDate,
  type Decimal,
  decimal,
  describeValue,
  integerAt,
  ValidationError,
} from '@gd-ftz/core';
import { fractionOf } from './exact-ratio';
import {
  INDICATOR_KEYS,
  INDICATOR_RULES,
  type IndicatorKey,
  TIER_BASES,
  TIER_CUTS,
  type Tier,
  type TierCuts,
  ZERO_VAT_CONSECUTIVE_MONTHS,
  ZERO_VAT_CUMULATIVE_MONTHS,
} from './law';
import type { IndicatorHit, Indicators, RiskAssessment, RiskOptions, Thresholds } from './model';
import { type FastThresholds, zeroMonthsAt } from './month-score';
import { PARAMS } from './params';
import { checkDate, Issues } from './validate';

/** The default thresholds: the scenario parameters' defaults (practitioner values). */
export const DEFAULT_THRESHOLDS: Thresholds = Object.freeze({
  capUse: PARAMS.capUseThreshold.default,
  surge: PARAMS.surgeThreshold.default,
  voidRed: PARAMS.voidRedThreshold.default,
  codeMatch: PARAMS.codeMatchThreshold.default,
  revenueGap: PARAMS.revenueGapThreshold.default,
  agriInput: PARAMS.agriInputThreshold.default,
});

/** Thresholds as decimals and as exact fractions, built once per threshold set. */
export interface Compiled {
  readonly t: Thresholds;
  readonly d: Readonly<Record<keyof Thresholds, Decimal>>;
  /** The same decimals as exact fractions, for the integer scoring path (month-score.ts). */
  readonly fast: FastThresholds;
  readonly tiers: TierCuts;
}

/** Compiles thresholds and tier cuts for repeated scoring. */
export function compile(t: Thresholds, tiers: TierCuts = TIER_CUTS): Compiled {
  const d = {} as Record<keyof Thresholds, Decimal>;
  // toFixed gives a plain decimal (no exponent); the thresholds have a step of 0.01.
  for (const k of Object.keys(t) as (keyof Thresholds)[]) d[k] = decimal(t[k].toFixed(10));
  const fast = {
    capUse: fractionOf(d.capUse),
    surge: fractionOf(d.surge),
    voidRed: fractionOf(d.voidRed),
    codeMatch: fractionOf(d.codeMatch),
    revenueGap: fractionOf(d.revenueGap),
    agriInput: fractionOf(d.agriInput),
  };
  return { t, d, fast, tiers };
}

const DEFAULT = compile(DEFAULT_THRESHOLDS);

/** Which indicators fire, in INDICATOR_KEYS order. */
export function firedOf(ind: Indicators, asOf: CivilDate, c: Compiled): boolean[] {
  const { d } = c;
  return [
    ind.capUse?.gte(d.capUse) === true,
    ind.surge?.gt(d.surge) === true,
    ind.voidRed?.gt(d.voidRed) === true,
    ind.codeMatch?.lt(d.codeMatch) === true,
    ind.revenueGap?.gte(d.revenueGap) === true,
    ind.burden?.lt(ind.warningRate) === true,
    ind.agriInput?.gt(d.agriInput) === true,
    zeroFiringOf(ind, asOf),
  ];
}

function zeroFiringOf(ind: Indicators, asOf: CivilDate): boolean {
  const z = zeroMonthsAt(asOf);
  return ind.zeroConsecutive >= z[0] || ind.zeroCumulative >= z[1];
}

/** The score: the sum of the fired indicators' weights. */
export function scoreOf(fired: readonly boolean[]): number {
  let s = 0;
  for (let i = 0; i < INDICATOR_KEYS.length; i++)
    if (fired[i]) s += INDICATOR_RULES[INDICATOR_KEYS[i] as IndicatorKey].weight;
  return s;
}

/**
 * The tier of a score on half-open bands: below `blue` none, [blue, yellow) blue, [yellow, red)
 * yellow, from `red` red.
 * @example
 * tierOf(45) // 'yellow'
 */
export function tierOf(score: number, cuts: TierCuts = TIER_CUTS): Tier {
  // Public entry: a bad score or cut table is a typed error, not a comparison with NaN.
  if (typeof score !== 'number' || Number.isNaN(score))
    throw ValidationError.of('score', `must be a number, got ${describeValue(score)}`, '必须是数字');
  if (cuts !== TIER_CUTS) checkCuts(cuts);
  if (score >= cuts.red) return 'red';
  if (score >= cuts.yellow) return 'yellow';
  if (score >= cuts.blue) return 'blue';
  return 'none';
}

function checkCuts(cuts: unknown): void {
  if (typeof cuts !== 'object' || cuts === null)
    throw ValidationError.of(
      'cuts',
      `must be a tier table, got ${describeValue(cuts)}`,
      '必须是风险等级分界表',
    );
  for (const k of ['blue', 'yellow', 'red'] as const) {
    const v = (cuts as Record<string, unknown>)[k];
    if (typeof v !== 'number' || !Number.isFinite(v))
      throw ValidationError.of(
        `cuts.${k}`,
        `must be a finite number, got ${describeValue(v)}`,
        '必须是有限数字',
      );
  }
}

const fmt = (d: Decimal | null) => (d === null ? null : d.toDecimalPlaces(4).toString());

/** The compiled thresholds and tiers of RiskOptions; a bad option is added to `issues`. */
export function validOptions(opts: unknown, issues: Issues): Compiled {
  if (opts === undefined) return DEFAULT;
  if (typeof opts !== 'object' || opts === null) {
    issues.add('opts', 'must be an object', '必须是对象');
    return DEFAULT;
  }
  const o = opts as RiskOptions;
  if (o.trace !== undefined && typeof o.trace !== 'boolean')
    issues.add('opts.trace', 'must be true or false', '必须是布尔值');
  if (o.thresholds === undefined && o.tiers === undefined) return DEFAULT;
  const t: Record<string, number> = { ...DEFAULT_THRESHOLDS };
  for (const [k, v] of Object.entries(o.thresholds ?? {})) {
    if (!Object.hasOwn(DEFAULT_THRESHOLDS, k))
      issues.add(`opts.thresholds.${k}`, 'is not a threshold', '不是阈值');
    else if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
      issues.add(`opts.thresholds.${k}`, 'must be a non-negative number', '必须是非负数');
    else t[k] = v;
  }
  const cuts = o.tiers ?? TIER_CUTS;
  const ok = [cuts.blue, cuts.yellow, cuts.red].every((x) => Number.isSafeInteger(x) && x > 0);
  if (!ok || !(cuts.blue < cuts.yellow && cuts.yellow < cuts.red)) {
    issues.add(
      'opts.tiers',
      'must be positive integers with blue < yellow < red',
      '必须是正整数且蓝 < 黄 < 红',
    );
  }
  return compile(t as unknown as Thresholds, cuts);
}

function describe(
  key: IndicatorKey,
  ind: Indicators,
  c: Compiled,
  asOf: CivilDate,
): Pick<IndicatorHit, 'value' | 'threshold'> {
  switch (key) {
    case 'capUse':
      return { value: fmt(ind.capUse), threshold: `≥ ${c.t.capUse}` };
    case 'surge':
      return { value: fmt(ind.surge), threshold: `> ${c.t.surge}` };
    case 'voidRed':
      return { value: fmt(ind.voidRed), threshold: `> ${c.t.voidRed}` };
    case 'codeMismatch':
      return { value: fmt(ind.codeMatch), threshold: `< ${c.t.codeMatch}` };
    case 'revenueGap':
      return { value: fmt(ind.revenueGap), threshold: `≥ ${c.t.revenueGap}` };
    case 'lowBurden':
      return { value: fmt(ind.burden), threshold: `< ${ind.warningRate.toString()}` };
    case 'agriInput':
      return { value: fmt(ind.agriInput), threshold: `> ${c.t.agriInput}` };
    case 'zeroFiling':
      return {
        value: `${ind.zeroConsecutive}/${ind.zeroCumulative}`,
        threshold: `≥ ${integerAt(ZERO_VAT_CONSECUTIVE_MONTHS, asOf)} consecutive or ≥ ${integerAt(ZERO_VAT_CUMULATIVE_MONTHS, asOf)} cumulative`,
      };
  }
}

/**
 * Scores a month's indicators: each fired indicator adds its weight (INDICATOR_RULES, an
 * assumption); the score's band gives the tier: blue (reminder), yellow (face re-verification,
 * 发票管理办法 第二十六条), red (block + review); the tiers are an assumption. Every indicator is
 * listed with its value, threshold, basis and why it fired or not.
 * @throws ValidationError naming `ind`, `asOf` or `opts.…`.
 * @example
 * assessRisk(indicatorsOf(month, history), '2024-07-15').tier // 'none' | 'blue' | 'yellow' | 'red'
 */
export function assessRisk(ind: Indicators, asOf: CivilDate | string, opts?: RiskOptions): RiskAssessment {
  const issues = new Issues();
  if (
    typeof ind !== 'object' ||
    ind === null ||
    typeof ind.taxpayerId !== 'string' ||
    typeof ind.month !== 'string'
  ) {
    issues.add('ind', 'must be the result of indicatorsOf', '必须是 indicatorsOf 的结果');
  }
  if (checkDate(asOf, 'asOf', issues) && typeof ind?.month === 'string' && asOf < ind.month) {
    issues.add('asOf', 'must not be before the month assessed', '不得早于被评估月份');
  }
  const c = validOptions(opts, issues);
  issues.throwIfAny();
  const day = asOf as CivilDate;
  const fired = firedOf(ind, day, c);
  const score = scoreOf(fired);
  const tier = tierOf(score, c.tiers);
  if (opts?.trace === false)
    return { taxpayerId: ind.taxpayerId, asOf: day, score, tier, hits: [], tierBasis: TIER_BASES[tier] };
  const hits = hitsOf(ind, fired, c, day);
  return { taxpayerId: ind.taxpayerId, asOf: day, score, tier, hits, tierBasis: TIER_BASES[tier] };
}

/** Every indicator with its value, threshold, basis and why it fired or not (`fired` in INDICATOR_KEYS order). */
export function hitsOf(
  ind: Indicators,
  fired: readonly boolean[],
  c: Compiled,
  day: CivilDate,
): IndicatorHit[] {
  return INDICATOR_KEYS.map((key, i): IndicatorHit => {
    const rule = INDICATOR_RULES[key];
    const f = fired[i] === true;
    const { value, threshold } = describe(key, ind, c, day);
    return {
      key,
      fired: f,
      value,
      threshold,
      points: f ? rule.weight : 0,
      basis: rule.basis,
      why:
        value === null
          ? {
              zh: `${rule.label.zh}：无法计算（无分母）`,
              en: `${rule.label.en}: not computable (no denominator)`,
            }
          : f
            ? {
                zh: `${rule.label.zh}：${value} 满足 ${threshold}，+${rule.weight}`,
                en: `${rule.label.en}: ${value} meets ${threshold}, +${rule.weight}`,
              }
            : {
                zh: `${rule.label.zh}：${value} 不满足 ${threshold}`,
                en: `${rule.label.en}: ${value} does not meet ${threshold}`,
              },
    };
  });
}
