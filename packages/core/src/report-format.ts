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
