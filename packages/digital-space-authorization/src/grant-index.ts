// The grant index a decision reads (issue 23): at 1,000,000 grants a decision's time is mostly
// dependent memory loads (and the TLB misses of 4 KiB pages), so the index is laid out to need few.
// - Principals sit in an open-addressing table (linear probing) of 64-byte slots (16 Int32s, one
//   cache line): the key's hash, its first grant, its length, its first 8 UTF-16 code units and
//   where all of them sit in a UTF-16 pool, and a copy of its first grant's compared fields (user,
//   holder, purpose, items, from/until/revoked minutes as Int32s, next grant). A principal with a
//   key of at most 8 code units and one grant is decided from that one line; a longer key also
//   reads the pool, a later grant its record. (Before: slot, then pool and record, three lines on
//   three pages with a dependency between the first and the other two.)
// - Each grant is one record of 8 float64s (64 bytes): user, holder and purpose as interned name
//   numbers, items as bits (categoryBit), validity and revocation in minutes, and the principal's
//   next grant. The record is the truth; the slot's copy of a first grant is kept in step by add
//   and revoke, and is not used (the record is read instead) when a minute does not fit an Int32
//   or the request's minute is at or beyond the copy's "never revoked" mark.
// - The compared names are read from a small array of interned values that stays in cache.
// - A decision allocates nothing: it returns the covering grant's number or -1 and leaves the
//   furthest stage and the nearest grant of a denial on the index.
// Cold fields (when a grant was made, whose it is) sit in their own arrays; ids are `G<n>` for a
// space's grants (n = number + 1) or kept as given for a replayed log.

/** Float64s per grant record. */
const REC = 8;
const F_USER = 0;
const F_HOLDER = 1;
const F_PURPOSE = 2;
const F_ITEMS = 3;
const F_FROM = 4;
const F_UNTIL = 5;
const F_REVOKED = 6;
const F_NEXT = 7;
/** Int32s per principal slot (64 bytes); its fields follow. */
const SLOT = 16;
/** log2(SLOT): a slot's first Int32 is `i << SLOT_SHIFT`. */
const SLOT_SHIFT = 4;
const S_HASH = 0;
/** First grant + 1 (0: an empty slot). */
const S_FIRST = 1;
/** Where the key's length and characters sit in the pool. */
const S_POOL = 2;
const S_LEN = 3;
/** The key's first INLINE_CHARS code units, two to an Int32 (low half first), zero-padded. */
const S_KEY = 4;
const INLINE_CHARS = 8;
/** The first grant's user, holder and purpose numbers; S_USER is -1 when the copy is not used. */
const S_USER = 8;
const S_HOLDER = 9;
const S_PURPOSE = 10;
const S_ITEMS = 11;
const S_FROM = 12;
const S_UNTIL = 13;
const S_REVOKED = 14;
/** The first grant's next grant (-1: none). */
const S_NEXT = 15;
/** A first grant's "never revoked" in the slot; a request at or after this minute reads the record. */
const NEVER = 0x7fffffff;

/** Whether a minute is kept exactly in a slot's Int32 (and below NEVER). */
function fitsSlot(t: number): boolean {
  return (t | 0) === t && t !== NEVER;
}

/** The stage a covering grant reaches; a denial's stage is 0 (other user) … 6 (expired). */
export const PERMIT_STAGE = 7;

/** A 32-bit hash of a string's UTF-16 code units (FNV-1a, then murmur3's finaliser to spread it). */
function hashOf(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

function grownF64(a: Float64Array<ArrayBuffer>, need: number): Float64Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const b = new Float64Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

function grownI32(a: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const b = new Int32Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

function grownU16(a: Uint16Array<ArrayBuffer>, need: number): Uint16Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const b = new Uint16Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/** What a grant brings to the index. */
export interface IndexedGrant {
  /** A string for a space's grants; a replayed record's may be anything. */
  readonly principal: unknown;
  readonly user: unknown;
  readonly holder: unknown;
  readonly purpose: unknown;
  /** Items as bits. */
  readonly items: number;
  readonly fromT: number;
  readonly untilT: number;
  /** When it was made, in minutes (revoke refuses an earlier instant). */
  readonly grantedT: number;
  /** Its id, when the index keeps ids as given (a replay); else `G<n>`. */
  readonly id?: unknown;
}

/** The grants of a space (or of a replayed log), indexed by principal; see the file comment. */
export class GrantIndex {
  /** How many grants. */
  size = 0;
  /** After a denial by {@link decide}: the furthest stage (-1: the principal has no grant). */
  stage = -1;
  /** After a denial by {@link decide}: the first grant that reached `stage`, or -1. */
  nearest = -1;

  private rec = new Float64Array(REC * 64);
  private grantedT = new Float64Array(64);
  private principalOfGrant = new Int32Array(64);
  private principals = 0;
  private keyOffOf = new Int32Array(64);
  private firstGrantOf = new Int32Array(64);
  private lastOf = new Int32Array(64);
  /** Each principal's slot (-1: a principal that is not a string has none). */
  private slotOf = new Int32Array(64);
  private pool = new Uint16Array(1024);
  private poolUsed = 0;
  private slots = new Int32Array(SLOT * 1024);
  private mask = 1023;
  /** Interned users, holders and purposes; a grant record holds their numbers. */
  private readonly names: unknown[] = [];
  private readonly nameNo = new Map<unknown, number>();
  /** Principals that are not strings (only a replayed record's can be): value → principal number. */
  private readonly otherPrincipals = new Map<unknown, number>();
  /** Ids as given, and the latest grant of each (a replay); undefined: ids are `G<n>`. */
  private readonly ids: unknown[] | undefined;
  private readonly idNo: Map<unknown, number> | undefined;

  /** `keepIds`: keep each grant's id as given (a replay) instead of numbering them `G<n>`. */
  constructor(keepIds = false) {
    this.ids = keepIds ? [] : undefined;
    this.idNo = keepIds ? new Map() : undefined;
  }

  /** Adds a grant at the end of its principal's list; returns its number. */
  add(g: IndexedGrant): number {
    const n = this.size;
    this.rec = grownF64(this.rec, (n + 1) * REC);
    this.grantedT = grownF64(this.grantedT, n + 1);
    this.principalOfGrant = grownI32(this.principalOfGrant, n + 1);
    const o = n * REC;
    const rec = this.rec;
    rec[o + F_USER] = this.intern(g.user);
    rec[o + F_HOLDER] = this.intern(g.holder);
    rec[o + F_PURPOSE] = this.intern(g.purpose);
    rec[o + F_ITEMS] = g.items;
    rec[o + F_FROM] = g.fromT;
    rec[o + F_UNTIL] = g.untilT;
    rec[o + F_REVOKED] = Number.POSITIVE_INFINITY;
    rec[o + F_NEXT] = -1;
    this.grantedT[n] = g.grantedT;
    const p = this.principalNumber(g.principal, n);
    this.principalOfGrant[n] = p;
    const first = this.firstGrantOf[p] as number;
    const slot = this.slotOf[p] as number;
    if (first !== n) {
      const last = this.lastOf[p] as number;
      rec[last * REC + F_NEXT] = n;
      if (last === first && slot >= 0) this.slots[(slot << SLOT_SHIFT) + S_NEXT] = n;
    } else if (slot >= 0) this.copyFirst(slot << SLOT_SHIFT, n);
    this.lastOf[p] = n;
    if (this.ids !== undefined && this.idNo !== undefined) {
      this.ids.push(g.id);
      this.idNo.set(g.id, n);
    }
    this.size = n + 1;
    return n;
  }

  /** The number of a grant id, or -1. */
  numberOf(id: unknown): number {
    if (this.idNo !== undefined) return this.idNo.get(id) ?? -1;
    if (typeof id !== 'string' || id.length < 2 || id.charCodeAt(0) !== 71) return -1;
    const n = Number(id.slice(1));
    return Number.isInteger(n) && n >= 1 && n <= this.size && id === `G${n}` ? n - 1 : -1;
  }

  /** The id of grant `g`. */
  idOf(g: number): string {
    return this.ids === undefined ? `G${g + 1}` : (this.ids[g] as string);
  }

  /** The principal of grant `g` (a space's: a string). */
  principalOf(g: number): string {
    const off = this.keyOffOf[this.principalOfGrant[g] as number] as number;
    const pool = this.pool;
    const len = (pool[off] as number) | ((pool[off + 1] as number) << 16);
    let s = '';
    for (let i = 0; i < len; i += 4096)
      s += String.fromCharCode(...pool.subarray(off + 2 + i, off + 2 + Math.min(len, i + 4096)));
    return s;
  }

  /** When grant `g` was made, in minutes. */
  grantedAt(g: number): number {
    return this.grantedT[g] as number;
  }

  /** When grant `g` was revoked, in minutes (Infinity while it is live). */
  revokedAt(g: number): number {
    return this.rec[g * REC + F_REVOKED] as number;
  }

  /** Revokes grant `g` from `t` minutes on. */
  revoke(g: number, t: number): void {
    this.rec[g * REC + F_REVOKED] = t;
    const p = this.principalOfGrant[g] as number;
    const slot = this.slotOf[p] as number;
    if (this.firstGrantOf[p] === g && slot >= 0) this.copyFirst(slot << SLOT_SHIFT, g);
  }

  /** Copies first grant `g`'s compared fields into the slot at `b` (or marks the copy unused). */
  private copyFirst(b: number, g: number): void {
    const rec = this.rec;
    const slots = this.slots;
    const o = g * REC;
    const from = rec[o + F_FROM] as number;
    const until = rec[o + F_UNTIL] as number;
    const revoked = rec[o + F_REVOKED] as number;
    slots[b + S_NEXT] = rec[o + F_NEXT] as number;
    const items = rec[o + F_ITEMS] as number;
    if (
      fitsSlot(from) &&
      fitsSlot(until) &&
      (revoked === Number.POSITIVE_INFINITY || fitsSlot(revoked)) &&
      (items | 0) === items
    ) {
      slots[b + S_USER] = rec[o + F_USER] as number;
      slots[b + S_HOLDER] = rec[o + F_HOLDER] as number;
      slots[b + S_PURPOSE] = rec[o + F_PURPOSE] as number;
      slots[b + S_ITEMS] = items;
      slots[b + S_FROM] = from;
      slots[b + S_UNTIL] = until;
      slots[b + S_REVOKED] = revoked === Number.POSITIVE_INFINITY ? NEVER : revoked;
    } else slots[b + S_USER] = -1;
  }

  /**
   * Decides a request: the number of the first of the principal's grants (in grant order) that
   * names the same user, holder and purpose, covers `items` bits and is live at `t` minutes; or -1,
   * with {@link stage} and {@link nearest} set to the furthest any grant got and the first grant
   * that got there. Names are compared with `!==`, as strings are.
   */
  decide(
    principal: unknown,
    user: unknown,
    holder: unknown,
    purpose: unknown,
    items: number,
    t: number,
  ): number {
    if (typeof principal !== 'string')
      return this.decideFrom(this.findOther(principal), user, holder, purpose, items, t);
    const b = this.slotFor(principal);
    if (b < 0) {
      this.stage = -1;
      this.nearest = -1;
      return -1;
    }
    const slots = this.slots;
    const first = (slots[b + S_FIRST] as number) - 1;
    const u = slots[b + S_USER] as number;
    // The slot's copy of the first grant, unless it is not kept or t reaches its "never" mark.
    if (u < 0 || !(t < NEVER)) return this.decideFrom(first, user, holder, purpose, items, t);
    const names = this.names;
    let stage: number;
    if (names[u] !== user) stage = 0;
    else if (names[slots[b + S_HOLDER] as number] !== holder) stage = 1;
    else if (names[slots[b + S_PURPOSE] as number] !== purpose) stage = 2;
    else if ((items & ~(slots[b + S_ITEMS] as number)) !== 0) stage = 3;
    else if (t < (slots[b + S_FROM] as number)) stage = 4;
    else if ((slots[b + S_REVOKED] as number) <= t) stage = 5;
    else if (t >= (slots[b + S_UNTIL] as number)) stage = 6;
    else return first;
    const next = slots[b + S_NEXT] as number;
    if (next < 0) {
      this.stage = stage;
      this.nearest = first;
      return -1;
    }
    return this.decideRest(next, stage, first, user, holder, purpose, items, t);
  }

  /** {@link decide} over the grants listed from `first` (-1: none), read from their records. */
  decideFrom(
    first: number,
    user: unknown,
    holder: unknown,
    purpose: unknown,
    items: number,
    t: number,
  ): number {
    if (first < 0) {
      this.stage = -1;
      this.nearest = -1;
      return -1;
    }
    return this.decideRest(first, -1, first, user, holder, purpose, items, t);
  }

  /**
   * Goes on from grant `g` (≥ 0) with the furthest stage `best` and its first grant `nearest` so far;
   * see {@link decide}.
   */
  private decideRest(
    g: number,
    best: number,
    nearest: number,
    user: unknown,
    holder: unknown,
    purpose: unknown,
    items: number,
    t: number,
  ): number {
    const rec = this.rec;
    const names = this.names;
    do {
      const o = g * REC;
      let stage: number;
      if (names[(rec[o + F_USER] as number) | 0] !== user) stage = 0;
      else if (names[(rec[o + F_HOLDER] as number) | 0] !== holder) stage = 1;
      else if (names[(rec[o + F_PURPOSE] as number) | 0] !== purpose) stage = 2;
      else if ((items & ~(rec[o + F_ITEMS] as number)) !== 0) stage = 3;
      else if (t < (rec[o + F_FROM] as number)) stage = 4;
      else if ((rec[o + F_REVOKED] as number) <= t) stage = 5;
      else if (t >= (rec[o + F_UNTIL] as number)) stage = 6;
      else return g;
      if (stage > best) {
        best = stage;
        nearest = g;
      }
      g = rec[o + F_NEXT] as number;
    } while (g >= 0);
    this.stage = best;
    this.nearest = nearest;
    return -1;
  }

  /** The first Int32 of a string principal's slot, or -1. */
  private slotFor(key: string): number {
    const h = hashOf(key);
    const slots = this.slots;
    const mask = this.mask;
    const len = key.length;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const b = i << SLOT_SHIFT;
      if (slots[b + S_FIRST] === 0) return -1;
      if (slots[b + S_HASH] === h && slots[b + S_LEN] === len && this.keyAt(b, key)) return b;
    }
  }

  /** Whether the slot at `b` (of a key as long as `key`) holds `key`: inline, then in the pool. */
  private keyAt(b: number, key: string): boolean {
    const slots = this.slots;
    const len = key.length;
    const inline = Math.min(len, INLINE_CHARS);
    for (let k = 0; k < inline; k += 2) {
      const hi = k + 1 < len ? key.charCodeAt(k + 1) : 0;
      if (slots[b + S_KEY + (k >> 1)] !== (key.charCodeAt(k) | (hi << 16))) return false;
    }
    if (len <= INLINE_CHARS) return true;
    const pool = this.pool;
    const at = (slots[b + S_POOL] as number) + 2;
    for (let k = INLINE_CHARS; k < len; k++) if (pool[at + k] !== key.charCodeAt(k)) return false;
    return true;
  }

  private findOther(key: unknown): number {
    const p = this.otherPrincipals.get(key);
    return p === undefined ? -1 : (this.firstGrantOf[p] as number);
  }

  private intern(x: unknown): number {
    let n = this.nameNo.get(x);
    if (n === undefined) {
      n = this.names.length;
      this.names.push(x);
      this.nameNo.set(x, n);
    }
    return n;
  }

  /** The number of a grant's principal, made (with `g` its first grant) when it is new. */
  private principalNumber(principal: unknown, g: number): number {
    if (typeof principal !== 'string') {
      const known = this.otherPrincipals.get(principal);
      if (known !== undefined) return known;
      const p = this.newPrincipal(g, -1, -1);
      this.otherPrincipals.set(principal, p);
      return p;
    }
    const found = this.slotFor(principal);
    if (found >= 0) return this.principalOfGrant[(this.slots[found + S_FIRST] as number) - 1] as number;
    const h = hashOf(principal);
    const len = principal.length;
    let i = h & this.mask;
    while (this.slots[(i << SLOT_SHIFT) + S_FIRST] !== 0) i = (i + 1) & this.mask;
    const off = this.poolUsed;
    this.pool = grownU16(this.pool, off + 2 + len);
    const pool = this.pool;
    pool[off] = len & 0xffff;
    pool[off + 1] = len >>> 16;
    for (let k = 0; k < len; k++) pool[off + 2 + k] = principal.charCodeAt(k);
    this.poolUsed = off + 2 + len;
    const p = this.newPrincipal(g, off, i);
    // Set before a rehash, which finds each slot's principal through its first grant.
    this.principalOfGrant[g] = p;
    const slots = this.slots;
    const b = i << SLOT_SHIFT;
    slots[b + S_HASH] = h;
    slots[b + S_FIRST] = g + 1;
    slots[b + S_POOL] = off;
    slots[b + S_LEN] = len;
    for (let k = 0; k < len && k < INLINE_CHARS; k += 2) {
      const hi = k + 1 < len ? principal.charCodeAt(k + 1) : 0;
      slots[b + S_KEY + (k >> 1)] = principal.charCodeAt(k) | (hi << 16);
    }
    slots[b + S_USER] = -1;
    slots[b + S_NEXT] = -1;
    if (this.principals * 2 > this.mask + 1) this.rehash();
    return p;
  }

  private newPrincipal(first: number, keyOff: number, slot: number): number {
    const p = this.principals++;
    this.keyOffOf = grownI32(this.keyOffOf, p + 1);
    this.firstGrantOf = grownI32(this.firstGrantOf, p + 1);
    this.lastOf = grownI32(this.lastOf, p + 1);
    this.slotOf = grownI32(this.slotOf, p + 1);
    this.keyOffOf[p] = keyOff;
    this.firstGrantOf[p] = first;
    this.lastOf[p] = first;
    this.slotOf[p] = slot;
    return p;
  }

  /** Doubles the table (kept at most half full, so probes stay short). */
  private rehash(): void {
    const old = this.slots;
    const size = (this.mask + 1) * 2;
    const slots = new Int32Array(size * SLOT);
    const mask = size - 1;
    for (let b = 0; b < old.length; b += SLOT) {
      if (old[b + S_FIRST] === 0) continue;
      let i = (old[b + S_HASH] as number) & mask;
      while (slots[(i << SLOT_SHIFT) + S_FIRST] !== 0) i = (i + 1) & mask;
      slots.set(old.subarray(b, b + SLOT), i << SLOT_SHIFT);
      this.slotOf[this.principalOfGrant[(old[b + S_FIRST] as number) - 1] as number] = i;
    }
    this.slots = slots;
    this.mask = mask;
  }
}
