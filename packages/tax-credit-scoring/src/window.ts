// The score and grade facts of a 12-month window of records: shared by the annual evaluation (the
// window is the calendar year) and the monthly re-scoring (the window rolls). The window is packed
// in 36 numbers (see DynamicState.window) so that re-scoring a month copies one small array.
import { assumption, cited, type TraceStep } from '@gd-ftz/core';
import { CITES } from './law';
import type { CreditEvent, Deduction, GradeInput, NotACase, OpenCase, RatedEvent } from './model';
import { monthAt, monthIndex } from './month';
import { INDICATORS } from './regimes';
import type { Terms } from './terms';

/** Months in the window. */
export const WINDOW = 12;
const LATE = 0xff;
const LATE_FEE = 1 << 8;
const FILED = 1 << 9;
const REVENUE = 1 << 10;
const ZERO_SHIFT = 11;
const ZERO = 3 << ZERO_SHIFT;
const BOOKS = 1 << 13;

/** An empty packed window. */
export function emptyWindow(): number[] {
  return new Array<number>(WINDOW * 3).fill(0);
}

/** The window shifted `by` months later: the oldest months drop out, empty ones enter. */
export function shiftWindow(w: readonly number[], by: number): number[] {
  const out = new Array<number>(3 * WINDOW);
  for (let o = 0; o < 3 * WINDOW; o += WINDOW) {
    for (let i = 0; i < WINDOW; i++) out[o + i] = i + by < WINDOW ? (w[o + i + by] as number) : 0;
  }
  return out;
}

/** Zero-VAT code of a filing: 0 positive; 1 no normal reason; 2 normal only from 2025; 3 normal in both. */
function zeroCode(vat: string, reason: string | undefined): number {
  if (vat === 'positive') return 0;
  if (reason === 'seasonal' || reason === 'exemption') return 3;
  if (reason === 'credit-carryforward' || reason === 'super-deduction') return 2;
  return 1;
}

/**
 * Puts a record that belongs to a month (a return by its period; a late filing, an indicator or a
 * books finding by its date) into the window whose first month index is `first`. A positive
 * return makes its month non-zero whatever the order of the returns. Other kinds are left alone.
 */
export function place(w: number[], first: number, e: CreditEvent): void {
  let i: number;
  switch (e.kind) {
    case 'filing': {
      i = monthIndex(e.period) - first;
      if (i < 0 || i >= WINDOW) return;
      const f = w[i] as number;
      const code = zeroCode(e.vat, e.zeroReason);
      const was = (f & ZERO) >> ZERO_SHIFT;
      const zero = code === 0 || (f & FILED && was === 0) ? 0 : Math.max(was, code);
      w[i] = (f & ~ZERO) | FILED | (e.revenue ? REVENUE : 0) | (zero << ZERO_SHIFT);
      return;
    }
    case 'late-filing': {
      i = monthIndex(e.date) - first;
      if (i < 0 || i >= WINDOW) return;
      const f = w[i] as number;
      w[i] = e.tax === 'social-insurance' ? f | LATE_FEE : (f & LATE) === LATE ? f : f + 1;
      return;
    }
    case 'indicator': {
      i = monthIndex(e.date) - first;
      if (i < 0 || i >= WINDOW) return;
      const ind = INDICATORS[e.code];
      const at = (ind.only2025 ? 2 * WINDOW : WINDOW) + i;
      w[at] = (w[at] as number) + ind.points;
      return;
    }
    case 'irregular-books':
      i = monthIndex(e.date) - first;
      if (i >= 0 && i < WINDOW) w[i] = (w[i] as number) | BOOKS;
      return;
    default:
      return;
  }
}

/** What a window holds besides its months. */
export interface WindowView {
  /** Month index (year × 12 + month − 1) of the window's last month. */
  readonly end: number;
  /** Month index before which every month's return should be on record (the as-of month, capped at end + 1). */
  readonly dueBefore: number;
  readonly window: readonly number[];
  readonly registeredOn: string | null;
  readonly lastNonRecurring: number | null;
  readonly open: readonly OpenCase[];
  readonly prior: {
    readonly year: number;
    readonly grade: string;
    readonly basis: RatedEvent['basis'];
  } | null;
}

/** The window's start and score, and the facts of its grade. */
export interface WindowScore {
  readonly start: number;
  readonly score: number;
  readonly input: GradeInput;
}

/** Open direct-D cases as grade facts: codes (deduped) and the first evasion meeting the thresholds. */
function openFacts(
  open: readonly OpenCase[],
  meets: (e: OpenCase) => boolean,
): Pick<GradeInput, 'seriousBreaches' | 'evasion'> {
  if (open.length === 0) return {};
  const codes: string[] = [];
  let evasion: GradeInput['evasion'];
  for (const c of open) {
    if (c.code === 'evasion') {
      if (!evasion && meets(c)) evasion = { evaded: c.evaded as string, taxDue: c.taxDue as string };
    } else if (!codes.includes(c.code)) codes.push(c.code);
  }
  return {
    ...(codes.length > 0 ? { seriousBreaches: codes as NonNullable<GradeInput['seriousBreaches']> } : {}),
    ...(evasion ? { evasion } : {}),
  };
}

function traceScore(
  steps: TraceStep[],
  t: Terms,
  f: {
    start: number;
    hasNonRecurring: boolean;
    complete: boolean;
    late: number;
    points: number;
    extra: number;
    bonus: number;
    score: number;
    prior: string | null;
  },
): void {
  const is2025 = t.regime.id === 'sat-2025-12';
  steps.push({
    id: 'score.start',
    kind: 'rule',
    title: { zh: '起评分', en: 'Start score' },
    fired: true,
    inputs: {
      nonRecurringInLookback: f.hasNonRecurring,
      lookbackYears: t.nonRecurringYears,
      returnsOnRecord: f.complete,
    },
    result: f.start,
    basis: cited(is2025 ? CITES.start2025 : t.nonRecurringYears === 3 ? CITES.start2020 : CITES.start2014),
  });
  steps.push({
    id: 'score.deductions',
    kind: 'rule',
    title: { zh: '扣分', en: 'Deductions' },
    fired: f.late + f.points > 0,
    inputs: { lateFiling: f.late, indicators: f.points, counting: t.regime.lateFiling },
    result: f.late + f.points,
    basis: cited(is2025 ? CITES.indicators2025 : CITES.indicators2014),
  });
  if (f.extra > 0) {
    steps.push({
      id: 'score.previous-score-d',
      kind: 'rule',
      title: { zh: '上年因得分评为D级，加扣11分', en: 'Previous score-based D: 11 more points' },
      fired: true,
      inputs: { prior: f.prior },
      result: f.extra,
      basis: cited(is2025 ? CITES.dMeasures2025 : CITES.scoreD2020),
    });
  }
  if (f.bonus > 0) {
    steps.push({
      id: 'score.consecutive-a',
      kind: 'rule',
      title: { zh: '上年A级加分', en: 'Bonus after an A year' },
      fired: true,
      inputs: { prior: 'A' },
      result: f.bonus,
      basis: assumption({
        zh: '上年A级次年加1分（上限100分）见于2025年办法的实务摘要，条文号未经核实',
        en: '+1 after an A year (cap 100) is reported by practitioner summaries of the 2025 regime; article unconfirmed.',
      }),
    });
  }
  steps.push({
    id: 'score.total',
    kind: 'step',
    title: { zh: '年度评价指标得分', en: 'Indicator score' },
    fired: true,
    inputs: { start: f.start, deducted: f.late + f.points + f.extra, bonus: f.bonus },
    result: f.score,
    basis: assumption({
      zh: '假设：登记后、评价月之前每月均有申报记录即为纳税信息齐全；得分保持在0–100分之间（40分以下均为D级）',
      en: 'Assumptions: returns are complete when every month since registration and before the as-of month has one; the score is kept within 0–100 (below 40 every score is D).',
    }),
  });
}

/**
 * Scores a window under `t` and derives the grade facts. With `items`/`steps`, deductions are
 * itemised and each rule traced (the annual path); without, nothing is allocated beyond the result
 * (the monthly path).
 */
export function scoreWindow(
  v: WindowView,
  t: Terms,
  meets: (e: OpenCase) => boolean,
  items?: Deduction[],
  steps?: TraceStep[],
): WindowScore {
  const is2025 = t.regime.id === 'sat-2025-12';
  const w = v.window;
  const first = v.end - WINDOW + 1;
  const regIdx = v.registeredOn === null ? -1 : monthIndex(v.registeredOn);
  // Start score (2014 第15条, 2020年第15号 二; 2025 第13条).
  const hasNonRecurring =
    v.lastNonRecurring !== null && v.lastNonRecurring > v.end - WINDOW * t.nonRecurringYears;
  let complete = true;
  let anyRevenue = false;
  let late = 0;
  let points = 0;
  let zeroRun = 0;
  let zeroMaxRun = 0;
  let zeroTotal = 0;
  let books = false;
  for (let i = 0; i < WINDOW; i++) {
    const f = w[i] as number;
    const idx = first + i;
    // Assumption: returns are complete when every month since registration and before the as-of
    // month has one on record.
    if (idx < v.dueBefore && idx >= regIdx && (f & FILED) === 0) complete = false;
    if (f & REVENUE) anyRevenue = true;
    const lateHere = is2025
      ? f & (LATE | LATE_FEE)
        ? t.lateFilingPoints
        : 0
      : (f & LATE) * t.lateFilingPoints;
    const pts = (w[WINDOW + i] as number) + (is2025 ? (w[2 * WINDOW + i] as number) : 0);
    if (items && lateHere > 0)
      items.push({
        what: is2025 ? 'late-filing (per month)' : `late-filing ×${f & LATE}`,
        month: monthAt(idx),
        points: lateHere,
      });
    if (items && pts > 0) items.push({ what: 'indicators', month: monthAt(idx), points: pts });
    late += lateHere;
    points += pts;
    const zero = (f & ZERO) >> ZERO_SHIFT;
    if (zero === 1 || (!is2025 && zero === 2)) {
      zeroRun++;
      zeroTotal++;
      if (zeroRun > zeroMaxRun) zeroMaxRun = zeroRun;
    } else zeroRun = 0;
    if (f & BOOKS) books = true;
  }
  const start = hasNonRecurring ? t.startFull : complete ? t.startRecurring : t.startMissing;
  const prior = v.prior;
  const extra = prior !== null && prior.grade === 'D' && prior.basis === 'score' ? t.scoreDExtra : 0;
  const bonus = prior !== null && prior.grade === 'A' ? t.aBonus : 0;
  if (items && extra > 0)
    items.push({ what: 'previous score-based D', month: monthAt(v.end), points: extra });
  const raw = start - late - points - extra + bonus;
  const score = Math.min(100, Math.max(0, raw));
  if (steps)
    traceScore(steps, t, {
      start,
      hasNonRecurring,
      complete,
      late,
      points,
      extra,
      bonus,
      score,
      prior: prior?.grade ?? null,
    });
  // Facts of the grade. A month-end window: registered after the same month a year (three years)
  // earlier ⇔ less than a year (three years) before the window's last day.
  let entity: GradeInput['entity'] = 'operating';
  if (t.newMonths !== null && regIdx > v.end - t.newMonths) entity = 'new';
  else if (t.mMin !== null && !anyRevenue) entity = 'no-revenue';
  const notA: NotACase[] = [];
  if (regIdx > v.end - WINDOW * t.minYearsForA) notA.push('under-3-years');
  if (prior !== null && prior.grade === 'D') notA.push('d-last-year');
  if (zeroMaxRun >= t.zeroConsecutive || zeroTotal >= t.zeroCumulative) notA.push('zero-vat-months');
  if (books) notA.push('irregular-books');
  // A direct D is kept a second year; before the 2019 evaluation year so was a score-based D.
  const keptD =
    prior !== null &&
    prior.grade === 'D' &&
    (prior.basis === 'direct' || (prior.basis === 'score' && t.scoreDExtra === 0));
  const input: GradeInput =
    notA.length === 0 && v.open.length === 0 && !keptD
      ? { score, entity }
      : {
          score,
          entity,
          ...(notA.length > 0 ? { notA } : {}),
          ...openFacts(v.open, meets),
          ...(keptD ? { keptD } : {}),
        };
  return { start, score, input };
}
