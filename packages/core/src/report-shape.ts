// Shape checks for reports handed back to core's report helpers (replications, tornado): a report
// read from a file or built by hand reaches these functions untyped, so a missing `kpis` or a KPI
// value that is not a decimal string must be a ValidationError naming the field, not a TypeError.
import { describeValue } from './describe-value';
import { ValidationError } from './errors';
import { Dec } from './money/decimal';
import type { Kpi, ScenarioReport } from './report';

function bad(path: string, en: string, zh: string, value: unknown): never {
  throw ValidationError.of(path, `${en}, got ${describeValue(value)}`, `${zh}，收到 ${describeValue(value)}`);
}

function isRecord(v: unknown): v is Readonly<Record<string, unknown>> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Checks that `value` is an array; throws ValidationError naming `path`.
 * @example
 * checkArray([], 'reports'); // passes
 */
export function checkArray(value: unknown, path: string): asserts value is readonly unknown[] {
  if (!Array.isArray(value)) bad(path, 'must be an array', '必须是数组', value);
}

function checkDecimal(value: unknown, path: string): void {
  let ok = false;
  if (typeof value === 'string' && value.length <= 100) {
    try {
      ok = new Dec(value).isFinite();
    } catch {
      ok = false;
    }
  }
  if (!ok) bad(path, 'must be a finite decimal string', '必须是有限的十进制数字字符串', value);
}

/**
 * Checks one KPI as the report helpers read it: an object with a string `id` and finite decimal
 * strings `baseline` and `reform`; throws ValidationError naming the bad field.
 * @example
 * checkKpi({ id: 'days', baseline: '10', reform: '4' }, 'kpis[0]'); // passes
 */
export function checkKpi(value: unknown, path: string): asserts value is Kpi {
  if (!isRecord(value)) bad(path, 'must be a KPI object', '必须是 KPI 对象', value);
  if (typeof value.id !== 'string') bad(`${path}.id`, 'must be a string', '必须是字符串', value.id);
  checkDecimal(value.baseline, `${path}.baseline`);
  checkDecimal(value.reform, `${path}.reform`);
}

/**
 * Checks a scenario report as the report helpers read it: an object with `measure.slug` and an
 * array of KPIs; throws ValidationError naming the bad field.
 * @example
 * checkReport(report, 'reports[0]'); // passes for any report an engine returned
 */
export function checkReport(value: unknown, path: string): asserts value is ScenarioReport {
  if (!isRecord(value)) bad(path, 'must be a scenario report', '必须是情景报告', value);
  const measure = value.measure;
  if (!isRecord(measure) || typeof measure.slug !== 'string') {
    bad(
      `${path}.measure.slug`,
      'must be a string',
      '必须是字符串',
      isRecord(measure) ? measure.slug : measure,
    );
  }
  checkArray(value.kpis, `${path}.kpis`);
  value.kpis.forEach((k, i) => {
    checkKpi(k, `${path}.kpis[${i}]`);
  });
}
