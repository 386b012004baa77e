import { describeValue } from './describe-value';
import { ValidationError } from './errors';
import { decimalFromString } from './money/decimal';
import type { Kpi, ScenarioReport } from './report';

/** The change of a KPI from baseline to reform, computed exactly in decimal. */
export interface KpiChange {
  /** reform − baseline, as a decimal string. */
  readonly absolute: string;
  /** (reform − baseline) / |baseline| × 100, to one decimal; null when the baseline is zero. */
  readonly relativePercent: string | null;
  /** Whether the change goes the better way; null when the KPI has no better direction or did not move. */
  readonly improved: boolean | null;
}

/**
 * Compares a KPI's reform value with its baseline, exactly.
 * @example
 * kpiChange({ ...kpi, baseline: '40', reform: '2', better: 'lower' })
 * // { absolute: '-38', relativePercent: '-95.0', improved: true }
 */
export function kpiChange(kpi: Pick<Kpi, 'baseline' | 'reform' | 'better'>): KpiChange {
  if (typeof kpi !== 'object' || kpi === null) throw ValidationError.of('kpi', 'must be a KPI', '必须是指标');
  // Plain decimals of at most 34 digits, as kpi() writes them: 'Infinity', '0x10' and
  // '1e999999999' (out of memory) were once accepted (issue 32).
  const base = decimalFromString(kpi.baseline, 'kpi.baseline');
  const reform = decimalFromString(kpi.reform, 'kpi.reform');
  if (kpi.better !== 'higher' && kpi.better !== 'lower' && kpi.better !== 'neither')
    throw ValidationError.of(
      'kpi.better',
      "must be 'higher', 'lower' or 'neither'",
      "必须是 'higher'、'lower' 或 'neither'",
    );
  const diff = reform.minus(base);
  const relativePercent = base.isZero() ? null : diff.div(base.abs()).times(100).toFixed(1);
  let improved: boolean | null = null;
  if (!diff.isZero() && kpi.better !== 'neither')
    improved = kpi.better === 'higher' ? diff.isPositive() : diff.isNegative();
  return { absolute: diff.toString(), relativePercent, improved };
}

function isRecord(v: unknown): v is Readonly<Record<string, unknown>> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isLocalized(v: unknown): boolean {
  return isRecord(v) && typeof v.zh === 'string' && typeof v.en === 'string';
}

function badField(path: string, en: string, zh: string, value: unknown): never {
  throw ValidationError.of(path, `${en}, got ${describeValue(value)}`, `${zh}，收到 ${describeValue(value)}`);
}

function checkLang(lang: unknown): asserts lang is 'zh' | 'en' {
  if (lang !== 'zh' && lang !== 'en') badField('lang', "must be 'zh' or 'en'", "必须是 'zh' 或 'en'", lang);
}

/** The fields kpisToCsv reads, checked once up front so a bad report names its field. */
function checkKpis(report: unknown): asserts report is ScenarioReport {
  if (!isRecord(report)) badField('report', 'must be a scenario report', '必须是情景报告', report);
  if (!Array.isArray(report.kpis)) badField('report.kpis', 'must be an array', '必须是数组', report.kpis);
  report.kpis.forEach((k: unknown, i) => {
    const at = `report.kpis[${i}]`;
    if (!isRecord(k)) badField(at, 'must be a KPI', '必须是指标', k);
    for (const f of ['id', 'origin', 'category'] as const)
      if (typeof k[f] !== 'string') badField(`${at}.${f}`, 'must be a string', '必须是字符串', k[f]);
    for (const f of ['label', 'unit'] as const)
      if (!isLocalized(k[f]))
        badField(`${at}.${f}`, 'must be { zh, en } text', '必须是 { zh, en } 文本', k[f]);
  });
}

function cellOk(v: unknown): boolean {
  return typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
}

/** The fields seriesToCsv reads, checked once up front so a bad report names its field. */
function checkSeries(report: unknown): asserts report is ScenarioReport {
  if (!isRecord(report)) badField('report', 'must be a scenario report', '必须是情景报告', report);
  if (!Array.isArray(report.series))
    badField('report.series', 'must be an array', '必须是数组', report.series);
  report.series.forEach((s: unknown, i) => {
    const at = `report.series[${i}]`;
    if (!isRecord(s) || typeof s.id !== 'string')
      badField(at, 'must be a series with an id', '必须是带 id 的序列', s);
    if (s.kind !== 'xy' && s.kind !== 'timeline')
      badField(`${at}.kind`, "must be 'xy' or 'timeline'", "必须是 'xy' 或 'timeline'", s.kind);
    const items = s.kind === 'xy' ? s.lines : s.bars;
    if (!Array.isArray(items))
      badField(`${at}.${s.kind === 'xy' ? 'lines' : 'bars'}`, 'must be an array', '必须是数组', items);
    items.forEach((item: unknown, j) => {
      const here = `${at}.${s.kind === 'xy' ? 'lines' : 'bars'}[${j}]`;
      if (!isRecord(item) || typeof item.variant !== 'string')
        badField(here, 'must be an object with a variant', '必须是带 variant 的对象', item);
      if (s.kind === 'xy') {
        if (!isLocalized(item.label))
          badField(`${here}.label`, 'must be { zh, en } text', '必须是 { zh, en } 文本', item.label);
        if (!Array.isArray(item.points))
          badField(`${here}.points`, 'must be an array', '必须是数组', item.points);
        item.points.forEach((p: unknown, k) => {
          if (!Array.isArray(p) || !cellOk(p[0]) || !cellOk(p[1]))
            badField(`${here}.points[${k}]`, 'must be a finite [x, y] pair', '必须是有限的 [x, y] 数对', p);
        });
      } else {
        if (!isLocalized(item.lane))
          badField(`${here}.lane`, 'must be { zh, en } text', '必须是 { zh, en } 文本', item.lane);
        if (!cellOk(item.start))
          badField(`${here}.start`, 'must be a finite number or text', '必须是有限数值或文本', item.start);
        if (!cellOk(item.end))
          badField(`${here}.end`, 'must be a finite number or text', '必须是有限数值或文本', item.end);
      }
    });
  });
}

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csv(rows: readonly (readonly (string | number)[])[]): string {
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/**
 * The KPIs of a report as CSV (RFC 4180, CRLF), labels in the chosen language; origin and category
 * as their codes (`model`, `staff-time`), so that a spreadsheet can filter on them.
 * @example
 * kpisToCsv(report, 'zh') // 'id,label,unit,baseline,reform,change,change_percent,better,improved,origin,category\r\n…'
 */
export function kpisToCsv(report: ScenarioReport, lang: 'zh' | 'en' = 'zh'): string {
  checkKpis(report);
  checkLang(lang);
  const rows: (string | number)[][] = [
    [
      'id',
      'label',
      'unit',
      'baseline',
      'reform',
      'change',
      'change_percent',
      'better',
      'improved',
      'origin',
      'category',
    ],
  ];
  for (const kpi of report.kpis) {
    const change = kpiChange(kpi);
    rows.push([
      kpi.id,
      kpi.label[lang],
      kpi.unit[lang],
      kpi.baseline,
      kpi.reform,
      change.absolute,
      change.relativePercent ?? '',
      kpi.better,
      change.improved === null ? '' : String(change.improved),
      kpi.origin,
      kpi.category,
    ]);
  }
  return csv(rows);
}

/**
 * Every chart series of a report as long-format CSV: one row per point (or timeline bar).
 * @example
 * seriesToCsv(report, 'en') // 'series,kind,variant,label,x,y,start,end\r\n…'
 */
export function seriesToCsv(report: ScenarioReport, lang: 'zh' | 'en' = 'zh'): string {
  checkSeries(report);
  checkLang(lang);
  const rows: (string | number)[][] = [['series', 'kind', 'variant', 'label', 'x', 'y', 'start', 'end']];
  for (const s of report.series) {
    if (s.kind === 'xy') {
      for (const line of s.lines) {
        for (const [x, y] of line.points)
          rows.push([s.id, s.kind, line.variant, line.label[lang], x, y, '', '']);
      }
    } else {
      for (const bar of s.bars)
        rows.push([s.id, s.kind, bar.variant, bar.lane[lang], '', '', bar.start, bar.end]);
    }
  }
  return csv(rows);
}
