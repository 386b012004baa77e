// Checks of a report against the engine contract, as lists of problems (empty when all is well):
// pure functions, so that the contract's tests can print every problem at once.
import {
  KPI_CATEGORIES,
  KPI_ORIGINS,
  MEASURES,
  type MeasureInfo,
  type ParamsSchema,
  type ScenarioReport,
} from '@gd-ftz/core';

const PLAIN = /^-?\d+(\.\d+)?$/;
const BETTER = new Set(['higher', 'lower', 'neither']);

function localized(text: unknown): boolean {
  const t = text as { zh?: unknown; en?: unknown } | undefined;
  return typeof t?.zh === 'string' && t.zh.trim() !== '' && typeof t.en === 'string' && t.en.trim() !== '';
}

/**
 * The problems of a report's KPIs: each must have a unique id, zh/en label and unit, finite decimal
 * values, a direction, a known origin and category, and a sensitivity (if any) that names a
 * parameter of the schema with finite decimal values at both ends.
 * @example
 * kpiProblems(report, measure.params); // [] or ['kpi share-auto: reform "NaN" is not a finite decimal']
 */
export function kpiProblems(report: ScenarioReport, schema: ParamsSchema): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  if (report.kpis.length === 0) problems.push('the report has no KPI');
  for (const k of report.kpis) {
    const at = `kpi ${k.id}`;
    if (seen.has(k.id)) problems.push(`${at}: duplicate id`);
    seen.add(k.id);
    if (!localized(k.label)) problems.push(`${at}: label needs zh and en`);
    if (!localized(k.unit)) problems.push(`${at}: unit needs zh and en`);
    for (const side of ['baseline', 'reform'] as const) {
      if (typeof k[side] !== 'string' || !PLAIN.test(k[side]))
        problems.push(`${at}: ${side} ${JSON.stringify(k[side])} is not a finite decimal`);
    }
    if (!BETTER.has(k.better)) problems.push(`${at}: better ${JSON.stringify(k.better)} is unknown`);
    if (!Object.hasOwn(KPI_ORIGINS, k.origin))
      problems.push(`${at}: origin ${JSON.stringify(k.origin)} is unknown`);
    if (!Object.hasOwn(KPI_CATEGORIES, k.category))
      problems.push(`${at}: category ${JSON.stringify(k.category)} is unknown`);
    if ((k.origin === 'definition' || k.origin === 'calibrated') && !localized(k.note))
      problems.push(`${at}: a ${k.origin} KPI needs a note saying why`);
    const s = k.sensitivity;
    if (s) {
      if (!Object.hasOwn(schema, s.param))
        problems.push(`${at}: sensitivity names unknown parameter ${s.param}`);
      for (const end of [s.low, s.high]) {
        for (const v of [end.baseline, end.reform]) {
          if (!PLAIN.test(v))
            problems.push(`${at}: sensitivity value ${JSON.stringify(v)} is not a finite decimal`);
        }
      }
    }
  }
  return problems;
}

/**
 * The problems of a report's sample traces: every step's basis must cite at least one source, or
 * be marked as an assumption (with a reason).
 * @example
 * traceProblems(report); // [] or ['sample X-baseline step review: basis cites nothing']
 */
export function traceProblems(report: ScenarioReport): string[] {
  const problems: string[] = [];
  for (const sample of report.samples) {
    if (sample.trace.steps.length === 0) problems.push(`sample ${sample.id}: trace has no step`);
    for (const step of sample.trace.steps) {
      const at = `sample ${sample.id} step ${step.id}`;
      const basis = step.basis;
      if (basis.kind === 'cited') {
        if (!Array.isArray(basis.citations) || basis.citations.length === 0)
          problems.push(`${at}: basis cites nothing`);
      } else if (basis.kind === 'assumption') {
        if (!basis.reason) problems.push(`${at}: assumption without a reason`);
      } else {
        problems.push(`${at}: basis kind ${JSON.stringify((basis as { kind: unknown }).kind)} is unknown`);
      }
    }
  }
  return problems;
}

/**
 * What in a measure's identity differs from its entry in the seed table (`MEASURES`): slug, title
 * (zh/en) and replication scope must be the catalogue's, so the demo, the CLI and the report agree.
 * @example
 * identityProblems({ ...measure, slug: 'typo' }) // ['slug: "typo", the seed table says "overpayment-refund"']
 */
export function identityProblems(measure: MeasureInfo): string[] {
  const entry = MEASURES.find((m) => m.id === measure.id);
  if (!entry) return [`id: ${JSON.stringify(measure.id)} is not a measure of the seed table (1–20)`];
  const problems: string[] = [];
  const same = (field: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      problems.push(`${field}: ${JSON.stringify(a)}, the seed table says ${JSON.stringify(b)}`);
    }
  };
  same('slug', measure.slug, entry.slug);
  same('title.zh', measure.title?.zh, entry.title.zh);
  same('title.en', measure.title?.en, entry.title.en);
  same('scope', measure.scope, entry.scope);
  return problems;
}
