// The residues a sample is tested for, and the judgement of one result against its legal limit:
// banned substances are judged 不得检出 (at the official method's limit of detection), drugs
// with a maximum residue limit are judged against that limit.
import {
  type DatedParameter,
  entryAt,
  type Localized,
  parse,
  type TraceStep,
  ValidationError,
  z,
} from '@gd-ftz/core';
import { analyteIdSchema, concentrationSchema, concentrationsSchema, textSchema } from './inputs';
import {
  bannedListAt,
  CHLORAMPHENICOL_LOD,
  ENROFLOXACIN_MRL,
  MALACHITE_GREEN_LOD,
  MRL_STANDARD,
  NITROFURANS_LOD,
  NO_SALE_RULE,
} from './law';

/**
 * One analyte of the panel.
 * @example
 * const id: AnalyteId = 'enrofloxacin';
 */
export type AnalyteId = 'malachiteGreen' | 'nitrofurans' | 'chloramphenicol' | 'enrofloxacin';

/** The analytes of the model, in panel order (every {@link AnalyteId} once: `satisfies` checks the list). */
export const ANALYTE_IDS = [
  'malachiteGreen',
  'nitrofurans',
  'chloramphenicol',
  'enrofloxacin',
] as const satisfies readonly AnalyteId[];

/**
 * An analyte: its name, whether it is banned or limited, and the dated parameter of its cut-off.
 * @example
 * const a: Analyte | undefined = ANALYTES.find((x) => x.id === 'malachiteGreen');
 * a?.kind; // 'banned'
 */
export interface Analyte {
  readonly id: AnalyteId;
  readonly name: Localized;
  /** `banned`: 不得检出, non-compliant at or above the LOD; `mrl`: non-compliant above the limit. */
  readonly kind: 'banned' | 'mrl';
  /** The LOD (banned) or the maximum residue limit (mrl), μg/kg, as a dated parameter. */
  readonly limit: DatedParameter;
}

/**
 * The four analytes the issue names: three banned (农业部公告第193号 until 2019-12-26, 农业农村部公告
 * 第250号 from 2019-12-27: `bannedListAt(date)` gives the list a judgement cites) and enrofloxacin
 * with its GB 31650-2019 limit.
 * @example
 * ANALYTES.map((a) => a.id); // ['malachiteGreen', 'nitrofurans', 'chloramphenicol', 'enrofloxacin']
 */
export const ANALYTES: readonly Analyte[] = Object.freeze([
  {
    id: 'malachiteGreen',
    name: { zh: '孔雀石绿', en: 'Malachite green' },
    kind: 'banned',
    limit: MALACHITE_GREEN_LOD,
  },
  {
    id: 'nitrofurans',
    name: { zh: '硝基呋喃类代谢物', en: 'Nitrofuran metabolites' },
    kind: 'banned',
    limit: NITROFURANS_LOD,
  },
  {
    id: 'chloramphenicol',
    name: { zh: '氯霉素', en: 'Chloramphenicol' },
    kind: 'banned',
    limit: CHLORAMPHENICOL_LOD,
  },
  { id: 'enrofloxacin', name: { zh: '恩诺沙星', en: 'Enrofloxacin' }, kind: 'mrl', limit: ENROFLOXACIN_MRL },
] satisfies Analyte[]);

/**
 * The analyte with this id; a ValidationError naming `analyte` otherwise.
 * @example
 * analyteById('enrofloxacin').kind; // 'mrl'
 */
export function analyteById(id: unknown, path = 'analyte'): Analyte {
  const found = ANALYTES.find((a) => a.id === id);
  if (!found)
    throw ValidationError.of(
      path,
      `must be one of ${ANALYTE_IDS.join(', ')}`,
      `必须是 ${ANALYTE_IDS.join('、')} 之一`,
    );
  return found;
}

/**
 * The judgement of one measured concentration against its limit.
 * @example
 * const j: ResidueJudgement = judgeResidue('enrofloxacin', 120, '2025-03-04');
 * j.limitUgKg; // '100'
 */
export interface ResidueJudgement {
  readonly analyte: AnalyteId;
  readonly concentrationUgKg: number;
  /** The cut-off in force, μg/kg, as a decimal string. */
  readonly limitUgKg: string;
  readonly compliant: boolean;
  readonly step: TraceStep;
}

/**
 * Judges one concentration (μg/kg) measured on `asOf`: a banned analyte fails at or above its LOD
 * (不得检出), an MRL analyte fails strictly above its limit (≤ 100 μg/kg passes).
 * @example
 * judgeResidue('enrofloxacin', 100, '2025-03-04').compliant; // true  (100 ≤ 100)
 * judgeResidue('enrofloxacin', 100.1, '2025-03-04').compliant; // false
 * judgeResidue('malachiteGreen', 0.6, '2025-03-04').compliant; // false (0.6 ≥ LOD 0.5)
 */
export function judgeResidue(analyte: AnalyteId, concentrationUgKg: number, asOf: string): ResidueJudgement {
  const i = parse(RESIDUE_ARGS, { analyte, concentrationUgKg, asOf });
  return residueJudgement(i.analyte, i.concentrationUgKg, i.asOf);
}

const RESIDUE_ARGS = z.object({
  analyte: analyteIdSchema,
  concentrationUgKg: concentrationSchema,
  asOf: textSchema,
});

/** {@link judgeResidue} on checked arguments (the date is checked by `entryAt`). */
function residueJudgement(analyte: AnalyteId, concentrationUgKg: number, asOf: string): ResidueJudgement {
  const a = analyteById(analyte);
  const entry = entryAt(a.limit, asOf);
  const over =
    a.kind === 'banned' ? entry.decimal.lte(concentrationUgKg) : entry.decimal.lt(concentrationUgKg);
  const rule = a.kind === 'banned' ? 'residue.banned-not-detected' : 'residue.max-residue-limit';
  return {
    analyte: a.id,
    concentrationUgKg,
    limitUgKg: entry.value,
    compliant: !over,
    step: {
      id: `${rule}.${a.id}`,
      kind: 'rule',
      title:
        a.kind === 'banned'
          ? { zh: `${a.name.zh}不得检出`, en: `${a.name.en} must not be detected` }
          : { zh: `${a.name.zh}不得超过最大残留限量`, en: `${a.name.en} within its maximum residue limit` },
      fired: over,
      inputs: { concentrationUgKg, limitUgKg: entry.value },
      result: over ? 'non-compliant' : 'compliant',
      basis: {
        kind: 'cited',
        citations: [a.kind === 'banned' ? bannedListAt(asOf) : MRL_STANDARD, NO_SALE_RULE],
      },
      at: asOf,
    },
  };
}

/**
 * Concentrations of every analyte in one lot, μg/kg, in {@link ANALYTE_IDS} order.
 * @example
 * const c: Concentrations = { malachiteGreen: 0, nitrofurans: 0, chloramphenicol: 0, enrofloxacin: 150 };
 */
export type Concentrations = Readonly<Record<AnalyteId, number>>;

/**
 * The judgement of a whole sample: compliant only when every analyte is.
 * @example
 * const j: SampleJudgement = judgeSample({ malachiteGreen: 0, nitrofurans: 0, chloramphenicol: 0, enrofloxacin: 150 }, '2025-03-04');
 * j.failures; // ['enrofloxacin']
 */
export interface SampleJudgement {
  readonly compliant: boolean;
  readonly failures: readonly AnalyteId[];
  readonly steps: readonly TraceStep[];
}

/**
 * Judges every analyte of a sample (the confirmatory lab's reading). Art. 36: one failure is
 * enough to bar the lot from sale.
 * @example
 * judgeSample({ malachiteGreen: 0, nitrofurans: 0, chloramphenicol: 0, enrofloxacin: 150 }, '2025-03-04').failures;
 * // ['enrofloxacin']
 */
export function judgeSample(concentrations: Concentrations, asOf: string): SampleJudgement {
  const i = parse(SAMPLE_ARGS, { concentrations, asOf });
  return sampleJudgement(i.concentrations, i.asOf);
}

const SAMPLE_ARGS = z.object({ concentrations: concentrationsSchema, asOf: textSchema });

/**
 * {@link judgeSample} without the argument check, for the report's sample traces (built from
 * the simulation's own lots). Internal: not exported from the package.
 * @example
 * sampleJudgement({ malachiteGreen: 0, nitrofurans: 0, chloramphenicol: 0, enrofloxacin: 150 }, '2025-03-04').compliant; // false
 */
export function sampleJudgement(concentrations: Concentrations, asOf: string): SampleJudgement {
  const judgements = ANALYTE_IDS.map((id) => residueJudgement(id, concentrations[id], asOf));
  const failures = judgements.filter((j) => !j.compliant).map((j) => j.analyte);
  return { compliant: failures.length === 0, failures, steps: judgements.map((j) => j.step) };
}

/**
 * The cut-offs in force on `asOf` as plain numbers, for the simulation's inner loop (judged once
 * per run, not per sample).
 * @example
 * limitsAt('2025-01-01').enrofloxacin; // 100
 */
export function limitsAt(
  asOf: string,
): Readonly<Record<AnalyteId, { kind: 'banned' | 'mrl'; limit: number }>> {
  const out = {} as Record<AnalyteId, { kind: 'banned' | 'mrl'; limit: number }>;
  for (const a of ANALYTES) out[a.id] = { kind: a.kind, limit: Number(entryAt(a.limit, asOf).value) };
  return out;
}

/**
 * Whether a concentration fails its cut-off (the fast path of {@link judgeResidue}).
 * @example
 * exceeds({ kind: 'mrl', limit: 100 }, 120); // true
 */
export function exceeds(
  cutoff: { kind: 'banned' | 'mrl'; limit: number },
  concentrationUgKg: number,
): boolean {
  if (typeof cutoff !== 'object' || cutoff === null || (cutoff.kind !== 'banned' && cutoff.kind !== 'mrl'))
    throw ValidationError.of('cutoff.kind', "must be 'banned' or 'mrl'", "必须是 'banned' 或 'mrl'");
  if (!Number.isFinite(cutoff.limit) || cutoff.limit < 0)
    throw ValidationError.of('cutoff.limit', 'must be a finite number ≥ 0', '必须是不小于 0 的有限数');
  if (typeof concentrationUgKg !== 'number' || !Number.isFinite(concentrationUgKg) || concentrationUgKg < 0)
    throw ValidationError.of('concentrationUgKg', 'must be a finite number ≥ 0', '必须是不小于 0 的有限数');
  return cutoff.kind === 'banned' ? concentrationUgKg >= cutoff.limit : concentrationUgKg > cutoff.limit;
}
