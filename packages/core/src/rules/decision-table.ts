import { ConfigurationError, ValidationError } from '../errors';
import type { JsonValue } from '../trace';
import { type HitPolicy, jsonEqual } from './hit-policy';

/** The domain of one input of a decision table. Interval bounds are inclusive. */
export type TableDomain =
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'interval'; readonly min: number; readonly max: number; readonly integer?: boolean };

/** A range condition; bounds are inclusive unless said otherwise, missing bounds are open-ended. */
export interface RangeCondition {
  readonly min?: number;
  readonly max?: number;
  readonly minInclusive?: boolean;
  readonly maxInclusive?: boolean;
}

/** A cell of a row: an exact value, any of several values, a range, or `-` (any). */
export type TableCondition = string | number | readonly (string | number)[] | RangeCondition;

/** One row; inputs it does not mention match anything. */
export interface TableRow {
  readonly id: string;
  readonly conditions: { readonly [input: string]: TableCondition };
  /** Compared under the `any` policy: overlapping rows must produce equal outputs. */
  readonly output?: JsonValue;
}

/** What `checkDecisionTable` takes. */
export interface DecisionTable {
  readonly inputs: readonly { readonly name: string; readonly domain: TableDomain }[];
  readonly rows: readonly TableRow[];
  readonly hitPolicy: HitPolicy;
  /** Stop after this many gaps and overlaps each (default 100). */
  readonly limit?: number;
  /**
   * The most boxes of the partition the check may visit (default {@link DEFAULT_MAX_CELLS}); past
   * it the check throws rather than run for minutes (the partition grows exponentially with the
   * inputs a row splits on).
   */
  readonly maxCells?: number;
}

/** Default work bound of {@link checkDecisionTable}: about a second on a laptop. */
export const DEFAULT_MAX_CELLS = 1_000_000;

/** One cell of the partition: an enum value or an interval of an input. */
export type CellPart = { readonly value: string } | Required<RangeCondition>;

/** Inputs no row covers: one example, and the box of the partition it stands for (`-` = any). */
export interface TableGap {
  readonly example: { readonly [input: string]: string | number };
  readonly cell: { readonly [input: string]: CellPart | '-' };
}

/** Two rows that both match `example` although the hit policy forbids it. */
export interface TableOverlap {
  readonly rows: readonly [string, string];
  readonly example: { readonly [input: string]: string | number };
}

/** The findings of `checkDecisionTable`; `cells` is the number of partition cells visited. */
export interface TableCheck {
  readonly gaps: readonly TableGap[];
  readonly overlaps: readonly TableOverlap[];
  readonly cells: number;
}

interface Cell {
  readonly part: CellPart;
  readonly rep: string | number;
}

function isRange(c: TableCondition): c is RangeCondition {
  return typeof c === 'object' && c !== null && !Array.isArray(c);
}

function matches(c: TableCondition | undefined, v: string | number): boolean {
  if (c === undefined || c === '-') return true;
  if (Array.isArray(c)) return c.includes(v);
  if (isRange(c)) {
    if (typeof v !== 'number') return false;
    const { min, max, minInclusive = true, maxInclusive = true } = c;
    if (min !== undefined && (minInclusive ? v < min : v <= min)) return false;
    return !(max !== undefined && (maxInclusive ? v > max : v >= max));
  }
  return c === v;
}

/** The cells of one input: every enum value, or the points and open gaps between all boundaries. */
function cellsOf(name: string, domain: TableDomain, rows: readonly TableRow[]): Cell[] {
  if (domain.kind === 'enum') return domain.values.map((value) => ({ part: { value }, rep: value }));
  const { min, max, integer = false } = domain;
  const points = new Set<number>([min, max]);
  for (const row of rows) {
    const c = row.conditions[name];
    if (c === undefined || c === '-') continue;
    const values = isRange(c) ? [c.min, c.max] : Array.isArray(c) ? c : [c];
    for (const v of values) if (typeof v === 'number' && v > min && v < max) points.add(v);
  }
  const sorted = [...points].sort((a, b) => a - b);
  const cells: Cell[] = [];
  const range = (lo: number, hi: number, loIn: boolean, hiIn: boolean, rep: number): Cell => ({
    part: { min: lo, max: hi, minInclusive: loIn, maxInclusive: hiIn },
    rep,
  });
  sorted.forEach((p, i) => {
    if (!integer || Number.isInteger(p)) cells.push(range(p, p, true, true, p));
    const next = sorted[i + 1];
    if (next === undefined) return;
    if (!integer) cells.push(range(p, next, false, false, (p + next) / 2));
    else if (Math.floor(p) + 1 < next) cells.push(range(p, next, false, false, Math.floor(p) + 1));
  });
  return cells;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function shapeError(path: string, en: string, zh: string): never {
  throw ValidationError.of(path, en, zh);
}

/** The table's shape, checked before any field is read (issue 32: `null` gave a bare TypeError). */
function checkShape(table: unknown): asserts table is DecisionTable {
  if (!isRecord(table)) shapeError('table', 'must be a decision table object', '应为决策表对象');
  if (!Array.isArray(table.inputs)) shapeError('table.inputs', 'must be an array', '应为数组');
  if (!Array.isArray(table.rows)) shapeError('table.rows', 'must be an array', '应为数组');
  for (const [i, input] of (table.inputs as unknown[]).entries()) {
    const path = `table.inputs.${i}`;
    if (!isRecord(input)) shapeError(path, 'must be an object', '应为对象');
    if (typeof input.name !== 'string') shapeError(`${path}.name`, 'must be a string', '应为字符串');
    const d = input.domain;
    if (!isRecord(d) || (d.kind !== 'enum' && d.kind !== 'interval'))
      shapeError(
        `${path}.domain`,
        "must be { kind: 'enum' | 'interval', … }",
        "应为 { kind: 'enum' | 'interval', … }",
      );
    if (d.kind === 'enum' && !(Array.isArray(d.values) && d.values.every((v) => typeof v === 'string')))
      shapeError(`${path}.domain.values`, 'must be an array of strings', '应为字符串数组');
  }
  for (const [i, row] of (table.rows as unknown[]).entries()) {
    const path = `table.rows.${i}`;
    if (!isRecord(row)) shapeError(path, 'must be an object', '应为对象');
    if (typeof row.id !== 'string') shapeError(`${path}.id`, 'must be a string', '应为字符串');
    if (!isRecord(row.conditions)) shapeError(`${path}.conditions`, 'must be an object', '应为对象');
  }
}

function checkTable(table: DecisionTable): void {
  checkShape(table);
  const names = new Set<string>();
  for (const [i, input] of table.inputs.entries()) {
    if (names.has(input.name))
      throw new ConfigurationError(`inputs.${i}.name`, `duplicate input "${input.name}"`);
    names.add(input.name);
    const d = input.domain;
    if (d.kind === 'interval' && !(Number.isFinite(d.min) && Number.isFinite(d.max) && d.min <= d.max)) {
      throw new ConfigurationError(`inputs.${i}.domain`, 'needs finite min <= max');
    }
    if (d.kind === 'enum' && d.values.length === 0)
      throw new ConfigurationError(`inputs.${i}.domain`, 'needs values');
  }
  const ids = new Set<string>();
  for (const [i, row] of table.rows.entries()) {
    if (ids.has(row.id)) throw new ConfigurationError(`rows.${i}.id`, `duplicate row id "${row.id}"`);
    ids.add(row.id);
    for (const name of Object.keys(row.conditions)) {
      if (!names.has(name))
        throw new ConfigurationError(`rows.${i}.conditions.${name}`, 'is not an input of the table');
    }
  }
}

/**
 * Static check of a decision table over finite (enum) and interval domains: enumerates the cells
 * of the partition that all row boundaries induce (exact: inside one cell every row matches all
 * points or none), pruning boxes no row can reach. Gaps are reported under every policy;
 * overlaps under `unique`, and under `any` when the overlapping rows' outputs differ.
 * Work is bounded by `maxCells` boxes visited (default {@link DEFAULT_MAX_CELLS}).
 * @throws ConfigurationError for duplicate inputs or row ids, a condition on an unknown input, or
 * `maxCells` when the check would visit more boxes than that.
 * @example
 * checkDecisionTable({
 *   inputs: [{ name: 'score', domain: { kind: 'interval', min: 0, max: 100, integer: true } }],
 *   rows: [{ id: 'low', conditions: { score: { max: 59 } } }, { id: 'high', conditions: { score: { min: 60 } } }],
 *   hitPolicy: 'unique',
 * }); // { gaps: [], overlaps: [], cells: ... }
 */
export function checkDecisionTable(table: DecisionTable): TableCheck {
  checkTable(table);
  const limit = table.limit ?? 100;
  if (!Number.isSafeInteger(limit) || limit < 1)
    throw new ConfigurationError('limit', 'must be an integer >= 1');
  const maxCells = table.maxCells ?? DEFAULT_MAX_CELLS;
  if (!Number.isSafeInteger(maxCells) || maxCells < 1)
    throw new ConfigurationError('maxCells', 'must be an integer >= 1');
  let steps = 0;
  const inputs = table.inputs;
  const cells = inputs.map((inp) => cellsOf(inp.name, inp.domain, table.rows));
  const wantOverlaps = table.hitPolicy === 'unique' || table.hitPolicy === 'any';
  const gaps: TableGap[] = [];
  const overlaps: TableOverlap[] = [];
  const seenPairs = new Set<string>();
  const chosen: Cell[] = [];
  let visited = 0;
  const wildcardFrom = (row: TableRow, k: number) =>
    inputs
      .slice(k)
      .every((inp) => row.conditions[inp.name] === undefined || row.conditions[inp.name] === '-');
  const example = (k: number) =>
    Object.fromEntries(inputs.map((inp, i) => [inp.name, (i < k ? chosen[i]! : cells[i]![0]!).rep]));

  const visit = (k: number, rows: readonly TableRow[]): void => {
    if (gaps.length >= limit && (!wantOverlaps || overlaps.length >= limit)) return;
    // Exact checking is as hard as satisfiability: bound the work instead of answering late or
    // partially (issue 32: 26 two-value inputs took 14 s).
    if (++steps > maxCells) {
      throw new ConfigurationError(
        'maxCells',
        `the check needs more than ${maxCells} partition boxes (${inputs.length} inputs); split the table, or raise maxCells`,
      );
    }
    if (rows.length === 0) {
      visited++;
      if (gaps.length < limit) {
        const cell = Object.fromEntries(
          inputs.map((inp, i) => [inp.name, i < k ? chosen[i]!.part : ('-' as const)]),
        );
        gaps.push({ example: example(k), cell });
      }
      return;
    }
    const covered = rows.some((r) => wildcardFrom(r, k));
    if (covered && (!wantOverlaps || rows.length === 1)) return void visited++;
    if (k === inputs.length) {
      visited++;
      if (!wantOverlaps) return;
      for (let a = 0; a < rows.length; a++) {
        for (let b = a + 1; b < rows.length; b++) {
          const [ra, rb] = [rows[a]!, rows[b]!];
          if (table.hitPolicy === 'any' && jsonEqual(ra.output, rb.output)) continue;
          const key = `${ra.id}\u0000${rb.id}`;
          if (seenPairs.has(key) || overlaps.length >= limit) continue;
          seenPairs.add(key);
          overlaps.push({ rows: [ra.id, rb.id], example: example(k) });
        }
      }
      return;
    }
    const name = inputs[k]!.name;
    for (const cell of cells[k]!) {
      chosen[k] = cell;
      visit(
        k + 1,
        rows.filter((r) => matches(r.conditions[name], cell.rep)),
      );
    }
  };
  visit(0, table.rows);
  return { gaps, overlaps, cells: visited };
}
