// Runs the examples of packages/core/README.md so that the README cannot drift from the code.
//
// Every fenced block preceded by `<!-- readme-example: <name> -->` is transpiled (TypeScript →
// CommonJS) and executed with `@gd-ftz/core`, `@gd-ftz/core/arbitraries` and `fast-check` resolved
// to this package's sources. Three things must agree for each block:
//   1. what its `console.log` calls print,
//   2. the `// → …` annotation the README shows after each of those calls,
//   3. the values below, worked out by hand from the law and arithmetic (see the comments).
import { readFileSync } from 'node:fs';
import * as fcModule from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as arbitraries from '../src/arbitraries';
import * as core from '../src/index';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** name → TypeScript source of every marked block. */
function markedBlocks(markdown: string): Map<string, string> {
  const blocks = new Map<string, string>();
  const pattern = /<!-- readme-example: ([a-z-]+) -->\n```ts\n([\s\S]*?)\n```/g;
  for (const m of markdown.matchAll(pattern)) blocks.set(m[1] as string, m[2] as string);
  return blocks;
}

const MODULES: Record<string, unknown> = {
  '@gd-ftz/core': core,
  '@gd-ftz/core/arbitraries': arbitraries,
  'fast-check': { ...fcModule, __esModule: true },
};

/** Transpiles and runs one block; returns the lines its console.log calls printed. */
function run(source: string): string[] {
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
    },
  });
  const printed: string[] = [];
  const fakeConsole = { log: (...args: unknown[]) => printed.push(args.map(String).join(' ')) };
  const fakeRequire = (id: string): unknown => {
    if (!(id in MODULES)) throw new Error(`README example imports an unexpected module: ${id}`);
    return MODULES[id];
  };
  const exportsObject = {};
  const body = new Function('require', 'exports', 'console', outputText);
  body(fakeRequire, exportsObject, fakeConsole);
  return printed;
}

/** The `// → text` annotations of a block, in order. */
function annotations(source: string): string[] {
  return [...source.matchAll(/\/\/ → (.*)$/gm)].map((m) => (m[1] as string).trimEnd());
}

/** Hand-derived output of each marked block, in print order. */
const EXPECTED: Record<string, string[]> = {
  'quick-start': [
    // Dated parameter: the 1992 law's 千分之二 applies until 2001-04-30, the 2001 law's 万分之五 after.
    '0.002',
    '0.0005',
    // Days late: 2024-03-15 → 2024-06-23 = 16 (rest of March) + 30 + 31 + 23 = 100.
    // Late fee: 4,000,000.00 × 0.0005 × 100 = 2,000 × 100 = 200,000.00.
    '100 0.05% 200000.00',
    // Half-up: 2.345 → 2.35 (the tie goes away from zero); half-even: → 2.34 (4 is even).
    '2.35 2.34',
    // 3,000,000 × 4,000,000 / 4,200,000 = 2,857,142.857… → 2,857,142.85 + the one leftover fen
    // (largest remainder, 0.714 fen vs 0.286 fen) = 2,857,142.86; 3,000,000 / 21 = 142,857.142… →
    // 142,857.14. Sum: 3,000,000.00 exactly.
    '2857142.86 142857.14',
    // 2024-09-25 + 10 days = 2024-10-05, inside 国庆节 (10-01..10-07 off): next working day 10-08.
    '国庆节 2024-10-08',
    // 2024-09-27 (Fri): 1st working day 09-29 (make-up Sunday), 2nd 09-30, then 10-01..10-07 off,
    // 3rd 10-08.
    '2024-10-08',
    // 2025-01-31 + 15 days = 2025-02-15 (Sat), 02-16 Sun off → 02-17 (Mon).
    // Tax variant (细则 第一百零九条): 02-01..02-04 are 4 consecutive days off of 春节 inside the
    // period → +4 days: 02-19 (Wed), a working day.
    '2025-02-17 2025-02-19',
  ],
  money: [
    // 100,000.00 × 0.35% × 73 ÷ 365 = 350 × 0.2 = 70.00.
    '70.00',
    // 0.05 = 5 fen over 3 equal parts: 1 fen each, 2 fen left go to parts 1 and 2 (ties: earlier
    // first) → 0.02, 0.02, 0.01.
    '0.02 0.02 0.01',
    // Money.of(0.1) from plain JavaScript: a JS number is refused, naming the field.
    'GDFTZ_VALIDATION amount',
  ],
  params: [
    // 实施细则 第七十八条: within 10 days of discovery, in force since 2002-10-15.
    '10',
    // Before the first entry (2002-10-15): no value in force.
    'false GDFTZ_PARAMETER_NOT_IN_FORCE',
    // The entry in force on 2024-09-25 is the only one, open-ended.
    '第七十八条 2002-10-15 null',
    // 2024-09-25 + 10 = 10-05. Days off inside 09-26..10-05: 09-28 (1 day, Sunday 09-29 is a
    // make-up working day) and 10-01..10-05 (5 days, ≥ 3) → +5 = 10-10 (Thu), a working day.
    '2024-10-10',
  ],
  calendar: [
    // 2025-02-08 is a Saturday that is a make-up working day of 春节 2025.
    'true makeUpWorkday',
    // From 2024-09-27 (excluded) to 2024-10-08: working days 09-29 (make-up Sunday), 09-30, 10-08.
    '3',
    // 民法典 第二百零二条: January 31 + 1 month, February 2024 has no 31st → its last day, the 29th
    // (2024 = 4 × 506, a leap year). 2025-01-28: 2025-01-01 was a Wednesday, + 27 days → Tuesday.
    '2024-02-29 2025年1月28日 星期二',
    // 2027 is not in the built-in data (2019–2026 notices): an error, never a guess. Coverage starts
    // 2018-12-29, the first day the 2019 notice (国办发明电〔2018〕15号) lists.
    'GDFTZ_CALENDAR_RANGE 2018-12-29 2026-12-31',
    // With a 2027 year added, coverage ends 2027-12-31, and 2027-01-01 (a Friday) is listed off;
    // the default calendar still ends 2026-12-31.
    '2027-12-31 false 2026-12-31',
  ],
  ids: [
    // USCC 91350200776049653: Σ value × weight (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24,
    //   10, 30, 28) = 9 + 3 + 27 + 135 + 0 + 52 + 0 + 0 + 140 + 203 + 150 + 0 + 32 + 216 + 60 + 150
    //   + 84 = 1261; 1261 mod 31 = 21; 31 − 21 = 10 → 'A'.
    // Resident ID 11010519491231002: Σ digit × weight (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5,
    //   8, 4, 2) = 167; 167 mod 11 = 2 → '10X98765432'[2] = 'X'.
    // IMO 907472: 9·7 + 0·6 + 7·5 + 4·4 + 7·3 + 2·2 = 139 → check digit 9.
    'true true true',
    'check digit is 8, expected 9',
    // 957472: 9·7 + 5·6 + 7·5 + 4·4 + 7·3 + 2·2 = 169 → 9 as well (6 × 5 = 30 ≡ 0 mod 10).
    'true',
  ],
  random: [
    // Sub-streams are derived from (seed, name), never from a position: extra draws elsewhere
    // cannot change them.
    'true',
    'seed:42/services',
  ],
  sim: [
    // Arrives Mon 2024-09-30 17:30 (after closing), 10-01..10-07 are 国庆节: served from Tue
    // 2024-10-08 09:00. Wait = 8 × 1440 + 540 − 1050 = 11,010 min; done at 12,060 + 20 = 12,080.
    '2024-10-08 540 11010',
    '12080',
  ],
  rules: [
    // {M, 1}: R-1 (violations ≥ 3) and R-2 (grade A/B) both fail → no decision under `first`.
    'undefined R-1=false R-2=false',
    // {A, 4}: both fire; `first` takes R-1's effect.
    'refer R-1,R-2',
    // {A, 1}: R-1 is blocked by violations12m = 1; the nearest value that fires it is 3.
    'blocked {"violations12m":3} true',
    // Two evaluations recorded: each rule evaluated twice, fired once (on {A, 4}).
    'R-1 1/2 R-2 1/2',
    // Rows low ≤ 59, mid 61–80, high ≥ 80 over 0–100: gap at 60, mid and high overlap at 80.
    'gaps 60 overlaps mid&high@80',
  ],
  machine: [
    // A submitted application cannot be decided: only `accept` is in its row of the table.
    'not-allowed accept',
    // 2024-10-01 is 国庆节, not a working day: the machine-wide guard blocks it.
    'blocked day-off',
    // Accepted on 10-08; a decision dated 10-01 would run time backwards.
    'time runs forward: 2024-10-01 is before 2024-10-08',
    // granted: false → refused, a final state; the steps cite 第三十二条 (accept) and 第三十四条 (decide).
    'refused true 第三十二条,第三十四条',
  ],
  audit: [
    '{"ok":true}',
    // Record 1's data changed: its content no longer matches its hash.
    'false 1 hash',
    // Last record dropped, checked against the head kept elsewhere (seq 2): truncated at 2.
    'false 2 truncated',
  ],
  contracts: [
    // kpiChange: 2 − 40 = −38; −38 / 40 × 100 = −95.0 %; lower is better and it fell → improved.
    '500 {"absolute":"-38","relativePercent":"-95.0","improved":true}',
    'approval-minutes,Approval time,min,40,2,-38,-95.0,lower,true,model,applicant-time',
    // population 5 is below its minimum 10.
    'GDFTZ_VALIDATION population',
    // MEASURES holds all 20 measures; measure 7's slug.
    '20 invoice-type-approval',
  ],
  arbitraries: ['allocate conserves every fen'],
};

const blocks = markedBlocks(README);

describe('README examples', () => {
  it('marks exactly the examples this test knows', () => {
    expect([...blocks.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    describe(name, () => {
      it('prints the hand-derived values', () => {
        const source = blocks.get(name);
        expect(source, `README block ${name}`).toBeDefined();
        expect(run(source as string)).toEqual(expected);
      });

      it('shows exactly those values in its // → annotations', () => {
        expect(annotations(blocks.get(name) ?? '')).toEqual(expected);
      });
    });
  }
});
