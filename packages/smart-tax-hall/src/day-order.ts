// The order in which a day's attempts arrive, merged rather than sorted. Internal: not exported
// from src/index.ts.
import type { Attempt } from './hall-day';

const byMinute = (a: Attempt, b: Attempt) => a.minute - b.minute;

/** Whether `a` comes before `b` among the day's visitors: by minute, then by index. */
function before(a: Attempt, b: Attempt): boolean {
  return a.minute < b.minute || (a.minute === b.minute && a.visitor < b.visitor);
}

/**
 * The day's attempts by minute, at the same minute in the order of the list [the day's visitors by
 * index, then the returns] — what a stable sort of that list by minute gives — by merging: the
 * walk-ins come sorted (a day's minutes are drawn sorted, in index order; checked, else sorted),
 * so only the few booked visitors (in index order) and returns are sorted, each on its own. A
 * day's ≈ 500 attempts were the year's largest sort with a comparator.
 * @example
 * dayOrder(walkIns, booked, returns).map((a) => a.minute) // ascending
 */
export function dayOrder(walkIns: Attempt[], booked: Attempt[], returns: Attempt[]): Attempt[] {
  for (let k = 1; k < walkIns.length; k++) {
    if ((walkIns[k] as Attempt).minute < (walkIns[k - 1] as Attempt).minute) {
      walkIns.sort(byMinute);
      break;
    }
  }
  // Stable sorts: at the same minute the booked stay in index order, the returns in theirs.
  booked.sort(byMinute);
  returns.sort(byMinute);
  const out: Attempt[] = [];
  let w = 0;
  let b = 0;
  let r = 0;
  while (w < walkIns.length || b < booked.length) {
    const next =
      b === booked.length || (w < walkIns.length && before(walkIns[w] as Attempt, booked[b] as Attempt))
        ? (walkIns[w++] as Attempt)
        : (booked[b++] as Attempt);
    // A return goes before a visitor of the day only at an earlier minute (the returns come last in the list).
    while (r < returns.length && (returns[r] as Attempt).minute < next.minute)
      out.push(returns[r++] as Attempt);
    out.push(next);
  }
  while (r < returns.length) out.push(returns[r++] as Attempt);
  return out;
}
