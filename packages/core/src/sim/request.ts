// One claim on a resource, from arrival to release.
import type { EventHandle } from './simulation';

/** Lifecycle of a {@link ResourceRequest}. */
export type RequestState = 'queued' | 'serving' | 'done' | 'cancelled';

/** Internal state codes (numbers keep the hot path monomorphic). */
export const QUEUED = 0;
export const SERVING = 1;
export const DONE = 2;
export const CANCELLED = 3;
const STATE_NAMES: readonly RequestState[] = ['queued', 'serving', 'done', 'cancelled'];

/**
 * A request for one unit of a resource: a held unit (from {@link Resource.request}, kept until
 * {@link Resource.release}) or a service of known length (from {@link Resource.serve}, released by
 * the resource itself). Its fields are maintained by the resource; read them, do not write them.
 * @example
 * const req = desk.serve(8, (r) => console.log('waited', r.wait));
 * req.state; // 'serving' or 'queued'
 */
export class ResourceRequest<D = unknown> {
  /** Internal state code; read {@link ResourceRequest.state}. */
  code: number;
  /** When the request was made. */
  readonly arrival: number;
  /** Smaller numbers are served first under the priority discipline. */
  readonly priority: number;
  /** Whatever the model attached (a customer record). */
  readonly data: D;
  /** When service first started (NaN until then). */
  start: number;
  /** When the current or last service spell started (NaN until then). */
  spellStart: number;
  /** Service still owed, for served requests (NaN for held units). */
  remaining: number;
  /** How often the request was preempted. */
  preemptions: number;
  /** Completion event of the current service spell (-1 if none). */
  completion: EventHandle;
  /** Called when a held unit is granted. */
  readonly onGrant: ((request: ResourceRequest<D>) => void) | null;
  /** Called when a service completes. */
  readonly onDone: ((request: ResourceRequest<D>) => void) | null;
  /** The resource it was made to (an opaque owner token). */
  readonly owner: object;

  constructor(
    owner: object,
    arrival: number,
    priority: number,
    data: D,
    onGrant: ((request: ResourceRequest<D>) => void) | null,
    onDone: ((request: ResourceRequest<D>) => void) | null,
    service: number,
  ) {
    // Every field assigned here, in one order (no field initializers): one hidden class, fast allocation.
    this.code = QUEUED;
    this.owner = owner;
    this.arrival = arrival;
    this.priority = priority;
    this.data = data;
    this.onGrant = onGrant;
    this.onDone = onDone;
    this.remaining = service;
    this.start = Number.NaN;
    this.spellStart = Number.NaN;
    this.preemptions = 0;
    this.completion = -1;
  }

  /** Where the request is in its life. */
  get state(): RequestState {
    return STATE_NAMES[this.code] as RequestState;
  }

  /** Time from arrival to first service start (NaN if not started). */
  get wait(): number {
    return this.start - this.arrival;
  }
}
