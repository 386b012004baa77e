// The catalogue of bad values the fuzz suite feeds to every argument of every public function.
// Each value is built fresh for every call (a callee can never see another call's leftovers) and
// deep-frozen, so an attempt to mutate an input throws in the callee's strict-mode code.

const MB = 1 << 20;

function circular() {
  const a = { name: 'a', items: [] };
  a.self = a;
  a.items.push(a, { back: a });
  return a;
}

function deep(depth) {
  // Built iteratively: a recursive builder would itself overflow the stack.
  let node = { leaf: 1 };
  for (let i = 0; i < depth; i++) node = { a: node };
  return node;
}

/** Name → builder. The names are the "argument classes" of failures and of known-defects.json. */
export const BAD_VALUES = {
  undefined: () => undefined,
  null: () => null,
  NaN: () => Number.NaN,
  Infinity: () => Number.POSITIVE_INFINITY,
  '-Infinity': () => Number.NEGATIVE_INFINITY,
  '-0': () => -0,
  '1e308': () => 1e308,
  'huge-int': () => 2 ** 60,
  'negative-int': () => -1,
  'min-safe-int': () => Number.MIN_SAFE_INTEGER,
  'empty-string': () => '',
  'string-1mb': () => 'x'.repeat(MB),
  bigint: () => 10n ** 30n,
  symbol: () => Symbol('fuzz'),
  'empty-array': () => [],
  'junk-array': () => [Number.NaN, null, undefined, -1, 'x', {}],
  'frozen-object': () => Object.freeze({ a: 1 }),
  circular,
  'deep-object': () => deep(20_000),
  'proto-key': () => JSON.parse('{"__proto__":{"polluted":"yes"},"seed":1}'),
  'constructor-key': () => ({ constructor: { prototype: { polluted: 'yes' } }, toString: 'x' }),
};

/**
 * Plausible values tried, in order, for the arguments a call does not fuzz: the first tuple a
 * function accepts becomes its base, so the fuzzed argument is reached past the earlier checks.
 */
export const BASE_CANDIDATES = [
  () => undefined,
  () => ({ seed: 1 }),
  () => ({}),
  () => 1,
  () => '2024-06-03',
  () => 'a',
  () => [],
];

/** Freezes a value and everything reachable from it (iteratively; cycles and depth are fine). */
export function deepFreeze(root) {
  const seen = new Set();
  const stack = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if ((typeof v !== 'object' && typeof v !== 'function') || v === null || seen.has(v)) continue;
    seen.add(v);
    for (const key of Reflect.ownKeys(v)) {
      const d = Reflect.getOwnPropertyDescriptor(v, key);
      if (d && 'value' in d) stack.push(d.value);
    }
    Object.freeze(v);
  }
  return root;
}
