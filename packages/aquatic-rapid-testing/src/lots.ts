// Harvest lots (one sale each) of a farm population over one year, with their true residues and
// the sampling each lot is picked for. Times are minutes since 00:00 of 1 January of the year.
import { addDays, civilDate, isWorkingDay, type RandomStream, ValidationError } from '@gd-ftz/core';
import { ANALYTE_IDS, type AnalyteId, exceeds, limitsAt } from './analytes';
import { type Farm, MAX_FARMS, validateFarms } from './farms';

const DAY = 1440;

/** Contamination of one analyte: the share of lots exposed, and the residue when exposed. */
export interface ContaminationSpec {
  /** P(a lot of an average farm carries the residue). */
  readonly prevalence: number;
  /** Median residue of an exposed lot, μg/kg (lognormal). */
  readonly medianUgKg: number;
  /** σ of the residue's logarithm. */
  readonly sigma: number;
}

/**
 * Default contamination (assumptions: the fact pack has no prevalence data). The banned drugs are
 * rare but, when used, nearly always detectable (median 2 μg/kg against LODs of 0.1–0.5);
 * enrofloxacin is used more often, and about a quarter of exposed lots exceed 100 μg/kg.
 * Together about 3 % of lots are non-compliant, in the range of published pass rates of 97–99 %.
 * @example
 * DEFAULT_CONTAMINATION.enrofloxacin.prevalence; // 0.05
 */
export const DEFAULT_CONTAMINATION: Readonly<Record<AnalyteId, ContaminationSpec>> = Object.freeze({
  malachiteGreen: { prevalence: 0.01, medianUgKg: 2, sigma: 1 },
  nitrofurans: { prevalence: 0.008, medianUgKg: 2, sigma: 1 },
  chloramphenicol: { prevalence: 0.004, medianUgKg: 1, sigma: 1 },
  enrofloxacin: { prevalence: 0.05, medianUgKg: 60, sigma: 0.8 },
});

/** How lots are drawn and picked for sampling. */
export interface LotOptions {
  readonly year: number;
  /** Mean sale lots per production cycle (1 + Poisson). */
  readonly lotsPerCycle: number;
  readonly contamination: Readonly<Record<AnalyteId, ContaminationSpec>>;
  /** Multiplies every prevalence (scenario lever). */
  readonly prevalenceScale: number;
  /** Share of lots the 风险监测 plan samples. */
  readonly monitoringShare: number;
  /** Mean share of lots the reform's scheduled, risk-based 监督抽查 samples. */
  readonly supervisionShare: number;
  /** Share of lots whose farmer asks for an urgent test before sale. */
  readonly urgentShare: number;
  /** Hours from harvest to sale. */
  readonly saleDelayHours: number;
}

/** One harvest lot, sold once. */
export interface Lot {
  readonly index: number;
  readonly farm: number;
  readonly harvestAt: number;
  readonly saleAt: number;
  readonly volumeKg: number;
  /** True residues, μg/kg, in ANALYTE_IDS order. */
  readonly residues: readonly number[];
  /** Bit i set when analyte i fails its cut-off. */
  readonly failMask: number;
  /** When the monitoring plan samples it, or -1. */
  readonly monitoringAt: number;
  /** When the reform's scheduled supervision samples it, or -1. */
  readonly scheduledAt: number;
  /** When its farmer asks for an urgent test, or -1. */
  readonly urgentAt: number;
}

function checkShare(v: unknown, path: string): void {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1) {
    throw ValidationError.of(path, 'must be a probability in [0, 1]', '必须是 [0, 1] 内的概率');
  }
}

/**
 * Validates lot options, throwing a ValidationError naming the field.
 * @example
 * validateLotOptions({ ...options, monitoringShare: 1.5 }); // throws, path 'monitoringShare'
 */
export function validateLotOptions(o: LotOptions): LotOptions {
  if (typeof o !== 'object' || o === null)
    throw ValidationError.of('options', 'must be an object', '必须是对象');
  if (!Number.isInteger(o.year) || o.year < 2023 || o.year > 2025) {
    throw ValidationError.of(
      'year',
      'must be 2023–2025 (law in force, calendar known through the following year)',
      '必须在 2023–2025 之间',
    );
  }
  if (!(o.lotsPerCycle >= 0 && o.lotsPerCycle <= MAX_LOTS_PER_CYCLE))
    throw ValidationError.of(
      'lotsPerCycle',
      `must be a number from 0 to ${MAX_LOTS_PER_CYCLE}`,
      `必须是 0 至 ${MAX_LOTS_PER_CYCLE} 的数`,
    );
  for (const id of ANALYTE_IDS) {
    const c = o.contamination?.[id];
    if (typeof c !== 'object' || c === null)
      throw ValidationError.of(`contamination.${id}`, 'is missing', '缺失');
    checkShare(c.prevalence, `contamination.${id}.prevalence`);
    if (!(c.medianUgKg > 0) || !Number.isFinite(c.medianUgKg))
      throw ValidationError.of(`contamination.${id}.medianUgKg`, 'must be a positive number', '必须是正数');
    if (!(c.sigma >= 0) || !Number.isFinite(c.sigma))
      throw ValidationError.of(`contamination.${id}.sigma`, 'must be a number ≥ 0', '必须是不小于 0 的数');
  }
  if (!(o.prevalenceScale >= 0) || !Number.isFinite(o.prevalenceScale))
    throw ValidationError.of('prevalenceScale', 'must be a number ≥ 0', '必须是不小于 0 的数');
  checkShare(o.monitoringShare, 'monitoringShare');
  checkShare(o.supervisionShare, 'supervisionShare');
  checkShare(o.urgentShare, 'urgentShare');
  if (!(o.saleDelayHours >= 0) || !Number.isFinite(o.saleDelayHours))
    throw ValidationError.of('saleDelayHours', 'must be a number ≥ 0', '必须是不小于 0 的数');
  return o;
}

/**
 * The largest mean number of lots per cycle (the scenario uses 8): a Poisson mean of 1e300 would
 * draw lots without end.
 * @example
 * validateLotOptions({ ...options, lotsPerCycle: 101 }); // throws ValidationError naming `lotsPerCycle`
 */
export const MAX_LOTS_PER_CYCLE = 100;

/**
 * Draws the year's lots of `farms`: each cycle ends in a harvest window whose lots leave every
 * 2–4 days, harvested 05:00–09:00 and sold `saleDelayHours` later. Monitoring samples are taken
 * 1–10 days before harvest, 10:00–16:00 on a working day; scheduled supervision samples 0–3 days
 * before, 08:00–20:00 any day, with a chance proportional to the farm's risk; urgent requests
 * 2–36 h before harvest, at any hour. Lots are returned in harvest order.
 * @example
 * buildLots(farms, options, RandomStream.fromSeed(1).substream('lots')).length;
 */
export function buildLots(farms: readonly Farm[], options: LotOptions, rng: RandomStream): Lot[] {
  validateLotOptions(options);
  // The farms drive the loops (cycles × lots): a cyclesPerYear of Infinity hung (issue 32).
  validateFarms(farms, 'farms');
  if (farms.length > MAX_FARMS)
    throw ValidationError.of(
      'farms',
      `must hold at most ${MAX_FARMS} farms`,
      `养殖场不得超过 ${MAX_FARMS} 家`,
    );
  const start = civilDate(`${options.year}-01-01`);
  const days = options.year % 4 === 0 ? 366 : 365;
  const horizon = days * DAY;
  const cutoffs = limitsAt(start);
  const working = Array.from({ length: days }, (_, d) => isWorkingDay(addDays(start, d)));
  const meanRisk = farms.length > 0 ? farms.reduce((s, f) => s + f.riskFactor, 0) / farms.length : 1;
  const drafts: Omit<Lot, 'index'>[] = [];
  // The hot loop draws plain uniforms (u < p is a Bernoulli draw, lo + ⌊u·n⌋ a uniform integer):
  // a province has hundreds of thousands of lots.
  const u = () => rng.real();
  const between = (lo: number, hi: number) => lo + Math.floor(u() * (hi - lo + 1));
  const specs = ANALYTE_IDS.map((id) => options.contamination[id]);
  const cut = ANALYTE_IDS.map((id) => cutoffs[id]);
  farms.forEach((farm, fi) => {
    const pSup = Math.min(1, (options.supervisionShare * farm.riskFactor) / meanRisk);
    const pAnalyte = specs.map((spec) =>
      Math.min(1, spec.prevalence * options.prevalenceScale * farm.riskFactor),
    );
    for (let c = 0; c < farm.cyclesPerYear; c++) {
      let day = Math.floor(((c + u()) * days) / farm.cyclesPerYear);
      const count = 1 + rng.poisson(Math.max(0, options.lotsPerCycle - 1));
      for (let l = 0; l < count && day < days; l++, day += between(2, 4)) {
        const harvestAt = day * DAY + between(5 * 60, 9 * 60);
        const residues: number[] = [];
        let failMask = 0;
        for (let a = 0; a < specs.length; a++) {
          const spec = specs[a] as ContaminationSpec;
          const r = u() < (pAnalyte[a] as number) ? rng.lognormal(Math.log(spec.medianUgKg), spec.sigma) : 0;
          residues.push(r);
          if (r > 0 && exceeds(cut[a] as { kind: 'banned' | 'mrl'; limit: number }, r)) failMask |= 1 << a;
        }
        let monitoringAt = -1;
        if (u() < options.monitoringShare) {
          let d = day - between(1, 10);
          while (d >= 0 && !working[d]) d--;
          if (d >= 0) monitoringAt = d * DAY + between(10 * 60, 16 * 60);
        }
        let scheduledAt = -1;
        if (u() < pSup) {
          let t = (day - between(0, 3)) * DAY + between(8 * 60, 20 * 60);
          if (t >= harvestAt) t -= DAY;
          if (t >= 0) scheduledAt = t;
        }
        let urgentAt = -1;
        if (u() < options.urgentShare) {
          const t = harvestAt - between(2 * 60, 36 * 60);
          if (t >= 0) urgentAt = t;
        }
        const saleAt = harvestAt + Math.round(options.saleDelayHours * 60);
        const volumeKg = Math.round(farm.lotKg * (0.7 + 0.6 * u()));
        if (saleAt >= horizon) continue;
        drafts.push({
          farm: fi,
          harvestAt,
          saleAt,
          volumeKg,
          residues,
          failMask,
          monitoringAt,
          scheduledAt,
          urgentAt,
        });
      }
    }
  });
  drafts.sort((a, b) => a.harvestAt - b.harvestAt || a.farm - b.farm);
  return drafts.map((d, index) => ({ index, ...d }));
}
