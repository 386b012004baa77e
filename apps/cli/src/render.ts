import {
  type Citation,
  citationsOf,
  citationText,
  KPI_CATEGORIES,
  KPI_ORIGINS,
  type KpiCategory,
  type KpiTornado,
  kpiChange,
  type Measure,
  type MeasureInfo,
  REPLICATION_SCOPES,
  type ReplicatedKpi,
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
    ci: '95%区间',
    distinguishable: '可区分',
    yesShort: '是',
    noShort: '否',
    replications: '次重复',
    assumptionParam: '假设参数',
    atLow: '低端：变化',
    atHigh: '高端：变化',
    swing: '摆幅',
    changeNow: '当前参数下的变化',
    noAssumptions: '没有带合理范围的假设参数',
    headline: '各事项默认情景的主要指标（按类别）',
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
    ci: '95% CI',
    distinguishable: 'Distinguishable',
    yesShort: 'yes',
    noShort: 'no',
    replications: 'replications',
    assumptionParam: 'Assumption',
    atLow: 'Low end: change',
    atHigh: 'High end: change',
    swing: 'Swing',
    changeNow: 'change at the given parameters',
    noAssumptions: 'no assumption parameter with a plausible range',
    headline: 'Headline KPIs of each measure’s default scenario, by category',
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
  const rows = kpiRows(report, lang);
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
 * The KPI table of a report as Markdown (`--format md`): the same columns as the terminal table.
 */
export function renderKpisMarkdown(measure: Measure, report: ScenarioReport, lang: Lang): string {
  const t = T[lang];
  const cell = (x: string) => x.replaceAll('|', '\\|');
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  const head = [t.kpi, t.unit, t.baseline, t.reform, t.change, '', t.origin, t.category];
  return [
    `## ${measure.id}. ${cell(measure.title[lang])} (${t.seed} ${report.seed})`,
    '',
    line(head),
    line(head.map((_, i) => (i >= 2 && i <= 4 ? '---:' : '---'))),
    ...kpiRows(report, lang).map(line),
    '',
  ].join('\n');
}

function kpiRows(report: ScenarioReport, lang: Lang): string[][] {
  const t = T[lang];
  return report.kpis.map((kpi) => {
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

/**
 * The KPIs of a scenario run over several seeds: each value as its mean with the 95% interval,
 * the change's interval, and whether the change is distinguishable from zero (its interval
 * excludes 0); better/worse is claimed only then.
 */
export function renderReplicatedKpis(
  measure: Measure,
  seed: number,
  replicated: readonly ReplicatedKpi[],
  lang: Lang,
): string {
  const t = T[lang];
  const ci = (v: ReplicatedKpi['baseline']) => `${v.mean} [${v.ci.low}, ${v.ci.high}]`;
  const rows = replicated.map((k) => [
    k.label[lang],
    k.unit[lang],
    ci(k.baseline),
    ci(k.reform),
    ci(k.change),
    k.distinguishable ? t.yesShort : t.noShort,
    k.improved === null ? '' : k.improved ? `✓ ${t.better}` : `✗ ${t.worse}`,
    KPI_ORIGINS[k.origin][lang],
  ]);
  const n = replicated[0]?.n ?? 0;
  const head = `${measure.id}. ${measure.title[lang]}  (${t.seed} ${seed}, ${n} ${t.replications}; ${t.ci})`;
  return `${head}\n\n${renderTable(
    [t.kpi, t.unit, t.baseline, t.reform, t.change, t.distinguishable, '', t.origin],
    rows,
    [2, 3, 4],
  )}`;
}

/** Every KPI's tornado as a table: each assumption at its plausible low and high end, largest swing first. */
export function renderTornado(
  measure: Measure,
  seed: number,
  tornado: readonly KpiTornado[],
  lang: Lang,
): string {
  const t = T[lang];
  const blocks = tornado.map((k) => {
    const title = `${k.label[lang]} (${k.unit[lang]}) — ${t.changeNow}: ${k.change}`;
    if (k.rows.length === 0) return `${title}\n  ${t.noAssumptions}`;
    return `${title}\n${renderTable(
      [t.assumptionParam, t.atLow, t.atHigh, t.swing],
      k.rows.map((r) => [
        `${r.label[lang]} (${r.param})`,
        `${String(r.low.value)} → ${r.low.change}`,
        `${String(r.high.value)} → ${r.high.change}`,
        r.swing,
      ]),
      [3],
    )}`;
  });
  return `${measure.id}. ${measure.title[lang]}  (${t.seed} ${seed})\n${t.sensitivity}\n\n${blocks.join('\n\n')}`;
}

/**
 * The headline table of all modelled measures: per KPI category, each measure's first KPI of
 * that category (engines list their headline KPI first), with baseline, reform and change.
 */
export function renderOverview(
  items: readonly { readonly measure: Measure; readonly report: ScenarioReport }[],
  seed: number,
  lang: Lang,
): string {
  const t = T[lang];
  const rows: string[][] = [];
  for (const category of Object.keys(KPI_CATEGORIES) as KpiCategory[]) {
    for (const { measure, report } of items) {
      const kpi = report.kpis.find((k) => k.category === category);
      if (!kpi) continue;
      const c = kpiChange(kpi);
      rows.push([
        KPI_CATEGORIES[category][lang],
        `${measure.id}. ${measure.slug}`,
        kpi.label[lang],
        kpi.unit[lang],
        kpi.baseline,
        kpi.reform,
        `${c.absolute}${c.relativePercent === null ? '' : ` (${c.relativePercent}%)`}`,
        c.improved === null ? '' : c.improved ? `✓ ${t.better}` : `✗ ${t.worse}`,
      ]);
    }
  }
  return `${t.headline} (${t.seed} ${seed})\n\n${renderTable(
    [t.category, t.measure, t.kpi, t.unit, t.baseline, t.reform, t.change, ''],
    rows,
    [4, 5, 6],
  )}`;
}
