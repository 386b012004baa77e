// The grant index a decision reads (issue 23): at 1,000,000 grants a decision's time is mostly
// dependent memory loads, so the index is laid out to need few of them.
// - Principals sit in an open-addressing table (linear probing) of Int32 slots: the key's hash,
//   its first grant, and where its characters sit in a UTF-16 pool. Finding a principal loads one
//   slot, then its pool characters and its first grant's record together (both addresses are in
//   the slot), instead of a Map's bucket, entry, key string and state object one after another.
// - Each grant is one record of 8 float64s (64 bytes, one cache line): user, holder and purpose as
//   interned name numbers, items as bits (categoryBit), validity and revocation in minutes, and
//   the principal's next grant. The compared names are read from a small array of interned
//   values that stays in cache.
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
/** Int32s per principal slot: hash, first grant + 1 (0: empty slot), pool offset, principal number. */
const SLOT = 4;

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
    if (this.firstGrantOf[p] !== n) rec[(this.lastOf[p] as number) * REC + F_NEXT] = n;
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
    const first = typeof principal === 'string' ? this.find(principal) : this.findOther(principal);
    return this.decideFrom(first, user, holder, purpose, items, t);
  }

  /** {@link decide} over the grants listed from `first` (-1: none). */
  decideFrom(
    first: number,
    user: unknown,
    holder: unknown,
    purpose: unknown,
    items: number,
    t: number,
  ): number {
    let g = first;
    if (g < 0) {
      this.stage = -1;
      this.nearest = -1;
      return -1;
    }
    const rec = this.rec;
    const names = this.names;
    let best = -1;
    let nearest = g;
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

  /** The first grant of a string principal, or -1. */
  private find(key: string): number {
    const h = hashOf(key);
    const slots = this.slots;
    const mask = this.mask;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const b = i * SLOT;
      const first = slots[b + 1] as number;
      if (first === 0) return -1;
      if (slots[b] === h && this.keyIs(slots[b + 2] as number, key)) {
        return first - 1;
      }
    }
  }

  private findOther(key: unknown): number {
    const p = this.otherPrincipals.get(key);
    return p === undefined ? -1 : (this.firstGrantOf[p] as number);
  }

  /** Whether the pool holds `key` at `off` (its length in two code units, then its characters). */
  private keyIs(off: number, key: string): boolean {
    const pool = this.pool;
    const len = key.length;
    if (pool[off] !== (len & 0xffff) || pool[off + 1] !== len >>> 16) return false;
    const at = off + 2;
    for (let i = 0; i < len; i++) if (pool[at + i] !== key.charCodeAt(i)) return false;
    return true;
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
      const p = this.newPrincipal(g, -1);
      this.otherPrincipals.set(principal, p);
      return p;
    }
    const h = hashOf(principal);
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const b = i * SLOT;
      if (this.slots[b + 1] === 0) {
        const off = this.poolUsed;
        this.pool = grownU16(this.pool, off + 2 + principal.length);
        this.pool[off] = principal.length & 0xffff;
        this.pool[off + 1] = principal.length >>> 16;
        for (let k = 0; k < principal.length; k++) this.pool[off + 2 + k] = principal.charCodeAt(k);
        this.poolUsed = off + 2 + principal.length;
        const p = this.newPrincipal(g, off);
        this.slots[b] = h;
        this.slots[b + 1] = g + 1;
        this.slots[b + 2] = off;
        this.slots[b + 3] = p;
        if (this.principals * 2 > this.mask + 1) this.rehash();
        return p;
      }
      if (this.slots[b] === h && this.keyIs(this.slots[b + 2] as number, principal))
        return this.slots[b + 3] as number;
    }
  }

  private newPrincipal(first: number, keyOff: number): number {
    const p = this.principals++;
    this.keyOffOf = grownI32(this.keyOffOf, p + 1);
    this.firstGrantOf = grownI32(this.firstGrantOf, p + 1);
    this.lastOf = grownI32(this.lastOf, p + 1);
    this.keyOffOf[p] = keyOff;
    this.firstGrantOf[p] = first;
    this.lastOf[p] = first;
    return p;
  }

  /** Doubles the table (kept at most half full, so probes stay short). */
  private rehash(): void {
    const old = this.slots;
    const size = (this.mask + 1) * 2;
    const slots = new Int32Array(size * SLOT);
    const mask = size - 1;
    for (let b = 0; b < old.length; b += SLOT) {
      if (old[b + 1] === 0) continue;
      let i = (old[b] as number) & mask;
      while (slots[i * SLOT + 1] !== 0) i = (i + 1) & mask;
      slots.set(old.subarray(b, b + SLOT), i * SLOT);
    }
    this.slots = slots;
    this.mask = mask;
  }
}
