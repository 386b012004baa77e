import { parseArgs } from 'node:util';

/** A usage mistake on the command line: reported with exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Options shared by `run` and `explain`. */
export interface RunArgs {
  readonly slug: string;
  readonly seed: number;
  readonly sets: readonly string[];
  readonly format: 'table' | 'json' | 'csv' | 'md';
  /** Write the report here instead of stdout (with `--log`, `--out` is the log's file instead). */
  readonly out: string | undefined;
  /** Run a sharding engine over this many worker threads (the shard runner). */
  readonly workers: number | undefined;
  readonly lang: 'zh' | 'en';
  readonly caseId: string | undefined;
  /** Write the run's event log in this format to `out`. */
  readonly log: EventLogArgs | undefined;
  /** Seeds to run the scenario over (1: the seed alone; more: means with 95% intervals). */
  readonly replications: number;
}

/** The most replications one command may ask for. */
export const MAX_REPLICATIONS = 1000;

/** Event-log output of `run`: format, file, optionally one variant and a case limit. */
export interface EventLogArgs {
  readonly format: 'ocel' | 'xes' | 'csv';
  readonly out: string;
  readonly variant: 'baseline' | 'reform' | undefined;
  readonly maxCases: number | undefined;
}

const LOG_FORMATS = ['ocel', 'xes', 'csv'] as const;
const FORMATS = ['json', 'csv', 'md'] as const;

function logArgs(values: ReturnType<typeof parse>['values']): EventLogArgs | undefined {
  const { log, out, variant } = values;
  const maxText = values['max-cases'];
  if (log === undefined) {
    if (variant !== undefined || maxText !== undefined) {
      throw new UsageError('--variant and --max-cases need --log ocel|xes|csv');
    }
    return undefined;
  }
  if (!(LOG_FORMATS as readonly string[]).includes(log)) {
    throw new UsageError(`--log must be ocel, xes or csv, got "${log}"`);
  }
  if (out === undefined || out === '') throw new UsageError('--log needs --out FILE');
  if (variant !== undefined && variant !== 'baseline' && variant !== 'reform') {
    throw new UsageError('--variant must be baseline or reform');
  }
  if (maxText !== undefined && (!/^[1-9]\d*$/.test(maxText) || !Number.isSafeInteger(Number(maxText)))) {
    throw new UsageError(`--max-cases must be a positive integer, got "${maxText}"`);
  }
  return {
    format: log as EventLogArgs['format'],
    out,
    variant: variant as EventLogArgs['variant'],
    maxCases: maxText === undefined ? undefined : Number(maxText),
  };
}

/**
 * Parses `<slug> [--seed N] [--set k=v]... [--replications N] [--json|--csv] [--lang zh|en] [--case ID]
 * [--log ocel|xes|csv --out FILE [--variant baseline|reform] [--max-cases N]]`.
 */
export function parseRunArgs(argv: readonly string[]): RunArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  const slug = positionals[0];
  if (!slug) throw new UsageError('missing <slug>: see `gd-ftz list`');
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  const seedText = values.seed ?? '42';
  // Any safe integer, as the library takes (negative seeds included).
  if (!/^-?\d+$/.test(seedText) || !Number.isSafeInteger(Number(seedText))) {
    throw new UsageError(`--seed must be an integer, got "${seedText}"`);
  }
  if ([values.json, values.csv, values.format].filter(Boolean).length > 1)
    throw new UsageError('--json, --csv and --format exclude each other');
  if (values.format !== undefined && !FORMATS.includes(values.format as (typeof FORMATS)[number]))
    throw new UsageError(`--format must be json, csv or md, got "${values.format}"`);
  const workersText = values.workers;
  if (workersText !== undefined && (!/^[1-9]\d{0,2}$/.test(workersText) || Number(workersText) > 256))
    throw new UsageError(`--workers must be an integer from 1 to 256, got "${workersText}"`);
  const repText = values.replications ?? '1';
  const replications = Number(repText);
  if (!/^\d+$/.test(repText) || replications < 1 || replications > MAX_REPLICATIONS) {
    throw new UsageError(`--replications must be an integer from 1 to ${MAX_REPLICATIONS}, got "${repText}"`);
  }
  const lang = values.lang ?? 'zh';
  if (lang !== 'zh' && lang !== 'en') throw new UsageError('--lang must be zh or en');
  return {
    slug,
    seed: Number(seedText),
    sets: values.set ?? [],
    format: values.json
      ? 'json'
      : values.csv
        ? 'csv'
        : ((values.format as RunArgs['format'] | undefined) ?? 'table'),
    out: values.log === undefined ? values.out : undefined,
    workers: workersText === undefined ? undefined : Number(workersText),
    lang,
    caseId: values.case,
    log: logArgs(values),
    replications,
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      seed: { type: 'string' },
      set: { type: 'string', multiple: true },
      json: { type: 'boolean' },
      csv: { type: 'boolean' },
      lang: { type: 'string' },
      case: { type: 'string' },
      log: { type: 'string' },
      out: { type: 'string' },
      variant: { type: 'string' },
      'max-cases': { type: 'string' },
      replications: { type: 'string' },
      format: { type: 'string' },
      workers: { type: 'string' },
    },
  });
}
