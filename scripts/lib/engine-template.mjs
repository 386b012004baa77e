// The files of a new engine package on the engine kit, as pure functions of the generator's
// options (no file system, no process): scripts/new-engine.mjs writes them, scripts/test checks them.
// The template follows packages/overpayment-refund: flat files named by concept, one law.ts, a thin
// measure.ts, simulation and report internals kept out of src/index.ts.

/** `demo-check` → `demoCheck`. */
export const camelOf = (slug) => slug.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
/** `demo-check` → `DemoCheck`. */
export const pascalOf = (slug) => {
  const c = camelOf(slug);
  return c.charAt(0).toUpperCase() + c.slice(1);
};

/** A kebab-case slug (`overpayment-refund`). */
export const SLUG_RE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * Parses the generator's arguments: `<slug> [--id N] [--workflow] [--no-install]`.
 * Returns { slug, id, workflow, install } or { error }.
 */
export function parseArgs(argv) {
  const args = argv.filter((a) => a !== '--');
  const out = { slug: undefined, id: undefined, workflow: false, install: true };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--workflow') out.workflow = true;
    else if (a === '--no-install') out.install = false;
    else if (a === '--id') {
      const n = Number(args[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 20)
        return { error: '--id must be a measure number from 1 to 20' };
      out.id = n;
    } else if (a.startsWith('-')) return { error: `unknown option ${a}` };
    else if (out.slug === undefined) out.slug = a;
    else return { error: `unexpected argument ${a}` };
  }
  if (!out.slug || !SLUG_RE.test(out.slug)) return { error: 'the slug must be kebab-case' };
  return out;
}

/** The manifest: exports with the source condition, the engine marker, deps, scripts. */
function packageJson(o) {
  return `${JSON.stringify(
    {
      name: `@gd-ftz/${o.slug}`,
      version: '0.0.0',
      description: `Simulation engine of measure ${o.id} of 粤府函〔2023〕59号 (Guangdong FTZ, 8th batch).`,
      // measure null: the slug is not the catalog's slug of a measure, so the package is checked
      // (conformance) but not registered in @gd-ftz/engines until it becomes one.
      'gd-ftz': { engine: true, measure: o.inCatalog ? o.id : null },
      license: 'MIT',
      type: 'module',
      sideEffects: false,
      engines: { node: '>=20' },
      keywords: ['rules-as-code', 'simulation', 'guangdong-ftz'],
      repository: {
        type: 'git',
        url: 'git+https://github.com/gd-ftz/gd-ftz.git',
        directory: `packages/${o.slug}`,
      },
      exports: {
        '.': {
          '@gd-ftz/source': './src/index.ts',
          import: { types: './dist/index.d.ts', default: './dist/index.js' },
          require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
        },
        './arbitraries': {
          '@gd-ftz/source': './src/arbitraries.ts',
          import: { types: './dist/arbitraries.d.ts', default: './dist/arbitraries.js' },
          require: { types: './dist/arbitraries.d.cts', default: './dist/arbitraries.cjs' },
        },
        './package.json': './package.json',
      },
      main: './dist/index.cjs',
      module: './dist/index.js',
      types: './dist/index.d.cts',
      files: ['dist', 'src', 'README.md'],
      scripts: {
        build: 'tsup',
        test: 'vitest run',
        lint: 'biome ci --colors=off .',
        typecheck: 'tsc -p tsconfig.json',
        bench: 'vitest bench --run',
      },
      dependencies: { '@gd-ftz/core': 'workspace:^', '@gd-ftz/statutes': 'workspace:^' },
      peerDependencies: { 'fast-check': '^4.0.0' },
      peerDependenciesMeta: { 'fast-check': { optional: true } },
      devDependencies: {
        'fast-check': o.versions['fast-check'],
        tsup: o.versions.tsup,
        typescript: o.versions.typescript,
        vitest: o.versions.vitest,
      },
    },
    null,
    2,
  )}\n`;
}

const md = (s) => String(s).replace(/\|/g, '\\|');

/**
 * Every file of the package, by path relative to packages/<slug> (the changeset by a path into
 * the repository's .changeset). `o`: { slug, id, inCatalog, workflow, info: { title, summary },
 * seedText, versions: { 'fast-check', tsup, typescript, vitest } }.
 * @example
 * Object.keys(engineFiles({ slug: 'demo', id: 1, inCatalog: false, workflow: false, info, seedText, versions }))
 */
export function engineFiles(o) {
  const { slug, id, workflow } = o;
  const camel = camelOf(slug);
  const Pascal = pascalOf(slug);
  const P = `${Pascal}Params`;
  const files = {
    'package.json': packageJson(o),
    'tsconfig.json': `{
  "extends": "../../tsconfig.base.json",
  "compilerOptions": { "types": ["node"] },
  "include": ["src", "test", "bench", "*.config.ts"]
}
`,
    'tsup.config.ts': `import { packageBuild } from '../../tooling/tsup.ts';

export default packageBuild(['src/index.ts', 'src/arbitraries.ts']);
`,
    'vitest.config.ts': `import { packageProject } from '../../tooling/vitest.ts';

export default packageProject(import.meta.url);
`,
    'src/index.ts': indexTs(o, P),
    'src/model.ts': modelTs(o),
    'src/law.ts': lawTs(o, camel),
    'src/params.ts': paramsTs(o, P),
    'src/deadline.ts': deadlineTs(),
    'src/simulate.ts': simulateTs(o, P),
    'src/report.ts': reportTs(P),
    'src/samples.ts': samplesTs(),
    'src/arbitraries.ts': arbitrariesTs(o, P),
    'src/measure.ts': measureTs(o),
    'test/measure.test.ts': measureTestTs(o),
    'test/deadline.test.ts': deadlineTestTs(),
    [`bench/${slug}.bench.ts`]: benchTs(o),
    'README.md': readme(o),
    [`../../.changeset/${slug}-initial.md`]: `---
"@gd-ftz/${slug}": minor
---

Create @gd-ftz/${slug}, the engine of measure ${id} of 粤府函〔2023〕59号, from the engine kit template (\`pnpm new:engine\`).
`,
  };
  if (workflow) {
    files['src/process.ts'] = processTs(o);
    files['test/process.test.ts'] = processTestTs();
  }
  return files;
}

function indexTs(o, P) {
  const process = o.workflow
    ? `export type {
  ApplicationContext,
  ApplicationEvent,
  ApplicationProcess,
  ApplicationState,
} from './process';
export { applicationMachine } from './process';
`
    : '';
  return `// Public surface of @gd-ftz/${o.slug}: named re-exports only. The measure, the domain functions a
// developer calls case by case, the law, and the types; simulation and report internals stay inside.
export { decisionDeadline } from './deadline';
export { CITES, DECISION_WORKING_DAYS, PROMISED_WORKING_DAYS, SUPPLEMENT_ROUND } from './law';
export { measure } from './measure';
export type { Application, Handling } from './model';
export type { ${P} } from './params';
${process}`;
}

function modelTs() {
  return `// The domain of the measure: one application to an office, and how it was handled in each variant.
// Template: replace with the measure's own objects (a return, a permit, a vessel, a lot …).
import type { CivilDate, Variant } from '@gd-ftz/core';

/** One application as the office receives it; the same draws serve both variants. */
export interface Application {
  readonly id: string;
  /** The working day it arrives. */
  readonly receivedOn: CivilDate;
  /** Whether the file is complete at first submission (else one supplement round). */
  readonly complete: boolean;
  /** Officer minutes to review the complete file. */
  readonly reviewMinutes: number;
}

/** How one application was handled in one variant. */
export interface Handling {
  readonly application: Application;
  readonly variant: Variant;
  /** The day the office asked for the missing items, when the file was incomplete. */
  readonly supplementRequestedOn?: CivilDate;
  /** The day the applicant's supplement arrived, when one was needed. */
  readonly supplementedOn?: CivilDate;
  /** The day the decision period started (receipt of the complete file). */
  readonly acceptedOn: CivilDate;
  readonly decidedOn: CivilDate;
  /** Calendar days from first receipt to decision. */
  readonly days: number;
  /** Trips to the service counter. */
  readonly counterVisits: number;
  readonly officerMinutes: number;
}
`;
}

function lawTs(o, camel) {
  return `// The law of measure ${o.id}: the shared articles from @gd-ftz/statutes, this measure's own texts,
// and every legal number as a dated, cited parameter declared once. Values no published text fixes
// are marked as assumptions with their reason. Template: replace the placeholders with the
// measure's real documents (its notice, the department's rules) and their articles.
import { assumption, type Citation, defineParameter, type LegalBasis } from '@gd-ftz/core';
import { administrativeLicensing, seedItem } from '@gd-ftz/statutes';

/**
 * The citations of measure ${o.id}, by what they establish: shared articles from @gd-ftz/statutes
 * and the seed's entry for the measure.
 * @example
 * CITES.decisionPeriod.article // '第四十二条'
 */
export const CITES = {
  decisionPeriod: administrativeLicensing.articles.art42,
  incompleteness: administrativeLicensing.articles.art32item4,
  seed: seedItem(${o.id}),
} as const satisfies Record<string, Citation>;

/**
 * Working days to decide after accepting a complete application (行政许可法 第四十二条: 二十日;
 * 第八十二条: 以工作日计算), from @gd-ftz/statutes.
 * @example
 * integerAt(DECISION_WORKING_DAYS, '2024-06-30') // 20
 */
export const DECISION_WORKING_DAYS = administrativeLicensing.params.decisionWorkingDays;

/**
 * Working days the office promises after the reform, from the day the seed notice took effect.
 * Template value: the seed does not state it, so it is marked an assumption; cite the measure's
 * own notice here once its number is known.
 * @example
 * integerAt(PROMISED_WORKING_DAYS, '2024-06-30') // 5
 */
export const PROMISED_WORKING_DAYS = defineParameter({
  name: '${camel}.promisedWorkingDays',
  label: { zh: '改革后承诺办结时限', en: 'Promised decision period after the reform' },
  unit: { zh: '个工作日', en: 'working days' },
  kind: 'integer',
  entries: [{ from: '2023-05-20', value: '5', source: CITES.seed }],
  assumption: {
    zh: '粤府函〔2023〕59号未写明承诺时限；5个工作日为模板占位值，应以本事项的实施文件为准',
    en: 'The seed notice states no promised period; 5 working days is a template placeholder until the measure’s own implementing notice is cited',
  },
});

/**
 * A modelling assumption with its reason: an incomplete file is put right in one supplement round.
 * @example
 * SUPPLEMENT_ROUND.kind // 'assumption'
 */
export const SUPPLEMENT_ROUND: LegalBasis = assumption(
  {
    zh: '假设：一次告知后申请人一次补正即齐全（第三十二条要求一次告知全部补正内容）',
    en: 'Assumption: after the one-time notice the applicant completes the file in one round (art. 32 requires every missing item in one notice)',
  },
  CITES.incompleteness,
);
`;
}

function paramsTs(o, P) {
  return `import { defineParams, type ParamsOf } from '@gd-ftz/core';

/**
 * The scenario parameters of measure ${o.id}, with defaults and ranges: the demo app and the CLI
 * draw their forms from this schema. Modelling assumptions carry \`assumption: true\`, a \`help\`
 * text with the reason and, where a KPI's sensitivity is shown, a \`plausible\` range; the legal
 * numbers live in law.ts as dated, cited parameters.
 * @example
 * PARAMS.incompleteShare.default // 0.3
 */
export const PARAMS = defineParams({
  applications: {
    kind: 'integer',
    label: { zh: '申请件数', en: 'Applications' },
    help: { zh: '一年内按工作日均匀到达', en: 'Arriving evenly over the working days of a year' },
    unit: { zh: '件', en: 'applications' },
    default: 1000,
    min: 10,
    max: 100_000,
  },
  incompleteShare: {
    kind: 'number',
    label: { zh: '首次提交材料不齐的比例', en: 'Share incomplete at first submission' },
    help: { zh: '假设：无公开统计', en: 'Assumption: no published statistics' },
    unit: { zh: '比例', en: 'share' },
    default: 0.3,
    min: 0,
    max: 1,
    step: 0.05,
    assumption: true,
    plausible: { low: 0.1, high: 0.5 },
  },
  supplementWorkingDays: {
    kind: 'integer',
    label: { zh: '申请人补正所需工作日', en: 'Working days an applicant takes to supplement' },
    help: { zh: '假设：无公开统计', en: 'Assumption: no published statistics' },
    unit: { zh: '个工作日', en: 'working days' },
    default: 5,
    min: 1,
    max: 60,
    assumption: true,
  },
});

/** Parsed scenario parameters. */
export type ${P} = ParamsOf<typeof PARAMS>;
`;
}

function deadlineTs() {
  return `// The decision period of one application: the measure's domain function, exported and validated.
import {
  addWorkingDays,
  type CivilDate,
  integerAt,
  isCivilDate,
  ValidationError,
  type Variant,
} from '@gd-ftz/core';
import { DECISION_WORKING_DAYS, PROMISED_WORKING_DAYS } from './law';

/**
 * The last day to decide an application accepted on \`acceptedOn\`: the statutory 20 working days
 * (行政许可法 第四十二条) before the reform, the promised period after it, on the statutory
 * calendar (the day of acceptance not counted, 民法典 第二百零一条).
 * @throws ValidationError naming \`acceptedOn\` or \`variant\`; ParameterNotInForceError before a
 * period's first date; CalendarRangeError outside the calendar's years.
 * @example
 * decisionDeadline('2024-03-01', 'baseline') // '2024-03-29'
 * decisionDeadline('2024-03-01', 'reform') // '2024-03-08'
 */
export function decisionDeadline(acceptedOn: string, variant: Variant): CivilDate {
  if (!isCivilDate(acceptedOn)) {
    throw ValidationError.of('acceptedOn', 'must be a real date YYYY-MM-DD', '必须是有效日期 YYYY-MM-DD');
  }
  if (variant !== 'baseline' && variant !== 'reform') {
    throw ValidationError.of('variant', "must be 'baseline' or 'reform'", "必须是 'baseline' 或 'reform'");
  }
  const period = variant === 'baseline' ? DECISION_WORKING_DAYS : PROMISED_WORKING_DAYS;
  return addWorkingDays(acceptedOn, integerAt(period, acceptedOn));
}
`;
}

function simulateTs(o, P) {
  return `// One run of measure ${o.id}: a synthetic population drawn once from a named sub-stream of the
// seed, handled the old way (baseline) and the reform way on the same draws. Internal: not exported
// from src/index.ts. Template: replace the handling with the measure's real process.
import {
  addWorkingDays,
  type CivilDate,
  civilDate,
  daysBetween,
  type EventLog,
  integerAt,
  RandomStream,
  type Variant,
} from '@gd-ftz/core';
import { administrativeLicensing } from '@gd-ftz/statutes';
import { decisionDeadline } from './deadline';
import type { Application, Handling } from './model';
import type { ${P} } from './params';

/** The result of a run: every application's handling in each variant. */
export interface BatchResult {
  readonly applications: readonly Application[];
  readonly baseline: readonly Handling[];
  readonly reform: readonly Handling[];
}

/** What a run reports to, both optional. */
export interface RunHooks {
  readonly onProgress?: ((fraction: number) => void) | undefined;
  readonly eventLog?: EventLog | undefined;
}

/** The activities of this engine's event log, registered once per log. */
const ACTIVITIES = {
  receive: { zh: '收到申请', en: 'Application received' },
  'request-supplement': { zh: '一次告知补正', en: 'Supplement requested' },
  supplement: { zh: '申请人补正材料', en: 'Supplement received' },
  decide: { zh: '作出决定', en: 'Decision made' },
} as const;

/** The first working day of the simulated year. */
const YEAR_START = civilDate('2024-01-02');
const WORKING_DAYS_PER_YEAR = 240;

/** The working days of the simulated year, computed once per run. */
function workingDays(): CivilDate[] {
  const days = [YEAR_START];
  for (let i = 1; i < WORKING_DAYS_PER_YEAR; i++) days.push(addWorkingDays(days[i - 1] as CivilDate, 1));
  return days;
}

/** The synthetic applications: every draw from the \`applications\` sub-stream, in one pass. */
function population(params: ${P}, seed: number): Application[] {
  const rng = RandomStream.fromSeed(seed).substream('applications');
  const days = workingDays();
  const out: Application[] = [];
  for (let i = 0; i < params.applications; i++) {
    out.push({
      id: \`A\${String(i + 1).padStart(6, '0')}\`,
      receivedOn: days[i % days.length] as CivilDate,
      complete: !rng.bernoulli(params.incompleteShare),
      // Assumption of the template: review minutes triangular on [20, 40, 90].
      reviewMinutes: Math.round(rng.triangular(20, 40, 90)),
    });
  }
  return out;
}

/**
 * Baseline: the applicant comes to the counter; an incomplete file is noticed within the statutory
 * notice period (第三十二条: 五日内一次告知) and brought back in person. Reform: an online pre-check
 * flags the gaps at once, the file is completed online, and the promised period applies.
 */
function handle(a: Application, variant: Variant, params: ${P}): Handling {
  const noticeDays = integerAt(administrativeLicensing.params.incompletenessNoticeWorkingDays, a.receivedOn);
  let supplementRequestedOn: CivilDate | undefined;
  let supplementedOn: CivilDate | undefined;
  if (!a.complete) {
    supplementRequestedOn = variant === 'baseline' ? addWorkingDays(a.receivedOn, noticeDays) : a.receivedOn;
    supplementedOn = addWorkingDays(supplementRequestedOn, params.supplementWorkingDays);
  }
  const acceptedOn = supplementedOn ?? a.receivedOn;
  // The template decides on the last day of the period; a real engine draws the office's pace.
  const decidedOn = decisionDeadline(acceptedOn, variant);
  const recheck = variant === 'baseline' && !a.complete ? Math.round(a.reviewMinutes / 2) : 0;
  return {
    application: a,
    variant,
    ...(supplementRequestedOn === undefined ? {} : { supplementRequestedOn }),
    ...(supplementedOn === undefined ? {} : { supplementedOn }),
    acceptedOn,
    decidedOn,
    days: daysBetween(a.receivedOn, decidedOn),
    counterVisits: variant === 'baseline' ? (a.complete ? 1 : 2) : 0,
    officerMinutes: a.reviewMinutes + recheck,
  };
}

/** Records one handling in the event log (called only when a log was given). */
function logHandling(log: EventLog, h: Handling): void {
  const a = h.application;
  const rec = log.startCase(h.variant, a.id, 'application', { attributes: { complete: a.complete } });
  const channel = h.variant === 'baseline' ? 'counter' : 'online';
  rec.event('receive', a.receivedOn, { resource: channel });
  if (h.supplementRequestedOn !== undefined && h.supplementedOn !== undefined) {
    rec.event('request-supplement', h.supplementRequestedOn, {
      resource: h.variant === 'baseline' ? 'officer' : 'system',
    });
    rec.event('supplement', h.supplementedOn, { resource: channel });
  }
  rec.event('decide', h.decidedOn, { resource: 'officer' });
}

/**
 * Runs baseline and reform on the same synthetic population.
 * @example
 * runBatch({ applications: 100, incompleteShare: 0.3, supplementWorkingDays: 5 }, 42).baseline.length // 100
 */
export function runBatch(params: ${P}, seed: number, hooks: RunHooks = {}): BatchResult {
  const applications = population(params, seed);
  const log = hooks.eventLog;
  if (log) log.defineActivities(ACTIVITIES);
  const run = (variant: Variant) =>
    applications.map((a) => {
      const h = handle(a, variant, params);
      if (log) logHandling(log, h);
      return h;
    });
  const baseline = run('baseline');
  hooks.onProgress?.(0.5);
  const reform = run('reform');
  return { applications, baseline, reform };
}
`;
}

function reportTs(P) {
  return `// The KPIs of a run, baseline against reform, each with its origin (where the effect comes from)
// and category. Internal: not exported from src/index.ts.
import {
  type Kpi,
  type KpiInput,
  kpi,
  meanStat,
  medianStat,
  quantileStat,
  ratioStat,
  sensitivityOf,
  UNITS,
} from '@gd-ftz/core';
import type { Handling } from './model';
import { PARAMS, type ${P} } from './params';
import { type BatchResult, runBatch } from './simulate';

type Fields = Omit<KpiInput, 'baseline' | 'reform'>;

const ONE = { digits: 1, empty: 0 } as const;
const TWO = { digits: 2, empty: 0 } as const;

/** Counter visits per application, two decimals. */
function visitsOf(hs: readonly Handling[]): string {
  return ratioStat(
    hs.reduce((n, h) => n + h.counterVisits, 0),
    hs.length,
    TWO,
  );
}

/**
 * The KPIs of a run. The counter visits are driven mainly by an assumption (the share of
 * incomplete files), so they carry their sensitivity to it: a re-run at its plausible low and high.
 * @example
 * kpisOf(runBatch(params, 42), params, 42).map((k) => k.id) // ['days-median', 'days-p90', 'counter-visits', 'officer-minutes']
 */
export function kpisOf(r: BatchResult, params: ${P}, seed: number): Kpi[] {
  const k = (fields: Fields, of: (hs: readonly Handling[]) => string) =>
    kpi({ ...fields, baseline: of(r.baseline), reform: of(r.reform) });
  const days = (hs: readonly Handling[]) => hs.map((h) => h.days);
  return [
    k(
      {
        id: 'days-median',
        label: { zh: '收件至决定天数（中位数）', en: 'Days from receipt to decision (median)' },
        unit: UNITS.days,
        better: 'lower',
        origin: 'model',
        category: 'applicant-time',
      },
      (hs) => medianStat(days(hs), ONE),
    ),
    k(
      {
        id: 'days-p90',
        label: { zh: '收件至决定天数（90分位）', en: 'Days from receipt to decision (p90)' },
        unit: UNITS.days,
        better: 'lower',
        origin: 'model',
        category: 'applicant-time',
      },
      (hs) => quantileStat(days(hs), 0.9, ONE),
    ),
    k(
      {
        id: 'counter-visits',
        label: { zh: '每件申请到窗口次数', en: 'Counter visits per application' },
        unit: UNITS.perCase,
        better: 'lower',
        origin: 'assumption',
        category: 'applicant-effort',
        note: {
          zh: '改革前取决于假设参数"首次提交材料不齐的比例"（不齐者需再跑一次）；改革后全程网上办理',
          en: 'Before the reform driven by the assumed share of incomplete files (each needs a second trip); after it, everything is online',
        },
        sensitivity: sensitivityOf(PARAMS, params, 'incompleteShare', (p) => {
          const again = runBatch(p, seed);
          return { baseline: visitsOf(again.baseline), reform: visitsOf(again.reform) };
        }),
      },
      visitsOf,
    ),
    k(
      {
        id: 'officer-minutes',
        label: { zh: '每件申请审核分钟', en: 'Officer minutes per application' },
        unit: UNITS.minutes,
        better: 'lower',
        origin: 'model',
        category: 'staff-time',
      },
      (hs) => meanStat(
        hs.map((h) => h.officerMinutes),
        ONE,
      ),
    ),
  ];
}
`;
}

function samplesTs() {
  return `// One sample case per variant with its full trace: every step cites its legal basis (or is a
// marked assumption). Internal: not exported from src/index.ts.
import { cited, legalBasisAt, type SampleCase, type TraceStep } from '@gd-ftz/core';
import { CITES, DECISION_WORKING_DAYS, PROMISED_WORKING_DAYS, SUPPLEMENT_ROUND } from './law';
import type { Handling } from './model';
import type { BatchResult } from './simulate';

/** The trace steps of one handling, in time order. */
function stepsOf(h: Handling): TraceStep[] {
  const a = h.application;
  const steps: TraceStep[] = [
    {
      id: 'application.receive',
      kind: 'step',
      title: { zh: '收到申请', en: 'Application received' },
      fired: true,
      inputs: { applicationId: a.id, complete: a.complete },
      basis: h.variant === 'baseline' ? cited(CITES.incompleteness) : cited(CITES.seed),
      at: a.receivedOn,
    },
  ];
  if (h.supplementedOn !== undefined) {
    steps.push({
      id: 'application.supplement',
      kind: 'step',
      title: { zh: '补正材料', en: 'File supplemented' },
      fired: true,
      inputs: { applicationId: a.id },
      result: h.supplementedOn,
      basis: SUPPLEMENT_ROUND,
      at: h.supplementedOn,
    });
  }
  const period = h.variant === 'baseline' ? DECISION_WORKING_DAYS : PROMISED_WORKING_DAYS;
  steps.push({
    id: 'application.decide',
    kind: 'step',
    title: { zh: '作出决定', en: 'Decision made' },
    fired: true,
    inputs: { acceptedOn: h.acceptedOn },
    result: h.decidedOn,
    // The basis of the period in force on the day of acceptance (cited, or a marked assumption).
    basis: legalBasisAt(period, h.acceptedOn),
    at: h.decidedOn,
  });
  return steps;
}

function sample(h: Handling): SampleCase {
  const a = h.application;
  return {
    id: \`\${a.id}-\${h.variant}\`,
    variant: h.variant,
    title: {
      zh: \`申请 \${a.id}（\${a.complete ? '材料齐全' : '材料不齐'}）\`,
      en: \`Application \${a.id} (\${a.complete ? 'complete' : 'incomplete'})\`,
    },
    summary: {
      zh: \`\${h.days} 天后作出决定，到窗口 \${h.counterVisits} 次\`,
      en: \`decided after \${h.days} days, \${h.counterVisits} counter visit(s)\`,
    },
    trace: {
      subject: a.id,
      outcome: { zh: \`\${h.decidedOn} 作出决定\`, en: \`decided on \${h.decidedOn}\` },
      steps: stepsOf(h),
    },
  };
}

/**
 * The report's samples: the first incomplete application (the one whose path differs most), in
 * both variants.
 * @example
 * samplesOf(result).map((s) => s.variant) // ['baseline', 'reform']
 */
export function samplesOf(r: BatchResult): SampleCase[] {
  const i = Math.max(
    0,
    r.applications.findIndex((a) => !a.complete),
  );
  const pair = [r.baseline[i], r.reform[i]].filter((h): h is Handling => h !== undefined);
  return pair.map(sample);
}
`;
}

function arbitrariesTs(o, P) {
  return `// fast-check arbitraries of valid inputs of @gd-ftz/${o.slug}, for property tests that use this
// engine as an oracle. fast-check is a peer dependency.
import { paramsArbOf } from '@gd-ftz/core/arbitraries';
import type { Arbitrary } from 'fast-check';
import { PARAMS, type ${P} } from './params';

/**
 * Valid scenario parameters, derived from the schema so that the ranges never drift (small
 * populations keep properties fast).
 * @example
 * fc.sample(paramsArb, 1)[0]?.applications // 10..300
 */
export const paramsArb: Arbitrary<${P}> = paramsArbOf(PARAMS, { applications: { max: 300 } });
`;
}

function measureTs(o) {
  return `import { defineMeasure, measureInfo } from '@gd-ftz/core';
import { PARAMS } from './params';
import { kpisOf } from './report';
import { samplesOf } from './samples';
import { runBatch } from './simulate';

/**
 * The Measure descriptor of measure ${o.id}: identity from the seed catalog, the parameter schema,
 * and the simulation of the old process against the reform on the same population and seed.
 * @example
 * import { measure } from '@gd-ftz/${o.slug}';
 * const report = measure.simulate({ applications: 500 }, { seed: 42 });
 * report.kpis.find((k) => k.id === 'counter-visits')?.reform // '0.00'
 */
export const measure = defineMeasure({
  ...measureInfo(${o.id}),
  slug: '${o.slug}',
  params: PARAMS,
  run(params, { seed, onProgress, eventLog }) {
    const result = runBatch(params, seed, { onProgress, eventLog });
    return {
      kpis: kpisOf(result, params, seed),
      series: [],
      samples: samplesOf(result),
      notes: [
        {
          zh: \`模拟 \${result.applications.length} 件申请；改革前后使用同一人群与随机数。\`,
          en: \`\${result.applications.length} applications; baseline and reform share population and draws.\`,
        },
      ],
    };
  },
});
`;
}

function measureTestTs(o) {
  // The contract checks a catalogued measure's identity; a stand-in id gets its own check.
  const identity = o.inCatalog
    ? ''
    : `describe('measure ${o.id}', () => {
  it('carries its identity', () => {
    // '${o.slug}' is not a slug of the seed catalog: the identity of measure ${o.id} stands in.
    expect([measure.id, measure.slug]).toEqual([${o.id}, '${o.slug}']);
    expect(MEASURES.some((m) => m.id === measure.id)).toBe(true);
  });
});

`;
  return `// The engine contract (core's kit: determinism, golden digests, KPI and trace checks, bad input,
// the event-log contract), then what this measure's report must show.
import { ${o.inCatalog ? '' : 'MEASURES, '}ValidationError } from '@gd-ftz/core';
import { describeMeasureContract, kpiOf } from '@gd-ftz/core/testing';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { measure } from '../src/index';

const small = { applications: 200 };

// test/golden.json was written by \`pnpm new:engine\`; after an intended change of results:
// UPDATE_GOLDEN=1 pnpm --filter @gd-ftz/${o.slug} test, and commit the file.
describeMeasureContract(measure, {
  params: small,
  golden: { file: 'test/golden.json' },
  property: { params: paramsArb, numRuns: 5 },
  eventLog: {
    expectedCases: (r) => ({ baseline: Number(r.params.applications), reform: Number(r.params.applications) }),
  },
});

${identity}describe('the report', () => {
  const report = measure.simulate(small, { seed: 7 });
  const k = (id: string) => kpiOf(report, id);

  it('decides sooner and needs no counter visit after the reform', () => {
    expect(Number(k('days-median').reform)).toBeLessThan(Number(k('days-median').baseline));
    expect(k('counter-visits').reform).toBe('0.00');
    // Every baseline application needs one visit, the incomplete ones two.
    expect(Number(k('counter-visits').baseline)).toBeGreaterThanOrEqual(1);
  });

  it('shows the assumption-driven KPI with its sensitivity at the plausible ends', () => {
    // incompleteShare 0.1 and 0.5: about 1.1 and 1.5 baseline visits, none after the reform.
    const s = k('counter-visits').sensitivity;
    expect([s?.param, s?.low.value, s?.high.value, s?.low.reform]).toEqual(['incompleteShare', 0.1, 0.5, '0.00']);
    expect(Number(s?.low.baseline)).toBeLessThan(Number(s?.high.baseline));
  });
});

describe('bad input', () => {
  it('rejects a share outside [0, 1] naming the field, and does not change the input', () => {
    const input = Object.freeze({ applications: 200, incompleteShare: 1.5 });
    let error: unknown;
    try {
      measure.simulateUnknown(input, { seed: 1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).paths).toEqual(['incompleteShare']);
    expect(input).toEqual({ applications: 200, incompleteShare: 1.5 });
  });
});
`;
}

function deadlineTestTs() {
  return `// The domain function: worked examples from the law and the calendar, a property, bad input.
import { type CivilDate, fromEpochDay, toEpochDay, ValidationError } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decisionDeadline } from '../src/index';

const day2024 = fc
  .integer({ min: toEpochDay('2024-01-01'), max: toEpochDay('2024-12-31') })
  .map((d) => fromEpochDay(d) as CivilDate);

describe('decisionDeadline', () => {
  it('worked example: 20 working days after Friday 2024-03-01 end on 2024-03-29', () => {
    // 行政许可法 第四十二条: 二十日, in working days (第八十二条); the day of acceptance does not
    // count (民法典 第二百零一条). March 2024 has no public holiday: Mon 03-04 … Fri 03-08 = 5,
    // 03-15 = 10, 03-22 = 15, 03-29 = 20.
    expect(decisionDeadline('2024-03-01', 'baseline')).toBe('2024-03-29');
    // The promised 5 working days: 03-04 … 03-08.
    expect(decisionDeadline('2024-03-01', 'reform')).toBe('2024-03-08');
  });

  it('worked example: the 国庆节 days off do not count', () => {
    // Accepted Mon 2024-09-30; 10-01 … 10-07 are days off, Sat 10-12 a make-up working day:
    // 10-08, 10-09, 10-10, 10-11, 10-12 → the 5th working day is 2024-10-12.
    expect(decisionDeadline('2024-09-30', 'reform')).toBe('2024-10-12');
  });

  it('property: a later acceptance never has an earlier deadline, and the reform is never later', () => {
    fc.assert(
      fc.property(day2024, day2024, fc.constantFrom('baseline' as const, 'reform' as const), (a, b, v) => {
        fc.pre(a <= b);
        expect(decisionDeadline(a, v) <= decisionDeadline(b, v)).toBe(true);
        expect(decisionDeadline(a, 'reform') <= decisionDeadline(a, 'baseline')).toBe(true);
      }),
    );
  });

  it('bad input: a ValidationError naming the field', () => {
    const paths = (run: () => unknown) => {
      try {
        run();
      } catch (e) {
        return e instanceof ValidationError ? e.paths : e;
      }
      return undefined;
    };
    expect(paths(() => decisionDeadline('2024-02-30', 'baseline'))).toEqual(['acceptedOn']);
    expect(paths(() => decisionDeadline('2024-03-01', 'later' as 'reform'))).toEqual(['variant']);
  });
});
`;
}

function processTs(o) {
  return `// The life of one application as a pure state machine (core's defineMachine): received →
// supplement-requested → received (one round) → accepted → approved | refused. Every transition
// cites its legal basis; a refused event is a value, bad input a ValidationError. Callers use the
// machine itself: \`applicationMachine.start(context, at)\` checks the context against its schema and
// \`at\` against the clock, \`applicationMachine.transition(process, event)\` the event; no wrappers.
import { type CivilDate, cited, defineMachine, type MachineSnapshot, type MachineTypes, z } from '@gd-ftz/core';
import { CITES, SUPPLEMENT_ROUND } from './law';

/** Every state of an application. */
export type ApplicationState = 'received' | 'supplement-requested' | 'accepted' | 'approved' | 'refused';

/** What can happen to an application; \`at\` is the civil date it happens. */
export type ApplicationEvent =
  | { readonly type: 'request-supplement'; readonly at: CivilDate }
  | { readonly type: 'supplement'; readonly at: CivilDate }
  | { readonly type: 'accept'; readonly at: CivilDate }
  | { readonly type: 'approve'; readonly at: CivilDate }
  | { readonly type: 'refuse'; readonly at: CivilDate; readonly reason: string };

/** What an application carries besides its state. */
export interface ApplicationContext {
  readonly applicationId: string;
}

/** The immutable state of one application: a snapshot of {@link applicationMachine}. */
export type ApplicationProcess = MachineSnapshot<ApplicationState, ApplicationContext, ApplicationEvent>;

/**
 * The application process as a table: states, events and the legal basis of each transition.
 * \`start\` names a bad context field (\`context.applicationId\`) or \`at\`; \`transition\` returns the
 * next snapshot or a refusal value (wrong state, final state, time running backwards).
 * @example
 * applicationMachine.table.states.received.events // ['request-supplement', 'accept']
 * const p = applicationMachine.start({ applicationId: 'A1' }, '2024-03-01'); // p.state === 'received'
 * applicationMachine.transition(p, { type: 'accept', at: civilDate('2024-03-01') }).ok // true
 */
export const applicationMachine = defineMachine({
  id: '${o.slug}.process',
  initial: 'received',
  types: {} as MachineTypes<ApplicationContext, ApplicationEvent>,
  context: z.object({ applicationId: z.string().trim().min(1) }),
  states: {
    received: { label: { zh: '已收件', en: 'Received' } },
    'supplement-requested': { label: { zh: '一次告知补正', en: 'Supplement requested' } },
    accepted: { label: { zh: '已受理', en: 'Accepted' } },
    approved: { label: { zh: '准予许可', en: 'Approved' }, final: true },
    refused: { label: { zh: '不予许可', en: 'Refused' }, final: true },
  },
  events: {
    'request-supplement': {
      from: ['received'],
      to: 'supplement-requested',
      label: { zh: '一次告知补正', en: 'Request a supplement' },
      basis: cited(CITES.incompleteness),
    },
    supplement: {
      from: ['supplement-requested'],
      to: 'received',
      label: { zh: '补正材料', en: 'Supplement the file' },
      basis: SUPPLEMENT_ROUND,
    },
    accept: {
      from: ['received'],
      to: 'accepted',
      label: { zh: '受理', en: 'Accept' },
      basis: cited(CITES.incompleteness, CITES.decisionPeriod),
    },
    approve: {
      from: ['accepted'],
      to: 'approved',
      label: { zh: '准予许可', en: 'Approve' },
      basis: cited(CITES.decisionPeriod),
    },
    refuse: {
      from: ['accepted'],
      to: 'refused',
      label: { zh: '不予许可', en: 'Refuse' },
      basis: cited(CITES.decisionPeriod),
      payload: z.object({ reason: z.string().min(1) }),
    },
  },
});
`;
}

function processTestTs() {
  return `// The application process (core's defineMachine): a path event by event, refusals as values,
// the model-based property from the table, bad input.
import { civilDate, ValidationError } from '@gd-ftz/core';
import { machineProperty } from '@gd-ftz/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicationMachine } from '../src/index';

const start = () => applicationMachine.start({ applicationId: 'A1' }, '2024-03-01');

describe('the application process', () => {
  it('goes received → supplement-requested → received → accepted → approved', () => {
    let p = start();
    const events = [
      { type: 'request-supplement', at: civilDate('2024-03-01') },
      { type: 'supplement', at: civilDate('2024-03-08') },
      { type: 'accept', at: civilDate('2024-03-08') },
      { type: 'approve', at: civilDate('2024-03-15') },
    ] as const;
    for (const e of events) {
      const r = applicationMachine.transition(p, e);
      if (!r.ok) throw new Error(r.error.reason.en);
      p = r.snapshot;
    }
    expect([p.started.state, ...p.history.map((h) => h.to)]).toEqual([
      'received',
      'supplement-requested',
      'received',
      'accepted',
      'approved',
    ]);
  });

  it('refuses, as a value, an approval before acceptance', () => {
    const r = applicationMachine.transition(start(), { type: 'approve', at: civilDate('2024-03-02') });
    expect(r.ok ? 'accepted' : r.error.code).toBe('not-allowed');
  });

  it('property: any event sequence keeps the table, forward time and cited steps (model-based)', () => {
    fc.assert(
      machineProperty(applicationMachine, {
        start: fc.constant(start()),
        eventArbs: { refuse: fc.record({ reason: fc.constantFrom('not eligible', 'incomplete') }) },
        until: '2026-06-30',
      }),
      { numRuns: 50 },
    );
  });

  it('bad input: a ValidationError naming the field', () => {
    const paths = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return e instanceof ValidationError ? e.paths : e;
      }
      return 'no error';
    };
    expect(paths(() => applicationMachine.start({ applicationId: ' ' }, '2024-03-01'))).toEqual([
      'context.applicationId',
    ]);
    expect(paths(() => applicationMachine.start({ applicationId: 'A1' }, '2024-13-01'))).toEqual(['at']);
    expect(paths(() => applicationMachine.transition(start(), { type: 'refuse', at: civilDate('2024-03-02'), reason: '' }))).toEqual(
      ['event.reason'],
    );
  });
});
`;
}

function benchTs(o) {
  return `// The cost of measure ${o.id}'s default scenario, imported by name (vitest bench resolves it to the
// built dist/: run \`pnpm --filter @gd-ftz/${o.slug} build\` first). The same-run baseline is the
// run without an event log; the second bench shows what recording every case costs on top.
// Ratios, never timed assertions.
import { createEventLog } from '@gd-ftz/core';
import { measure } from '@gd-ftz/${o.slug}';
import { bench, describe } from 'vitest';

const options = { time: 2000, warmupIterations: 2 };

describe('${o.slug} default scenario: event log off (baseline) vs on', () => {
  bench(
    'log off',
    () => {
      measure.simulate({}, { seed: 42 });
    },
    options,
  );
  bench(
    'log on (all cases kept)',
    () => {
      measure.simulate({}, { seed: 42, eventLog: createEventLog() });
    },
    options,
  );
});
`;
}

function readme(o) {
  const { slug, id, info } = o;
  const process = o.workflow
    ? `
## The process

\`applicationMachine\` (core's \`defineMachine\`): received → supplement-requested → received →
accepted → approved | refused. Callers use the machine itself: \`applicationMachine.start(context, at)\`
validates the context against the schema it declares (\`context.applicationId\`) and
\`applicationMachine.transition(process, event)\` the event; every transition cites its basis, and
\`test/process.test.ts\` checks it model-based from the table (\`machineProperty\`).
`
    : '';
  return `# @gd-ftz/${slug}

> Measure ${id} of 粤府函〔2023〕59号 — ${info.title.zh} / ${info.title.en}
${o.inCatalog ? '' : `>\n> Template note: \`${slug}\` is not the catalog's slug of measure ${id}; the identity of measure ${id} stands in until it is.\n`}
## 改革内容（中文）

${info.summary.zh}

任务分工表原文（主要内容）：${o.seedText}

## The measure (English)

${info.summary.en}

## Quick example

\`\`\`ts
import { decisionDeadline, measure } from '@gd-ftz/${slug}';

const report = measure.simulate({ applications: 500 }, { seed: 42 });
for (const kpi of report.kpis) console.log(kpi.label.en, kpi.baseline, '->', kpi.reform, kpi.origin);

decisionDeadline('2024-03-01', 'baseline'); // '2024-03-29': 20 working days (行政许可法 第四十二条)
\`\`\`

## The model

TODO (template): the process before and after the reform, what is simulated, and what each KPI
means. The template simulates applications arriving over the working days of 2024: before the
reform an incomplete file is noticed within the statutory notice period and brought back to the
counter; after it an online pre-check flags the gaps at once and the promised period applies.
${process}
## Legal basis

| rule / parameter | value | source (law, article, document) |
|---|---|---|
| \`DECISION_WORKING_DAYS\` | 20 working days | 中华人民共和国行政许可法 第四十二条 (working days: 第八十二条) |
| incompleteness notice | once, at once or within 5 days | 中华人民共和国行政许可法 第三十二条第一款第（四）项 |
| \`PROMISED_WORKING_DAYS\` | 5 working days (assumption: placeholder) | 粤府函〔2023〕59号 附件 第${id}项 |
| \`SUPPLEMENT_ROUND\` | one supplement round (assumption) | 中华人民共和国行政许可法 第三十二条 |

## KPIs

| KPI | origin | category | what it says |
|---|---|---|---|
| \`days-median\`, \`days-p90\` | model | applicant-time | calendar days from first receipt to decision |
| \`counter-visits\` | assumption (sensitivity to \`incompleteShare\`) | applicant-effort | trips to the counter per application |
| \`officer-minutes\` | model | staff-time | review minutes per application, re-checks included |

## Parameters and assumptions

| parameter | default | assumption |
|---|---|---|
| \`applications\` | 1000 | no |
| \`incompleteShare\` | 0.3 (plausible 0.1–0.5) | yes: no published statistics |
| \`supplementWorkingDays\` | 5 | yes: no published statistics |

## Limitations

- TODO (template): the office decides on the last day of the period; a real engine draws its pace.
- ${md('Review minutes are a template assumption (triangular 20 / 40 / 90).')}
- One supplement round at most; no refusals in the simulation.
`;
}
