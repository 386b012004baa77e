// The score and grade facts of a 12-month window of records: shared by the annual evaluation (the
// window is the calendar year) and the monthly re-scoring (the window rolls). Callers build the
// window (slots, open cases, prior result) their own way; this file reads it.
import { assumption, cited, type TraceStep } from '@gd-ftz/core';
import { CITES } from './law';
import type { Deduction, GradeInput, MonthSlot, NotACase, OpenCase, RatedEvent } from './model';
import { lastDayOf, monthAt } from './month';
import type { Terms } from './terms';

/** Months in the window. */
export const WINDOW = 12;

/** An empty month. */
export const EMPTY_SLOT: MonthSlot = Object.freeze({
  late: 0,
  lateFee: false,
  points: 0,
  points2025: 0,
  filed: false,
  revenue: false,
  zero: 0,
  irregularBooks: false,
});

/** What a window holds besides its slots. */
export interface WindowView {
  /** Month index (year × 12 + month − 1) of the window's last month. */
  readonly end: number;
  /** Month index before which every month's return should be on record (the as-of month, capped at end + 1). */
  readonly dueBefore: number;
  readonly slots: readonly MonthSlot[];
  readonly registeredOn: string | null;
  readonly lastNonRecurring: number | null;
  readonly open: readonly OpenCase[];
  readonly prior: { readonly year: number; readonly grade: string; readonly basis: RatedEvent['basis'] } | null;
}

/** The window's score, the facts of its grade, and (when asked) its itemised deductions. */
export interface WindowScore {
  readonly start: number;
  readonly score: number;
  readonly input: GradeInput;
}

/** Zero-VAT code of a filing: 0 positive; 1 no normal reason; 2 normal only from 2025; 3 normal in both. */
export function zeroCode(vat: string, reason: string | undefined): 0 | 1 | 2 | 3 {
  if (vat === 'positive') return 0;
  if (reason === 'seasonal' || reason === 'exemption') return 3;
  if (reason === 'credit-carryforward' || reason === 'super-deduction') return 2;
  return 1;
}

/** A filing merged into its month: a positive return makes the month non-zero whatever the order. */
export function withFiling(s: MonthSlot, code: 0 | 1 | 2 | 3, revenue: boolean): MonthSlot {
  const zero = code === 0 || (s.filed && s.zero === 0) ? 0 : (Math.max(s.zero, code) as 0 | 1 | 2 | 3);
  return { ...s, filed: true, revenue: s.revenue || revenue, zero };
}

function yearsBefore(date: string, years: number): string {
  return `${String(Number(date.slice(0, 4)) - years).padStart(4, '0')}${date.slice(4)}`;
}

/** Open direct-D cases as grade facts: codes (deduped) and the first evasion meeting the thresholds. */
function openFacts(open: readonly OpenCase[], meets: (e: OpenCase) => boolean): Pick<GradeInput, 'seriousBreaches' | 'evasion'> {
  if (open.length === 0) return {};
  const codes: GradeInput['seriousBreaches'] & string[] = [];
  let evasion: GradeInput['evasion'];
  for (const c of open) {
    if (c.code === 'evasion') {
      if (!evasion && meets(c)) evasion = { evaded: c.evaded as string, taxDue: c.taxDue as string };
    } else if (!codes.includes(c.code)) codes.push(c.code);
  }
  return { ...(codes.length > 0 ? { seriousBreaches: codes } : {}), ...(evasion ? { evasion } : {}) };
}

const pushStep = (steps: TraceStep[] | undefined, s: TraceStep) => steps?.push(s);

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
  const r = t.regime;
  const is2025 = r.id === 'sat-2025-12';
  const endDate = lastDayOf(monthAt(v.end));
  const first = v.end - WINDOW + 1;
  const regIdx = v.registeredOn === null ? Number.NEGATIVE_INFINITY : monthIndexOfDate(v.registeredOn);
  // Start score (2014 第15条, 2020年第15号 二; 2025 第13条).
  const lookbackFirst = v.end - WINDOW * t.nonRecurringYears + 1;
  const hasNonRecurring = v.lastNonRecurring !== null && v.lastNonRecurring >= lookbackFirst;
  let complete = true;
  let anyRevenue = false;
  let late = 0;
  let points = 0;
  let zeroRun = 0;
  let zeroMaxRun = 0;
  let zeroTotal = 0;
  let books = false;
  for (let i = 0; i < WINDOW; i++) {
    const s = v.slots[i] as MonthSlot;
    const idx = first + i;
    // Assumption: tax information is complete when every month since registration and before the
    // as-of month has a return on record.
    if (idx < v.dueBefore && idx >= regIdx && !s.filed) complete = false;
    if (s.revenue) anyRevenue = true;
    const lateHere = is2025 ? (s.late > 0 || s.lateFee ? t.lateFilingPoints : 0) : s.late * t.lateFilingPoints;
    const pts = s.points + (is2025 ? s.points2025 : 0);
    if (items && lateHere > 0) items.push({ what: is2025 ? 'late-filing (per month)' : `late-filing ×${s.late}`, month: monthAt(idx), points: lateHere });
    if (items && pts > 0) items.push({ what: 'indicators', month: monthAt(idx), points: pts });
    late += lateHere;
    points += pts;
    const abnormalZero = s.zero === 1 || (!is2025 && s.zero === 2);
    if (abnormalZero) {
      zeroRun++;
      zeroTotal++;
      if (zeroRun > zeroMaxRun) zeroMaxRun = zeroRun;
    } else zeroRun = 0;
    if (s.irregularBooks) books = true;
  }
  const start = hasNonRecurring ? t.startFull : complete ? t.startRecurring : t.startMissing;
  const prior = v.prior;
  const scoreD = prior !== null && prior.grade === 'D' && prior.basis === 'score';
  const extra = scoreD ? t.scoreDExtra : 0;
  const bonus = prior !== null && prior.grade === 'A' ? t.aBonus : 0;
  if (items && extra > 0) items.push({ what: 'previous score-based D', month: monthAt(v.end), points: extra });
  // Assumption: the score stays within 0–100 (below 40 every score is D; the cap keeps the +1 bonus at 100).
  const raw = start - late - points - extra + bonus;
  const score = raw < 0 ? 0 : raw > 100 ? 100 : raw;
  if (steps) {
    pushStep(steps, {
      id: 'score.start',
      kind: 'rule',
      title: { zh: '起评分', en: 'Start score' },
      fired: true,
      inputs: { nonRecurringInLookback: hasNonRecurring, lookbackYears: t.nonRecurringYears, returnsOnRecord: complete },
      result: start,
      basis: cited(is2025 ? CITES.start2025 : t.nonRecurringYears === 3 ? CITES.start2020 : CITES.start2014),
    });
    pushStep(steps, {
      id: 'score.deductions',
      kind: 'rule',
      title: { zh: '扣分', en: 'Deductions' },
      fired: late + points > 0,
      inputs: { lateFiling: late, indicators: points, counting: r.lateFiling },
      result: late + points,
      basis: cited(is2025 ? CITES.indicators2025 : CITES.indicators2014),
    });
    if (extra > 0) {
      pushStep(steps, {
        id: 'score.previous-score-d',
        kind: 'rule',
        title: { zh: '上年因得分评为D级，加扣11分', en: 'Previous score-based D: 11 more points' },
        fired: true,
        inputs: { prior: prior?.grade ?? null },
        result: extra,
        basis: cited(is2025 ? CITES.dMeasures2025 : CITES.scoreD2020),
      });
    }
    if (bonus > 0) {
      pushStep(steps, {
        id: 'score.consecutive-a',
        kind: 'rule',
        title: { zh: '上年A级加分', en: 'Bonus after an A year' },
        fired: true,
        inputs: { prior: 'A' },
        result: bonus,
        basis: assumption('+1 after an A year (cap 100) is reported by practitioner summaries of the 2025 regime; article unconfirmed.'),
      });
    }
    pushStep(steps, {
      id: 'score.total',
      kind: 'step',
      title: { zh: '年度评价指标得分', en: 'Indicator score' },
      fired: true,
      inputs: { start, deducted: late + points + extra, bonus },
      result: score,
      basis: assumption('The score is kept within 0–100: below 40 every score is D, and the cap keeps the +1 bonus at 100.'),
      at: endDate,
    });
  }
  // Facts of the grade.
  let entity: GradeInput['entity'] = 'operating';
  if (t.newMonths !== null && v.registeredOn !== null && v.registeredOn > yearsBefore(endDate, 1)) entity = 'new';
  else if (t.mMin !== null && !anyRevenue) entity = 'no-revenue';
  const notA: NotACase[] = [];
  if (v.registeredOn !== null && v.registeredOn > yearsBefore(endDate, t.minYearsForA)) notA.push('under-3-years');
  if (prior !== null && prior.grade === 'D') notA.push('d-last-year');
  if (zeroMaxRun >= t.zeroConsecutive || zeroTotal >= t.zeroCumulative) notA.push('zero-vat-months');
  if (books) notA.push('irregular-books');
  // A direct D is kept a second year; before the 2019 evaluation year so was a score-based D.
  const keptD = prior !== null && prior.grade === 'D' && (prior.basis === 'direct' || (prior.basis === 'score' && t.scoreDExtra === 0));
  const input: GradeInput = {
    score,
    entity,
    ...(notA.length > 0 ? { notA } : {}),
    ...openFacts(v.open, meets),
    ...(keptD ? { keptD } : {}),
  };
  return { start, score, input };
}

/** Month index of a civil date. */
export function monthIndexOfDate(d: string): number {
  return (Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1) | 0;
}
