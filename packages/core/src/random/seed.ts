// Seed derivation: turning (seed, name path) into a 128-bit generator state, synchronously and
// identically on every platform (32-bit integer arithmetic only).

/** The four 32-bit words of a stream's identity key (also its generator's initial state). */
export type StreamKey = readonly [number, number, number, number];

/** murmur3's 32-bit finaliser: a bijection on uint32 with full avalanche. */
export function fmix32(h: number): number {
  let x = h >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** FNV-1a over the UTF-16 code units of `text`, from a chosen offset basis. */
export function fnv1a32(text: string, basis = 0x811c9dc5): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes four words so that every output bit depends on every input bit, then avoids all-zero. */
function mix4(a0: number, b0: number, c0: number, d0: number): StreamKey {
  let a = a0 >>> 0;
  let b = b0 >>> 0;
  let c = c0 >>> 0;
  let d = d0 >>> 0;
  for (let round = 0; round < 2; round++) {
    a = fmix32(a ^ Math.imul(d, 0x9e3779b9));
    b = fmix32(b ^ a ^ 0x7f4a7c15);
    c = fmix32(c ^ b ^ 0x632be5ab);
    d = fmix32(d ^ c ^ 0x85157af5);
  }
  // xoroshiro128+ must never start from the all-zero state (it would stay there).
  if ((a | b | c | d) === 0) a = 0x9e3779b9;
  return [a, b, c, d];
}

/**
 * The key of the root stream of a safe-integer seed: the seed's low and high 32-bit halves,
 * mixed. Distinct seeds give distinct keys (the mixing is a bijection on the halves' words).
 */
export function keyFromSeed(seed: number): StreamKey {
  const negative = seed < 0 ? 1 : 0;
  const magnitude = Math.abs(seed);
  const lo = magnitude >>> 0;
  const hi = Math.floor(magnitude / 0x1_0000_0000) >>> 0;
  return mix4(lo, hi, 0x5eed_0000 ^ negative, 0x243f6a88);
}

/**
 * The key of the sub-stream `name` of the stream whose key is `parent`: two independent FNV-1a
 * hashes of the name (with different offset bases) folded into the parent key, then mixed. It
 * depends only on the parent's key and the name, never on how many numbers were drawn.
 */
export function deriveKey(parent: StreamKey, name: string): StreamKey {
  const h1 = fnv1a32(name);
  const h2 = fnv1a32(name, 0x050c5d1f);
  return mix4(
    parent[0] ^ h1,
    parent[1] ^ h2,
    parent[2] ^ fmix32(h1 ^ name.length),
    parent[3] ^ fmix32(h2 + 1),
  );
}
