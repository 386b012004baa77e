// Hand-written input checks of the public functions: they run per firm-month in the re-scoring
// bench, so they avoid building a schema per call. Every bad field is reported by path, in zh and
// en, before anything is computed.
import {
  decimal,
  describeValue,
  isCivilDate,
  type Localized,
  ValidationError,
  type ValidationIssue,
} from '@gd-ftz/core';
import { BREACH_CODES, CREDIT_GRADES, type CreditEvent, NOT_A_CASES } from './model';
import { isYearMonth } from './month';
import { INDICATORS, REGIME_2014, REGIME_2025, type Regime } from './regimes';

const ENTITY = new Set(['operating', 'new', 'no-revenue']);
const NOT_A = new Set<string>(NOT_A_CASES);
const BREACH = new Set<string>(BREACH_CODES);
const GRADES = new Set<string>(CREDIT_GRADES);
const SOURCES = new Set(['tax', 'social-insurance', 'market-regulation', 'customs', 'judicial']);
const FILINGS = new Set(['vat', 'cit', 'iit', 'stamp', 'other-tax', 'social-insurance']);
const VAT = new Set(['positive', 'zero', 'negative']);
const ZERO_REASONS = new Set(['seasonal', 'exemption', 'credit-carryforward', 'super-deduction']);
const BASES = new Set(['score', 'direct', 'kept']);
const INPUT_KEYS = new Set(['score', 'entity', 'notA', 'seriousBreaches', 'evasion', 'keptD']);

/** Collects issues; throws them all at once. */
export class Issues {
  readonly list: ValidationIssue[] = [];
  add(path: string, en: string, zh: string): void {
    this.list.push({ path, message: { zh, en } satisfies Localized });
  }
  throwIfAny(): void {
    if (this.list.length > 0) throw new ValidationError(this.list);
  }
}

const oneOf = (set: ReadonlySet<string>) => [...set].join(' | ');

/** Checks a civil date; adds an issue and returns false when it is not one. */
export function checkDate(v: unknown, path: string, issues: Issues): v is string {
  if (isCivilDate(v)) return true;
  issues.add(
    path,
    `must be a real date written YYYY-MM-DD, got ${describeValue(v)}`,
    '必须是 YYYY-MM-DD 格式的有效日期',
  );
  return false;
}

function checkAmount(v: unknown, path: string, issues: Issues): ReturnType<typeof decimal> | undefined {
  if (typeof v !== 'string') {
    issues.add(path, 'must be a decimal string such as "150000.00"', '必须是十进制字符串（如 "150000.00"）');
    return undefined;
  }
  try {
    const d = decimal(v);
    if (d.isNegative()) {
      issues.add(path, 'must not be negative', '不得为负数');
      return undefined;
    }
    return d;
  } catch {
    issues.add(path, `"${v.slice(0, 40)}" is not a plain decimal`, `"${v.slice(0, 40)}" 不是规范的十进制数`);
    return undefined;
  }
}

/** Evasion amounts: both non-negative, evaded ≤ tax due, tax due > 0. */
export function checkEvasion(evaded: unknown, taxDue: unknown, path: string, issues: Issues): void {
  const e = checkAmount(evaded, `${path}.evaded`, issues);
  const t = checkAmount(taxDue, `${path}.taxDue`, issues);
  if (!e || !t) return;
  if (t.isZero()) issues.add(`${path}.taxDue`, 'must be positive', '必须大于零');
  else if (e.greaterThan(t)) {
    issues.add(
      `${path}.evaded`,
      'must not exceed taxDue (evaded tax is part of the tax due)',
      '不得大于应纳税总额（偷税额是应纳税额的一部分）',
    );
  }
}

function checkCode(code: unknown, regime: Regime, path: string, issues: Issues): void {
  if (typeof code !== 'string' || !BREACH.has(code)) {
    issues.add(path, `must be one of ${oneOf(BREACH)}`, `必须是以下之一：${oneOf(BREACH)}`);
  } else if (!regime.directD[code as keyof Regime['directD']]) {
    issues.add(
      path,
      `"${code}" is not a direct-D case of ${regime.title.docNo} (in force ${regime.from}–${regime.until ?? ''})`,
      `"${code}" 不是${regime.title.docNo}规定的直接判D情形`,
    );
  }
}

/**
 * Checks a GradeInput against the regime in force; throws a ValidationError naming each bad
 * field (`score`, `notA.1`, `seriousBreaches.0`, `evasion.evaded`, …).
 */
export function checkGradeInput(input: unknown, regime: Regime, hasM: boolean, issues: Issues): void {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    issues.add(
      'input',
      'must be an object { score, entity?, notA?, seriousBreaches?, evasion? }',
      '必须是对象',
    );
    return;
  }
  const i = input as Record<string, unknown>;
  for (const k of Object.keys(i))
    if (!INPUT_KEYS.has(k)) issues.add(k, 'is not a field of GradeInput', '不是 GradeInput 的字段');
  const s = i.score;
  if (typeof s !== 'number' || !Number.isFinite(s) || s < 0 || s > 100) {
    issues.add(
      'score',
      `must be a finite number from 0 to 100, got ${describeValue(s)}`,
      `必须是 0 到 100 之间的有限数，收到 ${describeValue(s)}`,
    );
  }
  if (i.entity !== undefined) {
    if (typeof i.entity !== 'string' || !ENTITY.has(i.entity)) {
      issues.add('entity', `must be one of ${oneOf(ENTITY)}`, `必须是以下之一：${oneOf(ENTITY)}`);
    } else if (i.entity === 'new' && !hasM) {
      issues.add(
        'entity',
        'new firms have no grade before 2018-04-01 (M came with 2018年第8号)',
        '2018-04-01 之前新设立企业不参加评价（M级由2018年第8号增设）',
      );
    }
  }
  if (i.notA !== undefined) {
    if (!Array.isArray(i.notA)) issues.add('notA', 'must be an array', '必须是数组');
    else
      i.notA.forEach((c, n) => {
        if (typeof c !== 'string' || !NOT_A.has(c))
          issues.add(`notA.${n}`, `must be one of ${oneOf(NOT_A)}`, `必须是以下之一：${oneOf(NOT_A)}`);
      });
  }
  if (i.seriousBreaches !== undefined) {
    if (!Array.isArray(i.seriousBreaches)) issues.add('seriousBreaches', 'must be an array', '必须是数组');
    else
      i.seriousBreaches.forEach((c, n) => {
        checkCode(c, regime, `seriousBreaches.${n}`, issues);
      });
  }
  if (i.evasion !== undefined) {
    if (typeof i.evasion !== 'object' || i.evasion === null)
      issues.add('evasion', 'must be { evaded, taxDue }', '必须是 { evaded, taxDue }');
    else {
      const e = i.evasion as Record<string, unknown>;
      checkEvasion(e.evaded, e.taxDue, 'evasion', issues);
    }
  }
  if (i.keptD !== undefined && typeof i.keptD !== 'boolean')
    issues.add('keptD', 'must be a boolean', '必须是布尔值');
}

/** Checks one event's fields (not its relation to the as-of date). */
function checkEvent(e: unknown, path: string, regime: Regime, issues: Issues, knownBy?: string): void {
  if (typeof e !== 'object' || e === null) {
    issues.add(path, 'must be an event object', '必须是事件对象');
    return;
  }
  const ev = e as Record<string, unknown>;
  const dateOk = checkDate(ev.date, `${path}.date`, issues);
  if (ev.recordedOn !== undefined && checkDate(ev.recordedOn, `${path}.recordedOn`, issues) && dateOk) {
    if ((ev.recordedOn as string) < (ev.date as string))
      issues.add(`${path}.recordedOn`, 'must not be before date', '不得早于 date');
  }
  // A record not yet known on the as-of date is not judged under that date's regime.
  if (
    knownBy !== undefined &&
    dateOk &&
    (typeof ev.recordedOn === 'string' ? ev.recordedOn : (ev.date as string)) > knownBy
  ) {
    regime = ANY;
  }
  if (ev.source !== undefined && (typeof ev.source !== 'string' || !SOURCES.has(ev.source))) {
    issues.add(`${path}.source`, `must be one of ${oneOf(SOURCES)}`, `必须是以下之一：${oneOf(SOURCES)}`);
  }
  switch (ev.kind) {
    case 'registered':
    case 'non-recurring':
    case 'irregular-books':
      return;
    case 'filing':
      if (!isYearMonth(ev.period))
        issues.add(`${path}.period`, 'must be a month YYYY-MM', '必须是 YYYY-MM 格式的月份');
      if (typeof ev.vat !== 'string' || !VAT.has(ev.vat))
        issues.add(`${path}.vat`, `must be one of ${oneOf(VAT)}`, `必须是以下之一：${oneOf(VAT)}`);
      if (typeof ev.revenue !== 'boolean') issues.add(`${path}.revenue`, 'must be a boolean', '必须是布尔值');
      if (
        ev.zeroReason !== undefined &&
        (typeof ev.zeroReason !== 'string' || !ZERO_REASONS.has(ev.zeroReason))
      ) {
        issues.add(
          `${path}.zeroReason`,
          `must be one of ${oneOf(ZERO_REASONS)}`,
          `必须是以下之一：${oneOf(ZERO_REASONS)}`,
        );
      }
      return;
    case 'late-filing':
      if (typeof ev.tax !== 'string' || !FILINGS.has(ev.tax))
        issues.add(`${path}.tax`, `must be one of ${oneOf(FILINGS)}`, `必须是以下之一：${oneOf(FILINGS)}`);
      return;
    case 'indicator': {
      const ind = typeof ev.code === 'string' ? INDICATORS[ev.code as keyof typeof INDICATORS] : undefined;
      if (!ind)
        issues.add(
          `${path}.code`,
          `must be one of ${Object.keys(INDICATORS).join(' | ')}`,
          '不是已知的评价指标',
        );
      else if (ind.only2025 && regime.id !== 'sat-2025-12') {
        issues.add(
          `${path}.code`,
          `${describeValue(ev.code)} is an indicator of 2025年第12号 only (from 2025-07-01)`,
          `${describeValue(ev.code)} 仅为2025年第12号的评价指标（2025-07-01起）`,
        );
      }
      return;
    }
    case 'breach':
      checkCode(ev.code, regime, `${path}.code`, issues);
      return;
    case 'evasion':
      checkEvasion(ev.evaded, ev.taxDue, path, issues);
      return;
    case 'repair':
      if (ev.code !== 'evasion') checkCode(ev.code, regime, `${path}.code`, issues);
      return;
    case 'rated':
      if (typeof ev.year !== 'number' || !Number.isSafeInteger(ev.year) || ev.year < 2014 || ev.year > 9998) {
        issues.add(`${path}.year`, 'must be an integer year from 2014', '必须是2014年及以后的整数年份');
      }
      if (typeof ev.grade !== 'string' || !GRADES.has(ev.grade))
        issues.add(`${path}.grade`, `must be one of ${oneOf(GRADES)}`, `必须是以下之一：${oneOf(GRADES)}`);
      if (typeof ev.basis !== 'string' || !BASES.has(ev.basis))
        issues.add(`${path}.basis`, `must be one of ${oneOf(BASES)}`, `必须是以下之一：${oneOf(BASES)}`);
      return;
    default:
      issues.add(`${path}.kind`, 'is not a known credit event kind', '不是已知的信用事件类型');
  }
}

/** A regime that knows every code: for the shape checks of records not yet known. */
const ANY: Regime = {
  ...REGIME_2025,
  id: 'sat-2025-12',
  directD: { ...REGIME_2014.directD, ...REGIME_2025.directD },
};

/** The common case without allocating: a valid event known under `regime`, dated by `latest`. */
function plainValid(
  e: unknown,
  regime: Regime,
  latest: string | undefined,
  knownBy: string | undefined,
): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const ev = e as Record<string, unknown>;
  const date = ev.date;
  if (!isCivilDate(date)) return false;
  if (latest !== undefined && date > latest) return false;
  const rec = ev.recordedOn;
  if (rec !== undefined && !(isCivilDate(rec) && rec >= date)) return false;
  if (ev.source !== undefined && !SOURCES.has(ev.source as string)) return false;
  const known = knownBy === undefined || ((rec as string | undefined) ?? date) <= knownBy;
  switch (ev.kind) {
    case 'registered':
    case 'non-recurring':
    case 'irregular-books':
      return true;
    case 'filing':
      return (
        isYearMonth(ev.period) &&
        VAT.has(ev.vat as string) &&
        typeof ev.revenue === 'boolean' &&
        (ev.zeroReason === undefined || ZERO_REASONS.has(ev.zeroReason as string))
      );
    case 'late-filing':
      return FILINGS.has(ev.tax as string);
    case 'indicator': {
      const ind = typeof ev.code === 'string' ? INDICATORS[ev.code as keyof typeof INDICATORS] : undefined;
      return ind !== undefined && (!ind.only2025 || !known || regime.id === 'sat-2025-12');
    }
    case 'breach':
      return (
        typeof ev.code === 'string' &&
        BREACH.has(ev.code) &&
        (!known || regime.directD[ev.code as keyof Regime['directD']] !== undefined)
      );
    case 'repair':
      return (
        ev.code === 'evasion' ||
        (typeof ev.code === 'string' &&
          BREACH.has(ev.code) &&
          (!known || regime.directD[ev.code as keyof Regime['directD']] !== undefined))
      );
    default:
      return false;
  }
}

/**
 * Checks a list of events against the regime in force; `latest` (when given) bounds their dates;
 * `knownBy` (when given) limits the regime's code checks to the records known by that date.
 */
export function checkEvents(
  events: unknown,
  regime: Regime,
  issues: Issues,
  latest?: string,
  path = 'events',
  knownBy?: string,
): events is readonly CreditEvent[] {
  if (!Array.isArray(events)) {
    issues.add(path, 'must be an array of credit events', '必须是信用事件数组');
    return false;
  }
  const before = issues.list.length;
  for (let n = 0; n < events.length; n++) {
    if (plainValid(events[n], regime, latest, knownBy)) continue;
    const p = `${path}.${n}`;
    checkEvent(events[n], p, regime, issues, knownBy);
    const d = (events[n] as { date?: unknown } | null)?.date;
    if (latest !== undefined && typeof d === 'string' && isCivilDate(d) && d > latest) {
      issues.add(`${p}.date`, `must not be after ${latest}`, `不得晚于 ${latest}`);
    }
  }
  return issues.list.length === before;
}
