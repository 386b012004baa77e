// Code generation for the rules in force on some dates, the fast path of `evaluate` (like ajv's
// compiled validators). One generated function validates the facts, loads each into a local once
// (enums as their index) and tests every rule's thresholds inline; a hand-written `when` is one
// call of its closure. A second one builds the trace steps as object literals of two fixed
// shapes (fired or not), with each rule's inputs as an object literal too. The interpreter of
// compile.ts stays the fallback where `new Function` is forbidden (a browser CSP without
// 'unsafe-eval' throws EvalError): that is detected once, then never retried. Any other failure
// is a bug and throws CodegenError.
import { CodegenError } from '../errors';
import type { JsonValue, TraceStep } from '../trace';
import { CALL, type CompiledRule, EQ, GE, GT, type Instruction, LE, LT, MASK, NE } from './compile';
import type { FactSpec } from './facts';
import type { Rule } from './rule';

/** Validates `facts`, writes the indexes of the rules that hold into `hits` and returns their count, or `-1 - i` when fact `i` is bad. */
export type RunFn<F> = (facts: F, hits: Int32Array) => number;

/** Builds one trace step per rule in force, given the hits of `RunFn`. */
export type TraceFn<F> = (facts: F, hits: Int32Array, count: number, asOf: string) => TraceStep[];

/** The generated functions of one plan. */
export interface Generated<F> {
  readonly run: RunFn<F>;
  readonly trace: TraceFn<F>;
}

// false once `new Function` threw an EvalError: the environment forbids eval, do not retry.
let evalAllowed = true;

/**
 * Allows or forbids code generation for the plans built from now on (internal, not exported by
 * the package: tests use it to run the interpreter; `true` also forgets a past EvalError).
 * @example
 * setCodegenAllowed(false); // plans built now are interpreted
 */
export function setCodegenAllowed(allowed: boolean): void {
  evalAllowed = allowed;
}

/**
 * Compiles generated source, or returns undefined where eval is forbidden.
 * @throws CodegenError when the source does not compile for any other reason (a generator bug).
 */
function compileSource(params: readonly string[], body: string, args: readonly unknown[]): unknown {
  if (!evalAllowed) return undefined;
  let factory: (...a: unknown[]) => unknown;
  try {
    factory = new Function(...params, body) as (...a: unknown[]) => unknown;
  } catch (e) {
    // A CSP refusal is permanent: remember it and let the interpreter run every plan. Anything
    // else (a SyntaxError) is a bug of this generator and must not hide behind the fallback.
    if (e instanceof EvalError) {
      evalAllowed = false;
      return undefined;
    }
    throw new CodegenError(`generated source does not compile: ${String(e)}`, { cause: e });
  }
  return factory(...args);
}

// The only ways a value enters the source: strings through JSON.stringify, finite numbers, and
// the literal tokens below. Rule data is a frozen, checked copy (snapshot.ts); these checks make
// a bug loud instead of turning it into code.
const str = (s: unknown): string => {
  if (typeof s !== 'string') throw new CodegenError(`expected a string, got ${typeof s}`);
  return JSON.stringify(s);
};
const num = (x: unknown): string => {
  if (typeof x !== 'number' || !Number.isFinite(x))
    throw new CodegenError(`expected a finite number, got ${typeof x === 'number' ? String(x) : typeof x}`);
  return `(${String(x)})`;
};
/** A declared bound: finite, or one of the two infinities as literal tokens. */
const bound = (x: number): string =>
  x === Number.POSITIVE_INFINITY ? 'Infinity' : x === Number.NEGATIVE_INFINITY ? '(-Infinity)' : num(x);
const get = (name: string) => `facts[${str(name)}]`;

/** The statements that load fact `i` into `x<i>` and return `-1 - i` when it is bad. */
function loadFact(spec: FactSpec, name: string, i: number): string {
  const x = `x${i}`;
  const bad = `return ${-1 - i};`;
  switch (spec.kind) {
    case 'number':
    case 'integer': {
      const { min, max } = spec;
      const type =
        spec.kind === 'integer'
          ? `typeof ${x} !== "number" || !Number.isInteger(${x})`
          : `typeof ${x} !== "number"`;
      // Both bounds finite: the range test also rejects NaN and infinities (as isInteger does).
      const range =
        min !== undefined && max !== undefined && Number.isFinite(min) && Number.isFinite(max)
          ? [`!(${x} >= ${num(min)} && ${x} <= ${num(max)})`]
          : [
              ...(spec.kind === 'integer' ? [] : [`${x} - ${x} !== 0`]),
              ...(min === undefined ? [] : [`${x} < ${bound(min)}`]),
              ...(max === undefined ? [] : [`${x} > ${bound(max)}`]),
            ];
      return `const ${x} = ${get(name)};\nif (${[type, ...range].join(' || ')}) ${bad}\n`;
    }
    case 'boolean':
      return `const ${x} = ${get(name)};\nif (typeof ${x} !== "boolean") ${bad}\n`;
    case 'string':
      return `const ${x} = ${get(name)};\nif (typeof ${x} !== "string") ${bad}\n`;
    case 'enum': {
      const cases = spec.values.map((v, k) => `case ${str(v)}: ${x} = ${k}; break;`).join('\n');
      return `let ${x};\nswitch (${get(name)}) {\n${cases}\ndefault: ${bad}\n}\n`;
    }
  }
}

/** One condition as an expression over the locals; closures go into `calls`. */
function condition<F>(ins: Instruction<F>, specs: readonly FactSpec[], calls: unknown[]): string {
  const x = `x${ins.fact}`;
  const spec = specs[ins.fact]!;
  // Booleans are compared as booleans (their compiled value is 0/1).
  const c = spec.kind === 'boolean' ? String(ins.value === 1) : num(ins.value);
  switch (ins.op) {
    case LT:
      return `${x} < ${c}`;
    case LE:
      return `${x} <= ${c}`;
    case GT:
      return `${x} > ${c}`;
    case GE:
      return `${x} >= ${c}`;
    case EQ:
      return `${x} === ${c}`;
    case NE:
      return `${x} !== ${c}`;
    case MASK: {
      const mask = ins.mask!;
      if (mask.length <= 30) {
        let bits = 0;
        for (let k = 0; k < mask.length; k++) if (mask[k] === 1) bits |= 1 << k;
        return `((${bits} >>> ${x}) & 1) === 1`;
      }
      const ks = [...mask.keys()].filter((k) => mask[k] === 1);
      return `(${ks.map((k) => `${x} === ${k}`).join(' || ')})`;
    }
  }
  const inline = ins.inline;
  if (ins.op === CALL && inline !== undefined) {
    const lit = (v: number | string) => (typeof v === 'string' ? str(v) : num(v));
    if (inline.op === '!=') return `${x} !== ${lit(inline.values[0]!)}`;
    return `(${inline.values.map((v) => `${x} === ${lit(v)}`).join(' || ')})`;
  }
  calls.push(ins.call);
  // As in the interpreter, a hand-written condition fails only when it returns false.
  return `C[${calls.length - 1}](facts) !== false`;
}

/** The source of the run function's body and the closures it calls. */
function runSource<F>(
  compiled: readonly CompiledRule<F>[],
  names: readonly string[],
  specs: readonly FactSpec[],
): { body: string; calls: unknown[] } {
  const calls: unknown[] = [];
  let body = 'if (typeof facts !== "object" || facts === null) return -1;\n';
  names.forEach((name, i) => {
    body += loadFact(specs[i]!, name, i);
  });
  body += 'let n = 0;\n';
  compiled.forEach((r, k) => {
    const parts = r.code.map((ins) => condition(ins, specs, calls));
    // Branch-free: the hit is written always and counted when it holds (`&`/`|` of booleans is
    // 0 or 1), since whether a rule fires is unpredictable from one application to the next.
    const test =
      parts.length === 0
        ? String(r.any ? 0 : 1)
        : parts.length === 1
          ? `+(${parts[0]})`
          : parts.map((p) => `(${p})`).join(r.any ? ' | ' : ' & ');
    body += `hits[n] = ${k};\nn += ${test};\n`;
  });
  return { body: `${body}return n;\n`, calls };
}

// Rules per generated trace chunk: one function for a whole large set (the invoice engine's
// 131 rules over 95 facts: 55 kB of source) was optimised poorly, ten times slower per step.
const TRACE_CHUNK = 16;

/** The source of the trace function: steps as object literals of two shapes, in chunks. */
function traceSource<F, E>(rules: readonly Rule<F, E>[]): string {
  const key = (k: string) => (k === '__proto__' ? `[${str(k)}]` : str(k));
  const chunks: string[] = [];
  for (let from = 0; from < rules.length; from += TRACE_CHUNK) {
    let body = '';
    rules.slice(from, from + TRACE_CHUNK).forEach((rule, j) => {
      const k = from + j;
      const inputs = `{ ${rule.reads.map((n) => `${key(n)}: ${get(n)}`).join(', ')} }`;
      const head = `id: ${str(rule.id)}, kind: "rule", title: T[${k}]`;
      body +=
        `if (p < count && hits[p] === ${k}) {\n  p++;\n` +
        `  out[${k}] = { ${head}, fired: true, inputs: ${inputs}, result: E[${k}], basis: B[${k}], at: asOf };\n` +
        `} else out[${k}] = { ${head}, fired: false, inputs: ${inputs}, basis: B[${k}], at: asOf };\n`;
    });
    chunks.push(`function t${chunks.length}(facts, hits, count, asOf, out, p) {\n${body}return p;\n}\n`);
  }
  const calls = chunks.map((_, c) => `p = t${c}(facts, hits, count, asOf, out, p);\n`).join('');
  // One step per rule, at its index: the array is allocated at its final length (pushing 131
  // steps one by one reallocated and copied it five times).
  return `${chunks.join('')}return function trace(facts, hits, count, asOf) {\nconst out = new Array(${rules.length});\nlet p = 0;\n${calls}return out;\n};`;
}

/**
 * Runs a new trace function once with every rule fired and once with none, on a facts object of
 * nulls (the result is dropped). Each rule has two branches (fired, not fired); a branch never
 * taken yet has no type feedback, so the optimised code V8 builds after the first evaluations
 * would bail out the first time a rarely firing rule fires, and be rebuilt, again and again over
 * the first traced evaluations (on the 131-rule bench set the first few thousand cost 10–20 times
 * the steady state, more on a loaded machine, where the optimising compiler's thread waits for a
 * core). With both branches seen up front, those bail-outs do not happen.
 */
function prime<F>(trace: TraceFn<F>, rules: number, names: readonly string[]): void {
  const facts = Object.fromEntries(names.map((n) => [n, null])) as F;
  const all = new Int32Array(rules);
  for (let k = 0; k < rules; k++) all[k] = k;
  trace(facts, all, rules, '0000-01-01');
  trace(facts, all, 0, '0000-01-01');
}

/**
 * Generates the run and trace functions of the rules in force (`compiled[k]` is the compiled
 * form of `rules[k]`), or returns undefined where `new Function` is unavailable.
 * @example
 * const gen = generate(rules, rules.map((r, i) => compileRule(r, layout, `rules.${i}`)), layout.names, layout.specs);
 * const count = gen?.run(facts, hits); // hits[0..count) are the indexes of the rules that hold
 */
export function generate<F, E>(
  rules: readonly Rule<F, E>[],
  compiled: readonly CompiledRule<F>[],
  names: readonly string[],
  specs: readonly FactSpec[],
): Generated<F> | undefined {
  const { body, calls } = runSource(compiled, names, specs);
  const run = compileSource(['C'], `return function run(facts, hits) {\n${body}};`, [calls]);
  if (run === undefined) return undefined;
  const titles = rules.map((r) => r.title);
  const effects = rules.map((r) => r.effect as JsonValue);
  const bases = rules.map((r) => r.basis);
  const trace = compileSource(['T', 'E', 'B'], traceSource(rules), [titles, effects, bases]);
  if (trace === undefined) return undefined;
  prime(trace as TraceFn<F>, rules.length, names);
  return { run: run as RunFn<F>, trace: trace as TraceFn<F> };
}
