// The issue order of a bundle: items in the DAG's stages, each starting when the items it waits
// for are due, each due by its promised period. A cyclic DAG is bad input, never a plan.
import { type CivilDate, maxDate } from '@gd-ftz/core';
import { itemDueBy } from './deadline';
import { BUNDLE_ITEMS, type BundleItem, ITEMS } from './items';
import type { BundleApplication, BundlePlan, PlanStep, Prerequisite, Unplanned } from './model';
import { type Dag, holds, itemsBefore, missingOf, unmetConditions } from './prerequisites';
import { bad, checkDate, checkFile, checkItem, isObject, throwIfAny } from './validate';

type Issues = Parameters<typeof throwIfAny>[0];

/** Checks the DAG override: known items, and no cycle (named at the item where it closes). */
function checkDag(v: unknown, issues: Issues): void {
  if (v === undefined) return;
  const before = issues.length;
  if (!isObject(v)) {
    bad(issues, 'app.prerequisites', 'must be an object of item lists', '必须是事项列表对象');
    return;
  }
  for (const [k, list] of Object.entries(v)) {
    const p = `app.prerequisites.${k}`;
    checkItem(k, p, issues);
    if (!Array.isArray(list)) bad(issues, p, 'must be a list of items', '必须是事项列表');
    else
      list.forEach((x: unknown, i: number) => {
        checkItem(x, `${p}[${i}]`, issues);
      });
  }
  if (issues.length > before) return;
  const dag = v as Dag;
  const state = new Map<BundleItem, 1 | 2>();
  const visit = (item: BundleItem, path: BundleItem[]): boolean => {
    if (state.get(item) === 2) return true;
    if (state.get(item) === 1) {
      const cycle = [...path.slice(path.indexOf(item)), item].join(' → ');
      bad(issues, `app.prerequisites.${item}`, `closes a cycle: ${cycle}`, `形成循环：${cycle}`);
      return false;
    }
    state.set(item, 1);
    for (const p of dag[item] ?? ITEMS[item].after) if (!visit(p, [...path, item])) return false;
    state.set(item, 2);
    return true;
  };
  for (const item of BUNDLE_ITEMS) if (!visit(item, [])) return;
}

/** The plan, unchecked input (callers validated, DAG acyclic). */
export function planOf(app: BundleApplication, asOf: CivilDate): BundlePlan {
  const wanted = new Set(app.items);
  const dag: Dag = app.prerequisites ?? {};
  const file = app.file;
  const unplanned: Unplanned[] = [];
  const blocked = new Set<BundleItem>();
  const steps = new Map<BundleItem, PlanStep>();
  // Canonical order is a topological order of the default DAG; an override may reorder, so
  // resolve by repeated passes (at most one item per pass, the DAG is acyclic).
  const pending = BUNDLE_ITEMS.filter((i) => wanted.has(i));
  for (const item of pending) {
    const cond = unmetConditions(item, file, asOf);
    if (cond.length > 0) {
      unplanned.push({ item, missing: cond });
      blocked.add(item);
    }
  }
  let left = pending.filter((i) => !blocked.has(i));
  while (left.length > 0) {
    const next: BundleItem[] = [];
    let progressed = false;
    for (const item of left) {
      const before = itemsBefore(item, file, dag);
      const inBundle = before.filter((p) => wanted.has(p) && !holds(file, p, asOf));
      if (inBundle.some((p) => blocked.has(p))) {
        const missing: Prerequisite[] = missingOf(item, file, asOf, dag).filter(
          (m) => m.kind !== 'item' || inBundle.includes(m.item),
        );
        unplanned.push({ item, missing });
        blocked.add(item);
        progressed = true;
        continue;
      }
      if (!inBundle.every((p) => steps.has(p))) {
        next.push(item);
        continue;
      }
      // Prerequisites neither in the bundle nor held block the item.
      const outside = before.filter((p) => !wanted.has(p) && !holds(file, p, asOf));
      const viaContract =
        item === 'mortgage' && file.documents.some((d) => d.kind === 'building-contract' && d.on <= asOf);
      const missingOutside = outside.filter((p) => !(viaContract && p === 'ownership'));
      if (missingOutside.length > 0) {
        unplanned.push({
          item,
          missing: missingOutside.map((p) => ({ kind: 'item', item: p, basis: ITEMS[item].afterBasis })),
        });
        blocked.add(item);
        progressed = true;
        continue;
      }
      const prior = inBundle.map((p) => steps.get(p) as PlanStep);
      const startOn = prior.reduce((d, s) => maxDate(d, s.dueBy), asOf);
      const stage = prior.reduce((n, s) => Math.max(n, s.stage + 1), 0);
      steps.set(item, { item, stage, after: inBundle, startOn, dueBy: itemDueBy(item, startOn) });
      progressed = true;
    }
    left = next;
    if (!progressed) break;
  }
  const ordered = [...steps.values()].sort(
    (a, b) => a.stage - b.stage || BUNDLE_ITEMS.indexOf(a.item) - BUNDLE_ITEMS.indexOf(b.item),
  );
  return { steps: ordered, unplanned };
}

/**
 * The issue order of a bundle application as of `asOf`: every applicable item in the stages of
 * its DAG (the seller's deregistration before the buyer's ownership, 船舶登记条例 第十三、三十九条;
 * ownership before nationality and mortgage, 第十五、二十条; the other certificates after
 * nationality [U]), each starting when the items it waits for are due and due by its period.
 * Items whose ship conditions fail (a mortgage under 20 GT) or whose prerequisites are neither
 * held nor in the bundle are listed as unplanned, with what they lack.
 * @throws ValidationError naming the field: `app.items[i]` (unknown or repeated item),
 * `app.prerequisites.<item>` (unknown, or closing a cycle), `app.file.ship.imo`, `asOf`, …
 * @example
 * planBundle({ file, items: ['nationality', 'ownership'] }, civilDate('2024-09-27')).steps.map((s) => s.item) // ['ownership', 'nationality']
 */
export function planBundle(app: BundleApplication, asOf: CivilDate): BundlePlan {
  const issues: Issues = [];
  if (!isObject(app)) bad(issues, 'app', 'must be an application object', '必须是申请对象');
  else {
    checkFile(app.file, 'app.file', issues);
    if (!Array.isArray(app.items) || app.items.length === 0)
      bad(issues, 'app.items', 'must be a non-empty list of items', '必须是非空事项列表');
    else {
      const seen = new Set<unknown>();
      app.items.forEach((x: unknown, i: number) => {
        checkItem(x, `app.items[${i}]`, issues);
        if (seen.has(x)) bad(issues, `app.items[${i}]`, 'is repeated', '重复');
        seen.add(x);
      });
    }
    checkDag(app.prerequisites, issues);
  }
  checkDate(asOf, 'asOf', issues);
  throwIfAny(issues);
  return planOf(app, asOf);
}
