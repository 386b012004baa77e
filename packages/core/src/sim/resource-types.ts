// The options and statistics shapes of a Resource, and the check of its options.

import type { CivilDate } from '../calendar/index';
import { describeValue } from '../describe-value';
import { ConfigurationError } from '../errors';
import type { OpeningHours } from './opening-hours';

/** Order of the waiting line: arrival order, or priority (smaller first, then arrival order). */
export type QueueDiscipline = 'fifo' | 'priority';

/** Options of {@link createResource}. */
export interface ResourceOptions {
  /** Number of identical servers (an integer ≥ 1). */
  readonly capacity: number;
  /** Waiting-line order, default `'fifo'`. */
  readonly discipline?: QueueDiscipline;
  /** Under `'priority'`: an arrival may interrupt a served request of strictly worse priority. */
  readonly preemptive?: boolean;
  /** When service may start (default always). */
  readonly hours?: OpeningHours;
  /** A name for reports. */
  readonly name?: string;
  /** Keep every wait for quantiles (default true; false saves memory in very long runs). */
  readonly keepWaits?: boolean;
}

/** A snapshot of a resource's statistics since its creation or last {@link Resource.resetStats}. */
export interface ResourceStats {
  readonly name: string;
  readonly capacity: number;
  /** Time-weighted busy servers / capacity, over all hours (closed hours included). */
  readonly utilization: number;
  readonly meanQueueLength: number;
  readonly maxQueueLength: number;
  /** Requests whose service started. */
  readonly started: number;
  /** Requests released or completed. */
  readonly completed: number;
  /** Started requests that waited a positive time. */
  readonly delayed: number;
  /** delayed / started (NaN before any start). */
  readonly probabilityOfWait: number;
  readonly meanWait: number;
  readonly maxWait: number;
  readonly preemptions: number;
}

/** Resource options after checking, with defaults filled in. */
export interface NormalizedResourceOptions {
  readonly capacity: number;
  readonly discipline: QueueDiscipline;
  readonly preemptive: boolean;
  readonly hours: OpeningHours | null;
  readonly name: string;
  readonly keepWaits: boolean;
}

function bad(path: string, message: string): never {
  throw new ConfigurationError(path, message);
}

/**
 * Checks resource options (ConfigurationError naming the option) and fills in defaults.
 * @example
 * normalizeResourceOptions({ capacity: 2 }, undefined).discipline; // 'fifo'
 */
export function normalizeResourceOptions(
  options: ResourceOptions,
  simStartDate: CivilDate | undefined,
): NormalizedResourceOptions {
  const o = options ?? ({} as ResourceOptions);
  if (!(Number.isSafeInteger(o.capacity) && o.capacity >= 1)) {
    bad('capacity', `must be an integer ≥ 1, got ${describeValue(o.capacity)}`);
  }
  const discipline = o.discipline ?? 'fifo';
  if (discipline !== 'fifo' && discipline !== 'priority') bad('discipline', `must be 'fifo' or 'priority'`);
  const preemptive = o.preemptive ?? false;
  if (typeof preemptive !== 'boolean') bad('preemptive', 'must be a boolean');
  if (preemptive && discipline !== 'priority') bad('preemptive', `needs discipline 'priority'`);
  if (o.hours !== undefined && typeof o.hours?.isOpen !== 'function') bad('hours', 'must be OpeningHours');
  if (o.hours?.startDate !== undefined && o.hours.startDate !== simStartDate) {
    bad('hours.startDate', `is ${o.hours.startDate}, but the simulation starts on ${String(simStartDate)}`);
  }
  return {
    capacity: o.capacity,
    discipline,
    preemptive,
    hours: o.hours ?? null,
    name: o.name ?? 'resource',
    keepWaits: o.keepWaits ?? true,
  };
}
