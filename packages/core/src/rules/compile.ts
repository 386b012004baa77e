// Compilation of a rule set: every threshold becomes one checked instruction (operator, fact
// slot, constant). codegen.ts turns the rules in force into one generated function (about 5 times
// faster); where `new Function` is forbidden, the interpreter below runs them: facts copied into a
// reused Float64Array (enums as their index, booleans as 0/1), instructions as a flat typed-array
// program run by one monomorphic loop, hand-written conditions as CALLs (a closure per threshold
// was about twice as slow, `facts[name]` with a varying name slower still: megamorphic loads).
import { describeValue } from '../describe-value';
import { ConfigurationError, UnknownFactError } from '../errors';
import type { FactSchema, FactSpec } from './facts';
import type { Rule } from './rule';
import type { Threshold } from './threshold';

const NUMBER = 0;
const INTEGER = 1;
const BOOLEAN = 2;
const ENUM = 3;
const STRING = 4;

/** The compiled layout of a fact schema. */
export interface FactLayout {
  readonly names: readonly string[];
  readonly specs: readonly FactSpec[];
  readonly index: ReadonlyMap<string, number>;
  readonly kinds: Uint8Array;
  readonly mins: Float64Array;
  readonly maxs: Float64Array;
  readonly enumIndex: readonly (ReadonlyMap<unknown, number> | undefined)[];
}

/** A compiled condition: reads the facts object or the fact vector. */
export type VecPredicate<F> = (facts: F, vec: Float64Array) => boolean;

const KIND_CODE = { number: NUMBER, integer: INTEGER, boolean: BOOLEAN, enum: ENUM, string: STRING } as const;

/** Compiles a fact schema. */
export function layoutOf(schema: FactSchema): FactLayout {
  const names = Object.keys(schema);
  const specs = names.map((n) => schema[n]!);
  const n = names.length;
  const kinds = new Uint8Array(n);
  // "No bound" is ±MAX_VALUE, not ±Infinity: the same test for every finite value (non-finite ones
  // are refused before the bounds are read), and a rule set holds no non-finite number (issue 32).
  const mins = new Float64Array(n).fill(-Number.MAX_VALUE);
  const maxs = new Float64Array(n).fill(Number.MAX_VALUE);
  const enumIndex: (Map<unknown, number> | undefined)[] = [];
  specs.forEach((spec, i) => {
    kinds[i] = KIND_CODE[spec.kind];
    if (spec.kind === 'number' || spec.kind === 'integer') {
      if (spec.min !== undefined) mins[i] = spec.min;
      if (spec.max !== undefined) maxs[i] = spec.max;
    }
    enumIndex.push(spec.kind === 'enum' ? new Map(spec.values.map((v, k) => [v, k])) : undefined);
  });
  return { names, specs, index: new Map(names.map((nm, i) => [nm, i])), kinds, mins, maxs, enumIndex };
}

/**
 * Validates `facts` against the layout while copying them into `vec`. Returns the index of the
 * first bad fact, or -1 when every fact is valid.
 */
export function fillVector(layout: FactLayout, facts: unknown, vec: Float64Array): number {
  if (typeof facts !== 'object' || facts === null) return 0;
  const { names, kinds, mins, maxs, enumIndex } = layout;
  const rec = facts as Record<string, unknown>;
  for (let i = 0; i < names.length; i++) {
    const v = rec[names[i]!];
    switch (kinds[i]) {
      case NUMBER:
        if (typeof v !== 'number' || v - v !== 0 || v < mins[i]! || v > maxs[i]!) return i;
        vec[i] = v;
        break;
      case INTEGER:
        if (typeof v !== 'number' || !Number.isInteger(v) || v < mins[i]! || v > maxs[i]!) return i;
        vec[i] = v;
        break;
      case BOOLEAN:
        if (v === true) vec[i] = 1;
        else if (v === false) vec[i] = 0;
        else return i;
        break;
      case ENUM: {
        const k = enumIndex[i]!.get(v);
        if (k === undefined) return i;
        vec[i] = k;
        break;
      }
      default:
        if (typeof v !== 'string') return i;
        vec[i] = 0;
    }
  }
  return -1;
}

export const LT = 0;
export const LE = 1;
export const GT = 2;
export const GE = 3;
export const EQ = 4;
export const NE = 5;
export const MASK = 6;
export const CALL = 7;
const OP_CODE = { '<': LT, '<=': LE, '>': GT, '>=': GE, '==': EQ, '!=': NE } as const;

/**
 * What a CALL threshold tests (a numeric `in`, a string `==`/`!=`/`in`), so generated code can
 * inline it; the interpreter runs `call` instead.
 */
export interface Inline {
  readonly op: 'in' | '==' | '!=';
  readonly values: readonly (number | string)[];
}

/** One compiled condition. */
export interface Instruction<F> {
  readonly op: number;
  readonly fact: number;
  readonly value: number;
  readonly mask?: Uint8Array;
  readonly call?: VecPredicate<F>;
  readonly inline?: Inline;
}

/** A compiled rule: its instructions, combined with and (`all`) or or (`any`). */
export interface CompiledRule<F> {
  readonly any: boolean;
  readonly code: readonly Instruction<F>[];
}

/** Compiles one threshold, checking it against the fact's declared kind and domain. */
function compileThreshold<F>(t: Threshold<F>, layout: FactLayout, where: string): Instruction<F> {
  const i = layout.index.get(t.fact);
  if (i === undefined) throw new UnknownFactError(t.fact, `${where} thresholds`);
  const spec = layout.specs[i]!;
  const bad = (why: string) => new ConfigurationError(`${where}.thresholds(${t.fact} ${t.op})`, why);
  const list = Array.isArray(t.value) ? (t.value as readonly unknown[]) : undefined;
  const cmp = (value: number): Instruction<F> => ({
    op: OP_CODE[t.op as keyof typeof OP_CODE],
    fact: i,
    value,
  });
  switch (spec.kind) {
    case 'number':
    case 'integer': {
      if (list !== undefined) {
        if (list.some((x) => typeof x !== 'number')) throw bad('values must be numbers');
        const nums = list as readonly number[];
        const inline = { op: 'in', values: nums } as const;
        return { op: CALL, fact: i, value: 0, call: (_f, v) => nums.includes(v[i]!), inline };
      }
      if (typeof t.value !== 'number') throw bad('value must be a number');
      return cmp(t.value);
    }
    case 'boolean': {
      if ((t.op !== '==' && t.op !== '!=') || typeof t.value !== 'boolean')
        throw bad('a boolean fact takes == or != true/false');
      return cmp(t.value ? 1 : 0);
    }
    case 'enum': {
      const idx = layout.enumIndex[i]!;
      if (list !== undefined) {
        const mask = new Uint8Array(spec.values.length);
        for (const x of list) {
          const k = idx.get(x);
          if (k === undefined) throw bad(`${describeValue(x)} is not a value of the enum`);
          mask[k] = 1;
        }
        return { op: MASK, fact: i, value: 0, mask };
      }
      if (t.op !== '==' && t.op !== '!=') throw bad('an enum fact takes ==, != or in');
      const k = idx.get(t.value);
      if (k === undefined) throw bad(`"${String(t.value)}" is not a value of the enum`);
      return cmp(k);
    }
    case 'string': {
      const name = t.fact;
      const get = (f: F) => (f as Record<string, unknown>)[name];
      if (list !== undefined) {
        if (list.some((x) => typeof x !== 'string')) throw bad('values must be strings');
        const inline = { op: 'in', values: list as readonly string[] } as const;
        return { op: CALL, fact: i, value: 0, call: (f) => list.includes(get(f)), inline };
      }
      if ((t.op !== '==' && t.op !== '!=') || typeof t.value !== 'string')
        throw bad('a string fact takes ==, != or in');
      const c = t.value;
      const call: VecPredicate<F> = t.op === '==' ? (f) => get(f) === c : (f) => get(f) !== c;
      return { op: CALL, fact: i, value: 0, call, inline: { op: t.op, values: [c] } };
    }
  }
}

/**
 * Compiles a rule: checks that it reads only declared facts and that its thresholds fit their
 * facts; a declarative rule becomes instructions, any other one CALL of its own `when`.
 */
export function compileRule<F, E>(rule: Rule<F, E>, layout: FactLayout, where: string): CompiledRule<F> {
  for (const r of rule.reads) if (!layout.index.has(r)) throw new UnknownFactError(r, `${where} reads`);
  const code = rule.thresholds.map((t) => compileThreshold(t, layout, where));
  if (!rule.declarative)
    return { any: false, code: [{ op: CALL, fact: 0, value: 0, call: rule.when as VecPredicate<F> }] };
  return { any: rule.match === 'any', code };
}

/** The flat program of the rules in force on some dates. */
export interface Program<F> {
  readonly rules: number;
  readonly start: Int32Array;
  readonly any: Uint8Array;
  readonly op: Uint8Array;
  readonly fact: Int32Array;
  readonly value: Float64Array;
  readonly maskAt: Int32Array;
  readonly masks: Uint8Array;
  readonly calls: readonly (VecPredicate<F> | undefined)[];
}

/** Lays compiled rules out as one program, in order. */
export function assemble<F>(rules: readonly CompiledRule<F>[]): Program<F> {
  const total = rules.reduce((n, r) => n + r.code.length, 0);
  const start = new Int32Array(rules.length + 1);
  const any = new Uint8Array(rules.length);
  const op = new Uint8Array(total);
  const fact = new Int32Array(total);
  const value = new Float64Array(total);
  const maskAt = new Int32Array(total);
  const calls: (VecPredicate<F> | undefined)[] = new Array(total).fill(undefined);
  const maskParts: number[] = [];
  let j = 0;
  rules.forEach((r, k) => {
    start[k] = j;
    any[k] = r.any ? 1 : 0;
    for (const ins of r.code) {
      op[j] = ins.op;
      fact[j] = ins.fact;
      value[j] = ins.value;
      if (ins.mask !== undefined) {
        maskAt[j] = maskParts.length;
        maskParts.push(...ins.mask);
      }
      calls[j] = ins.call;
      j++;
    }
  });
  start[rules.length] = j;
  return {
    rules: rules.length,
    start,
    any,
    op,
    fact,
    value,
    maskAt,
    masks: Uint8Array.from(maskParts),
    calls,
  };
}

/** Runs a program on filled facts: writes the indexes of the rules that hold into `hits`, returns their count. */
export function run<F>(p: Program<F>, facts: F, vec: Float64Array, hits: Int32Array): number {
  const { start, any, op, fact, value, maskAt, masks, calls } = p;
  let count = 0;
  for (let r = 0; r < p.rules; r++) {
    // all: holds unless a condition fails; any: fails unless a condition holds
    const wantAny = any[r] === 1;
    let holds = !wantAny;
    const end = start[r + 1]!;
    for (let j = start[r]!; j < end; j++) {
      const x = vec[fact[j]!]!;
      let t: boolean;
      switch (op[j]) {
        case LT:
          t = x < value[j]!;
          break;
        case LE:
          t = x <= value[j]!;
          break;
        case GT:
          t = x > value[j]!;
          break;
        case GE:
          t = x >= value[j]!;
          break;
        case EQ:
          t = x === value[j];
          break;
        case NE:
          t = x !== value[j];
          break;
        case MASK:
          t = masks[maskAt[j]! + x] === 1;
          break;
        default:
          t = calls[j]!(facts, vec);
      }
      if (t === wantAny) {
        holds = wantAny;
        break;
      }
    }
    if (holds) hits[count++] = r;
  }
  return count;
}
