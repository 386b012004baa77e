import {
  type Citation,
  citationsOf,
  citationText,
  KPI_CATEGORIES,
  KPI_ORIGINS,
  kpiChange,
  type Measure,
  type MeasureInfo,
  REPLICATION_SCOPES,
  type SampleCase,
  type ScenarioReport,
} from '@gd-ftz/core';
import { renderTable } from './text-width';

type Lang = 'zh' | 'en';

const T = {
  zh: {
    measure: '事项',
    slug: '包名',
    scope: '推广范围',
    engine: '引擎',
    yes: '已建模',
    no: '未建模',
    kpi: '指标',
    unit: '单位',
    baseline: '改革前',
    reform: '改革后',
    change: '变化',
    better: '改善',
    worse: '变差',
    param: '参数',
    default: '默认值',
    range: '范围',
    assumption: '假设',
    outcome: '结论',
    seed: '随机种子',
    origin: '来源',
    category: '类别',
    sensitivity: '敏感性（假设参数取合理范围的低端与高端）',
    low: '低',
    high: '高',
  },
  en: {
    measure: 'Measure',
    slug: 'Slug',
    scope: 'Scope',
    engine: 'Engine',
    yes: 'modelled',
    no: 'not yet modelled',
    kpi: 'KPI',
    unit: 'Unit',
    baseline: 'Baseline',
    reform: 'Reform',
    change: 'Change',
    better: 'better',
    worse: 'worse',
    param: 'Parameter',
    default: 'Default',
    range: 'Range',
    assumption: 'assumption',
    outcome: 'Outcome',
    seed: 'seed',
    origin: 'Origin',
    category: 'Category',
    sensitivity: 'Sensitivity (an assumption at the low and high end of its plausible range)',
    low: 'low',
    high: 'high',
  },
} as const;

/** The 20 measures with their engine status. */
export function renderList(rows: readonly { info: MeasureInfo; modelled: boolean }[], lang: Lang): string {
  const t = T[lang];
  return renderTable(
    ['#', t.slug, t.engine, t.scope, t.measure],
    rows.map(({ info, modelled }) => [
      String(info.id),
      info.slug,
      modelled ? t.yes : t.no,
      REPLICATION_SCOPES[info.scope][lang],
      info.title[lang],
    ]),
    [0],
  );
}

/** A measure's parameter schema: name, kind, default, range, label. */
export function renderParams(measure: Measure, lang: Lang): string {
  const t = T[lang];
  const rows = Object.entries(measure.params).map(([name, spec]) => {
    const range =
      spec.kind === 'integer' || spec.kind === 'number' || spec.kind === 'decimal'
        ? `${spec.min}..${spec.max}`
        : spec.kind === 'enum'
          ? spec.options.map((o) => o.value).join('|')
          : 'true|false';
    const unit = 'unit' in spec && spec.unit ? ` (${spec.unit[lang]})` : '';
    const flag = spec.assumption ? ` [${t.assumption}]` : '';
    return [name, String(spec.default), range, `${spec.label[lang]}${unit}${flag}`];
  });
  return renderTable([t.param, t.default, t.range, ''], rows);
}

/**
 * The KPI table of a report: baseline, reform, change, whether it is better, where the effect
 * comes from (origin) and what it measures (category); then each KPI's sensitivity range.
 */
export function renderKpis(measure: Measure, report: ScenarioReport, lang: Lang): string {
  const t = T[lang];
  const rows = report.kpis.map((kpi) => {
    const c = kpiChange(kpi);
    const rel =
      c.relativePercent === null
        ? ''
        : ` (${c.relativePercent.startsWith('-') ? '' : '+'}${c.relativePercent}%)`;
    const verdict = c.improved === null ? '' : c.improved ? `✓ ${t.better}` : `✗ ${t.worse}`;
    return [
      kpi.label[lang],
      kpi.unit[lang],
      kpi.baseline,
      kpi.reform,
      `${c.absolute}${rel}`,
      verdict,
      KPI_ORIGINS[kpi.origin][lang],
      KPI_CATEGORIES[kpi.category][lang],
    ];
  });
  const head = `${measure.id}. ${measure.title[lang]}  (${t.seed} ${report.seed})`;
  const table = renderTable(
    [t.kpi, t.unit, t.baseline, t.reform, t.change, '', t.origin, t.category],
    rows,
    [2, 3, 4],
  );
  const ranges = report.kpis.flatMap((kpi) => {
    const s = kpi.sensitivity;
    if (!s) return [];
    const end = (name: string, e: typeof s.low) =>
      `${name} ${String(e.value)}: ${t.baseline} ${e.baseline}, ${t.reform} ${e.reform}`;
    return [
      `• ${kpi.label[lang]} — ${s.label[lang]} (${s.param}): ${end(t.low, s.low)}; ${end(t.high, s.high)}`,
    ];
  });
  return ranges.length === 0
    ? `${head}\n\n${table}`
    : `${head}\n\n${table}\n\n${t.sensitivity}\n${ranges.join('\n')}`;
}

/**
 * The legal basis of one trace step: the assumption's reason in the reader's language, or the
 * citations; each citation with its gloss, and the law's own Chinese wording where it is quoted.
 */
function renderBasis(basis: SampleCase['trace']['steps'][number]['basis'], lang: Lang): string[] {
  const cites = citationsOf(basis);
  const refs = cites.map((c) => citationText(c, lang).ref).join('; ');
  const head =
    basis.kind === 'assumption'
      ? `    ${lang === 'zh' ? '假设' : 'assumption'}: ${basis.reason[lang]}${refs ? ` (${refs})` : ''}`
      : `    ${lang === 'zh' ? '依据' : 'basis'}: ${refs}`;
  return [head, ...cites.flatMap((c) => renderCitation(c, lang))];
}

/** A citation's gloss and, where quoted, the law's own words (never translated). */
function renderCitation(c: Citation, lang: Lang): string[] {
  const t = citationText(c, lang);
  const out: string[] = [];
  if (t.note) out.push(`      - ${t.ref}: ${t.note}`);
  if (t.quote) out.push(`        ${lang === 'zh' ? '原文' : 'wording'}: 「${t.quote}」`);
  return out;
}

/** One sample case's decision trace, each step with its rule id and legal citation. */
export function renderTrace(sample: SampleCase, lang: Lang): string {
  const lines = [
    `${sample.title[lang]} [${sample.variant}]`,
    sample.summary[lang],
    `${T[lang].outcome}: ${sample.trace.outcome[lang]}`,
    '',
  ];
  for (const step of sample.trace.steps) {
    const mark = step.kind === 'step' ? '•' : step.fired ? '✓' : '·';
    const at = step.at ? ` @${step.at}` : '';
    lines.push(`${mark} ${step.id}  ${step.title[lang]}${at}`);
    const inputs = Object.entries(step.inputs)
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
      .join(', ');
    if (inputs) lines.push(`    ${lang === 'zh' ? '输入' : 'inputs'}: ${inputs}`);
    if (step.result !== undefined)
      lines.push(`    ${lang === 'zh' ? '结果' : 'result'}: ${JSON.stringify(step.result)}`);
    lines.push(...renderBasis(step.basis, lang));
  }
  return lines.join('\n');
}
