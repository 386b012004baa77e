// Rapid tests (快检): a strip per analyte, with its time, sensitivity and specificity. A panel
// runs the strips side by side, so it takes the sample preparation plus the slowest strip.
import { type LegalBasis, parse, type RandomStream, ValidationError, z } from '@gd-ftz/core';
import { ANALYTE_IDS, type AnalyteId } from './analytes';
import { panelSchema, prepSchema, type StripFigures, truthSchema } from './inputs';
import { RAPID_RULE } from './law';

/**
 * One analyte's rapid strip.
 * @example
 * const s: RapidTestSpec = { ...DEFAULT_RAPID_TESTS.enrofloxacin, sensitivity: 0.9 };
 */
export interface RapidTestSpec {
  readonly analyte: AnalyteId;
  /** Minutes from a prepared extract to a readable strip. */
  readonly stripMinutes: number;
  /** P(positive | non-compliant lot). */
  readonly sensitivity: number;
  /** P(negative | compliant lot). */
  readonly specificity: number;
  readonly basis: LegalBasis;
}

const VALIDATION_2020 = {
  law: {
    zh: '中国水产科学研究院 快检产品验证（2020）',
    en: 'Chinese Academy of Fishery Sciences rapid-test validation (2020)',
  },
  url: 'http://m.luodang.cn/News-1309955.html',
} as const;

const ACCURACY_REASON = {
  zh: '2020年验证报告了假阳性率和假阴性率，但未查得具体数值；灵敏度0.95、特异性0.97为试纸条常见验收水平（未经核实）',
  en: 'The 2020 validation reports false-positive and false-negative rates, but no figures were found; 0.95 sensitivity and 0.97 specificity are typical acceptance levels for strips (unconfirmed).',
};

/** A strip's reason: what is known of its time, then the accuracy assumption. */
function reason(zh: string, en: string) {
  return { zh: `${zh}。${ACCURACY_REASON.zh}`, en: `${en}. ${ACCURACY_REASON.en}` };
}

/**
 * The default strip of each analyte. Times: 孔雀石绿 14 min, quinolones < 20 min (secondary source); the other
 * strips are assumed to take 20 min. Accuracy: assumptions (see basis).
 * @example
 * DEFAULT_RAPID_TESTS.malachiteGreen.stripMinutes; // 14
 */
export const DEFAULT_RAPID_TESTS: Readonly<Record<AnalyteId, RapidTestSpec>> = Object.freeze({
  malachiteGreen: {
    analyte: 'malachiteGreen',
    stripMinutes: 14,
    sensitivity: 0.95,
    specificity: 0.97,
    basis: {
      kind: 'assumption',
      reason: reason('试纸条14分钟（二手资料）', '14 min strip (secondary source)'),
      citations: [VALIDATION_2020, RAPID_RULE],
    },
  },
  nitrofurans: {
    analyte: 'nitrofurans',
    stripMinutes: 20,
    sensitivity: 0.95,
    specificity: 0.97,
    basis: {
      kind: 'assumption',
      reason: reason('假设试纸条20分钟（无资料）', '20 min strip assumed (no source)'),
      citations: [RAPID_RULE],
    },
  },
  chloramphenicol: {
    analyte: 'chloramphenicol',
    stripMinutes: 20,
    sensitivity: 0.95,
    specificity: 0.97,
    basis: {
      kind: 'assumption',
      reason: reason(
        '假设试纸条20分钟（武汉移动快检全程约1小时，二手资料）',
        '20 min strip assumed (Wuhan mobile tests ≈ 1 h in all, secondary source)',
      ),
      citations: [RAPID_RULE],
    },
  },
  enrofloxacin: {
    analyte: 'enrofloxacin',
    stripMinutes: 20,
    sensitivity: 0.95,
    specificity: 0.97,
    basis: {
      kind: 'assumption',
      reason: reason('喹诺酮类试纸条少于20分钟（二手资料）', 'Quinolone strip < 20 min (secondary source)'),
      citations: [VALIDATION_2020, RAPID_RULE],
    },
  },
});

function checkProbability(value: unknown, path: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw ValidationError.of(path, 'must be a probability in [0, 1]', '必须是 [0, 1] 内的概率');
  }
}

/**
 * Validates a panel of strips (one per analyte), throwing a ValidationError naming the field.
 * @example
 * validateRapidTests(DEFAULT_RAPID_TESTS); // returns it unchanged
 */
export function validateRapidTests(
  specs: unknown,
  path = 'specs',
): Readonly<Record<AnalyteId, RapidTestSpec>> {
  if (typeof specs !== 'object' || specs === null)
    throw ValidationError.of(path, 'must be an object', '必须是对象');
  const s = specs as Record<string, Partial<RapidTestSpec> | undefined>;
  for (const id of ANALYTE_IDS) {
    const spec = s[id];
    if (typeof spec !== 'object' || spec === null)
      throw ValidationError.of(`${path}.${id}`, 'is missing', '缺失');
    if (
      typeof spec.stripMinutes !== 'number' ||
      !Number.isFinite(spec.stripMinutes) ||
      spec.stripMinutes <= 0
    ) {
      throw ValidationError.of(`${path}.${id}.stripMinutes`, 'must be a positive number', '必须是正数');
    }
    checkProbability(spec.sensitivity, `${path}.${id}.sensitivity`);
    checkProbability(spec.specificity, `${path}.${id}.specificity`);
  }
  return specs as Readonly<Record<AnalyteId, RapidTestSpec>>;
}

/**
 * A panel's duration: preparation plus the slowest strip (strips run side by side).
 * @example
 * panelMinutes(DEFAULT_RAPID_TESTS, 10); // 10 + max(14, 20, 20, 20) = 30
 */
export function panelMinutes(specs: Readonly<Record<AnalyteId, RapidTestSpec>>, prepMinutes: number): number {
  const i = parse(MINUTES_ARGS, { specs, prepMinutes });
  return panelDuration(i.specs, i.prepMinutes);
}

const MINUTES_ARGS = z.object({ specs: panelSchema, prepMinutes: prepSchema });

/**
 * {@link panelMinutes} without the argument check, for the simulation (its configuration is
 * validated once). Internal: not exported from the package.
 * @example
 * panelDuration(DEFAULT_RAPID_TESTS, 10); // 30
 */
export function panelDuration(specs: Readonly<Record<AnalyteId, StripFigures>>, prepMinutes: number): number {
  let slowest = 0;
  for (const id of ANALYTE_IDS) slowest = Math.max(slowest, specs[id].stripMinutes);
  return prepMinutes + slowest;
}

/**
 * P(the panel reads positive) for a lot whose analytes are non-compliant as `truth` says: one
 * minus the product of each strip's chance to read negative (strips err independently).
 * @example
 * // all compliant, specificity 0.97 each: 1 − 0.97⁴ ≈ 0.1147
 * panelPositiveProbability({ malachiteGreen: false, nitrofurans: false, chloramphenicol: false, enrofloxacin: false }, DEFAULT_RAPID_TESTS);
 */
export function panelPositiveProbability(
  truth: Readonly<Record<AnalyteId, boolean>>,
  specs: Readonly<Record<AnalyteId, RapidTestSpec>>,
): number {
  const i = parse(PROBABILITY_ARGS, { truth, specs });
  let allNegative = 1;
  for (const id of ANALYTE_IDS) {
    const s = i.specs[id];
    allNegative *= i.truth[id] ? 1 - s.sensitivity : s.specificity;
  }
  return 1 - allNegative;
}

const PROBABILITY_ARGS = z.object({ truth: truthSchema, specs: panelSchema });

/** The reading of one panel: each strip, and the panel (positive when any strip is). */
export interface RapidPanelResult {
  readonly positive: boolean;
  readonly strips: readonly {
    readonly analyte: AnalyteId;
    readonly nonCompliant: boolean;
    readonly positive: boolean;
  }[];
}

/**
 * Reads one panel on a lot: each strip is positive with probability `sensitivity` on a
 * non-compliant analyte and `1 − specificity` on a compliant one. Draws one uniform per strip
 * from `rng`, in {@link ANALYTE_IDS} order.
 * @example
 * runRapidPanel({ malachiteGreen: true, nitrofurans: false, chloramphenicol: false, enrofloxacin: false },
 *   DEFAULT_RAPID_TESTS, RandomStream.fromSeed(1)).positive;
 */
export function runRapidPanel(
  truth: Readonly<Record<AnalyteId, boolean>>,
  specs: Readonly<Record<AnalyteId, RapidTestSpec>>,
  rng: RandomStream,
): RapidPanelResult {
  validateRapidTests(specs);
  const strips = ANALYTE_IDS.map((id) => {
    if (typeof truth?.[id] !== 'boolean')
      throw ValidationError.of(`truth.${id}`, 'must be true or false', '必须是 true 或 false');
    const s = specs[id];
    const u = rng.real();
    const positive = truth[id] ? u < s.sensitivity : u >= s.specificity;
    return { analyte: id, nonCompliant: truth[id], positive };
  });
  return { positive: strips.some((s) => s.positive), strips };
}
