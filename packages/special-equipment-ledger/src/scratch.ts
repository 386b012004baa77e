// Working memory kept with a population and reused by every year run on it (a scenario runs 30
// years on one population; the bench runs each variant on both schedulers). Fresh memory is not
// free: the first write to each 4 KB page faults, and the year's records and event queue of a
// province are tens of megabytes. A run takes the whole scratch and gives it back; a run started
// while another holds it (only from inside an `onHappening` hook) gets fresh arrays instead.

/** Named Int32 buffers, grown when a run needs more. */
export interface Scratch {
  /** An Int32Array of `length`, contents unspecified: the caller writes before it reads. */
  int32(name: string, length: number): Int32Array;
}

interface Held extends Scratch {
  busy: boolean;
}

const held = new WeakMap<object, Held>();

function fresh(): Scratch {
  return { int32: (_name, length) => new Int32Array(length) };
}

/**
 * Runs `body` with `owner`'s scratch (fresh arrays when it is in use).
 * @example
 * withScratch(pop, (s) => s.int32('units', pop.units * 8));
 */
export function withScratch<T>(owner: object, body: (s: Scratch) => T): T {
  let h = held.get(owner);
  if (h === undefined) {
    const buffers = new Map<string, Int32Array>();
    h = {
      busy: false,
      int32(name, length) {
        let b = buffers.get(name);
        if (b === undefined || b.length < length) {
          b = new Int32Array(length);
          buffers.set(name, b);
        }
        return b.subarray(0, length);
      },
    };
    held.set(owner, h);
  }
  if (h.busy) return body(fresh());
  h.busy = true;
  try {
    return body(h);
  } finally {
    h.busy = false;
  }
}
