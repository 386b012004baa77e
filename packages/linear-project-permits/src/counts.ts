// What the builder handed in and what the officers did, counted from the application records in
// the same way for both processes: the old process and the reform differ only in how many forms
// their records were applied for on and how the items reached their departments.
import type { ApplicationEvent } from './application-states';
import type { ApplicationRecord, OfficerTouches } from './outcome';

/** The counts the KPIs use, derived from the records. */
export interface ProcessCounts {
  /** Distinct application forms handed in at the window. */
  readonly applications: number;
  /** Forms plus supplements handed in (a supplement completes one form in one go). */
  readonly submissions: number;
  /** Sets of common materials handed in: one with each form (a supplement adds only what is missing). */
  readonly commonCopies: number;
  readonly touches: OfficerTouches;
}

/** Window actions of one form's intake: check, notice, re-check of the supplement, acceptance. */
const WINDOW: ReadonlySet<ApplicationEvent['type']> = new Set([
  'submit',
  'notify-incomplete',
  'supplement',
  'accept',
]);

/** Department actions of one item: review started, extension, decision, certificate or filing. */
const DEPARTMENT: ReadonlySet<ApplicationEvent['type']> = new Set([
  'start-review',
  'extend',
  'approve',
  'reject',
  'issue',
]);

/**
 * Counts hand-ins and officer actions from the records of one project under one process.
 *
 * Every action of an officer counts one, on both sides alike: the window's check of each form's
 * materials, each incompleteness notice, each re-check of a supplement and each acceptance, once
 * per form (items ticked on one form share one intake); the department's registration of an item
 * transferred from the single window (one action: its materials were already checked at the
 * window); each review started, revision, extension, decision and certificate or filing, per item
 * and segment; and each coordination meeting. A deemed acceptance (第三十二条) is no action.
 * @example
 * countRecords(outcome.records, 0).applications; // 5 before the reform, 1 under it
 */
export function countRecords(records: readonly ApplicationRecord[], meetings: number): ProcessCounts {
  const forms = new Map<string, ApplicationRecord>();
  for (const r of records) if (!r.transferred && !forms.has(r.form)) forms.set(r.form, r);
  let intake = 0;
  let supplements = 0;
  for (const r of forms.values()) {
    for (const { event } of r.history) if (WINDOW.has(event.type)) intake += 1;
    if (r.history.some((h) => h.event.type === 'supplement')) supplements += 1;
  }
  let decision = 0;
  for (const r of records) {
    if (r.transferred) intake += 1;
    if (r.revised) decision += 1;
    for (const { event } of r.history) if (DEPARTMENT.has(event.type)) decision += 1;
  }
  return {
    applications: forms.size,
    submissions: forms.size + supplements,
    commonCopies: forms.size,
    touches: { intake, decision, meetings },
  };
}
