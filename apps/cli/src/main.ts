import { parseArgs } from 'node:util';
import {
  createEventLog,
  type EventLog,
  eventCsvChunks,
  GdFtzError,
  isShardingMeasure,
  kpisToCsv,
  type Measure,
  ocelJsonChunks,
  type ParamValue,
  parseParamText,
  replicatedKpis,
  replicationSeed,
  type ScenarioReport,
  summarizeReplications,
  tornadoOf,
  ValidationError,
  xesChunks,
} from '@gd-ftz/core';
import { catalog, registry } from '@gd-ftz/engines';
import { type EventLogArgs, parseRunArgs, type RunArgs, UsageError } from './args';
import type { CliIo } from './io';
import { isSystemError, outputErrorLine } from './output-errors';
import { progressReporter } from './progress';
import {
  renderKpis,
  renderKpisMarkdown,
  renderList,
  renderOverview,
  renderParams,
  renderReplicatedKpis,
  renderTornado,
  renderTrace,
} from './render';
import { runSharded, ShardRunAborted } from './shard-runner';

const HELP = `gd-ftz — simulation engines of 粤府函〔2023〕59号

Usage:
  gd-ftz list [--lang zh|en]                      the 20 measures and which are modelled
  gd-ftz params <slug> [--lang zh|en]             a measure's scenario parameters
  gd-ftz run <slug> [--seed N] [--set key=value]... [--replications N] [--json|--csv|--format json|csv|md]
             [--out FILE] [--lang zh|en] [--workers N]
             [--log ocel|xes|csv --out FILE [--variant baseline|reform] [--max-cases N]]
                                                  --workers N: a sharding engine over N worker
                                                  threads (same report; progress; Ctrl-C stops)
                                                  --replications N: over N seeds, each KPI as a mean
                                                  with its 95% interval; --log: also write the
                                                  simulated cases as an event log
  gd-ftz sensitivity <slug> [--seed N] [--set key=value]... [--json] [--lang zh|en]
                                                  each KPI's tornado: every assumption at the low
                                                  and high end of its plausible range
  gd-ftz overview [--seed N] [--json] [--lang zh|en]
                                                  headline KPIs of every modelled measure's
                                                  default scenario, by category
  gd-ftz explain <slug> [--seed N] [--set key=value]... [--case ID] [--lang zh|en]

Exit codes: 0 success, 2 bad arguments or parameters, 1 any other error.`;

/**
 * Runs one CLI invocation and returns its exit code (a promise for a run over worker threads,
 * `run --workers N`); all output goes through `io`.
 */
export function main(argv: readonly string[], io: CliIo): number | Promise<number> {
  try {
    const code = dispatch(argv, io);
    return code instanceof Promise ? code.catch((e: unknown) => failed(e, io)) : code;
  } catch (e) {
    return failed(e, io);
  }
}

function dispatch(argv: readonly string[], io: CliIo): number | Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'list':
      return list(rest, io);
    case 'params':
      return params(rest, io);
    case 'run': {
      const args = parseRunArgs(rest);
      return args.workers === undefined ? run(args, io) : runWorkers(args, io);
    }
    case 'explain':
      return explain(parseRunArgs(rest), io);
    case 'sensitivity':
      return sensitivity(parseRunArgs(rest), io);
    case 'overview':
      return overview(rest, io);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.out(`${HELP}\n`);
      return command === undefined ? 2 : 0;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

/** The exit code of an error, said on stderr in one line; anything else is a bug and rethrown. */
function failed(e: unknown, io: CliIo): number {
  if (e instanceof ShardRunAborted) {
    io.err(`\ngd-ftz: ${e.message}; finished shards: ${e.finished.join(', ') || 'none'}\n`);
    return 130;
  }
  if (e instanceof UsageError) {
    io.err(`gd-ftz: ${e.message}\n${HELP}\n`);
    return 2;
  }
  if (e instanceof ValidationError) {
    for (const issue of e.issues)
      io.err(`gd-ftz: invalid parameter ${issue.path}: ${issue.message.en} (${issue.message.zh})\n`);
    return 2;
  }
  if (e instanceof GdFtzError) {
    io.err(`gd-ftz: ${e.code}: ${e.message}\n`);
    return 1;
  }
  // A full disk or a closed pipe while writing is the environment, not a bug: one line.
  if (isSystemError(e)) {
    io.err(outputErrorLine(e));
    return 1;
  }
  throw e;
}

function langOf(args: readonly string[]): 'zh' | 'en' {
  const i = args.indexOf('--lang');
  const lang = i >= 0 ? args[i + 1] : 'zh';
  if (lang !== 'zh' && lang !== 'en') throw new UsageError('--lang must be zh or en');
  return lang;
}

function list(args: readonly string[], io: CliIo): number {
  const lang = langOf(args);
  io.out(
    `${renderList(
      catalog.map((r) => ({ info: r.info, modelled: r.engine !== undefined })),
      lang,
    )}\n`,
  );
  return 0;
}

function engineOf(slug: string): Measure {
  const engine = registry.bySlug(slug);
  if (engine) return engine;
  const known = catalog.find((r) => r.info.slug === slug);
  throw new UsageError(
    known
      ? `measure ${known.info.id} (${slug}) is not modelled yet`
      : `unknown measure "${slug}": see \`gd-ftz list\``,
  );
}

function params(args: readonly string[], io: CliIo): number {
  const slug = args.find((a) => !a.startsWith('--') && a !== 'zh' && a !== 'en');
  if (!slug) throw new UsageError('missing <slug>');
  io.out(`${renderParams(engineOf(slug), langOf(args))}\n`);
  return 0;
}

/** Turns `--set key=value` texts into typed parameters, naming the field of any bad one. */
function paramsFrom(
  measure: Measure,
  sets: readonly string[],
  schema: Measure['params'] = measure.params,
): Record<string, ParamValue> {
  // Own keys only, into a record without a prototype: `constructor`, `toString` or `__proto__`
  // were once found on Object.prototype and silently dropped (issue 32).
  const out: Record<string, ParamValue> = Object.create(null);
  const issues: ValidationError['issues'][number][] = [];
  for (const set of sets) {
    const eq = set.indexOf('=');
    if (eq <= 0) throw new UsageError(`--set needs key=value, got "${set}"`);
    const key = set.slice(0, eq);
    const spec = Object.hasOwn(schema, key) ? schema[key] : undefined;
    if (!spec) {
      issues.push({ path: key, message: { en: 'unknown parameter', zh: '未知参数' } });
      continue;
    }
    try {
      out[key] = parseParamText(key, spec, set.slice(eq + 1));
    } catch (e) {
      if (e instanceof ValidationError) issues.push(...e.issues);
      else throw e;
    }
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return out;
}

function simulate(
  args: RunArgs,
  io: CliIo,
  eventLog?: EventLog,
): { measure: Measure; report: ScenarioReport } {
  const measure = engineOf(args.slug);
  const values = paramsFrom(measure, args.sets);
  const started = io.now();
  let drawn = false;
  const report = measure.simulateUnknown(values, {
    seed: args.seed,
    ...(eventLog ? { eventLog } : {}),
    onProgress: (fraction) => {
      // A bar only for runs longer than a second, and only on a terminal.
      if (!io.interactive || io.now() - started < 1000) return;
      const width = 30;
      const done = Math.round(Math.min(1, Math.max(0, fraction)) * width);
      io.err(`\r[${'#'.repeat(done)}${'.'.repeat(width - done)}] ${Math.round(fraction * 100)}%`);
      drawn = true;
    },
  });
  if (drawn) io.err('\r\x1b[K');
  return { measure, report };
}

/** Writes the log in the asked format and says on stderr what it wrote. */
function writeLog(log: EventLog, args: EventLogArgs, lang: 'zh' | 'en', io: CliIo): void {
  const options = { names: lang, ...(args.variant ? { variant: args.variant } : {}) };
  const chunks =
    args.format === 'ocel'
      ? ocelJsonChunks(log, options)
      : args.format === 'xes'
        ? xesChunks(log, options)
        : eventCsvChunks(log, options);
  io.writeFile(args.out, chunks);
  const s = log.summary();
  const variants: readonly ('baseline' | 'reform')[] = args.variant ? [args.variant] : ['baseline', 'reform'];
  const events = variants.reduce((n, v) => n + s.events[v], 0);
  const cases = variants.reduce((n, v) => n + s.cases[v], 0);
  const dropped = variants.reduce((n, v) => n + s.droppedCases[v], 0);
  io.err(
    `gd-ftz: wrote ${events} events of ${cases} cases to ${args.out}` +
      (dropped > 0 ? ` (${dropped} cases beyond --max-cases ${s.maxCases} counted, not written)` : '') +
      '\n',
  );
}

function run(args: RunArgs, io: CliIo): number {
  if (args.replications > 1) return runReplicated(args, io);
  const log = args.log ? createEventLog(args.log.maxCases ? { maxCases: args.log.maxCases } : {}) : undefined;
  const { measure, report } = simulate(args, io, log);
  if (log && args.log) writeLog(log, args.log, args.lang, io);
  emitReport(measure, report, args, io);
  return 0;
}

/** The report in the asked format, to `--out FILE` or stdout. */
function emitReport(measure: Measure, report: ScenarioReport, args: RunArgs, io: CliIo): void {
  const text =
    args.format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : args.format === 'csv'
        ? kpisToCsv(report, args.lang)
        : args.format === 'md'
          ? renderKpisMarkdown(measure, report, args.lang)
          : `${renderKpis(measure, report, args.lang)}\n`;
  if (args.out === undefined) io.out(text);
  else {
    io.writeFile(args.out, [text]);
    io.err(`gd-ftz: wrote the report to ${args.out}\n`);
  }
}

/**
 * `run <slug> --workers N`: a sharding engine's run over N worker threads (the shard runner), with
 * a progress bar on a terminal (units/s, ETA) and plain lines otherwise; Ctrl-C stops the workers
 * and says which shards had finished.
 */
function runWorkers(args: RunArgs, io: CliIo): Promise<number> {
  // Usage and parameter mistakes are found here, at once (exit 2), before any thread starts.
  const measure = engineOf(args.slug);
  if (!isShardingMeasure(measure)) throw new UsageError(`--workers: ${args.slug} does not run in shards`);
  if (args.log || args.replications > 1 || args.caseId !== undefined)
    throw new UsageError('--workers excludes --log, --replications and --case');
  return runShardedCommand(measure, paramsFrom(measure, args.sets, measure.shardParams), args, io);
}

async function runShardedCommand(
  measure: Measure,
  values: Record<string, ParamValue>,
  args: RunArgs,
  io: CliIo,
): Promise<number> {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  const progress = progressReporter(io);
  const started = io.now();
  try {
    const report = await runSharded({
      slug: args.slug,
      params: values,
      seed: args.seed,
      ...(args.workers ? { workers: args.workers } : {}),
      signal: controller.signal,
      onProgress: progress.update,
    });
    progress.stop();
    io.err(`gd-ftz: ${args.workers} worker(s), ${((io.now() - started) / 1000).toFixed(1)} s\n`);
    emitReport(measure, report, args, io);
    return 0;
  } finally {
    progress.stop();
    process.off('SIGINT', stop);
  }
}

/** `run --replications N`: the scenario over N seeds (replication 0 is the seed itself). */
function runReplicated(args: RunArgs, io: CliIo): number {
  if (args.log) throw new UsageError('--log records one run: use it without --replications');
  const measure = engineOf(args.slug);
  const values = paramsFrom(measure, args.sets);
  const reports: ScenarioReport[] = [];
  for (let i = 0; i < args.replications; i++) {
    reports.push(measure.simulateUnknown(values, { seed: replicationSeed(args.seed, i) }));
    if (io.interactive) io.err(`\r${i + 1}/${args.replications}`);
  }
  if (io.interactive) io.err('\r\x1b[K');
  const replicated = summarizeReplications(reports);
  const first = reports[0] as ScenarioReport;
  if (args.format === 'json') {
    const seeds = reports.map((r) => r.seed);
    io.out(
      `${JSON.stringify({ measure: first.measure, seed: args.seed, seeds, params: first.params, kpis: replicated }, null, 2)}\n`,
    );
  } else if (args.format === 'csv') {
    io.out(kpisToCsv({ ...first, kpis: replicatedKpis(first.kpis, replicated) }, args.lang));
  } else io.out(`${renderReplicatedKpis(measure, args.seed, replicated, args.lang)}\n`);
  return 0;
}

/** `sensitivity <slug>`: each KPI's tornado over the engine's assumption parameters. */
function sensitivity(args: RunArgs, io: CliIo): number {
  if (args.log || args.replications > 1 || args.format === 'csv' || args.caseId !== undefined)
    throw new UsageError('sensitivity takes --seed, --set, --json and --lang only');
  const measure = engineOf(args.slug);
  const tornado = tornadoOf(measure, paramsFrom(measure, args.sets), args.seed);
  if (args.format === 'json') io.out(`${JSON.stringify(tornado, null, 2)}\n`);
  else io.out(`${renderTornado(measure, args.seed, tornado, args.lang)}\n`);
  return 0;
}

/** `overview`: every modelled measure's default scenario, headline KPIs by category. */
function overview(args: readonly string[], io: CliIo): number {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...args],
      strict: true,
      options: { seed: { type: 'string' }, lang: { type: 'string' }, json: { type: 'boolean' } },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const {
    seed: seedText = '42',
    lang = 'zh',
    json,
  } = parsed.values as {
    seed?: string;
    lang?: string;
    json?: boolean;
  };
  if (!/^\d+$/.test(seedText) || !Number.isSafeInteger(Number(seedText)))
    throw new UsageError(`--seed must be a non-negative integer, got "${seedText}"`);
  if (lang !== 'zh' && lang !== 'en') throw new UsageError('--lang must be zh or en');
  const seed = Number(seedText);
  const items = registry.all.map((measure) => ({ measure, report: measure.simulate({}, { seed }) }));
  if (json)
    io.out(
      `${JSON.stringify(
        items.map((i) => i.report),
        null,
        2,
      )}\n`,
    );
  else io.out(`${renderOverview(items, seed, lang)}\n`);
  return 0;
}

function explain(args: RunArgs, io: CliIo): number {
  if (args.log) throw new UsageError('--log belongs to `run`');
  const { report } = simulate(args, io);
  if (report.samples.length === 0) {
    io.err('gd-ftz: this scenario produced no sample cases\n');
    return 1;
  }
  const sample =
    args.caseId === undefined ? report.samples[0] : report.samples.find((s) => s.id === args.caseId);
  if (!sample) {
    throw new UsageError(
      `no sample case "${args.caseId}"; cases: ${report.samples.map((s) => s.id).join(', ')}`,
    );
  }
  if (args.format === 'json') io.out(`${JSON.stringify(sample, null, 2)}\n`);
  else io.out(`${renderTrace(sample, args.lang)}\n`);
  return 0;
}
