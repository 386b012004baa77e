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
  readonly format: 'table' | 'json' | 'csv';
  readonly lang: 'zh' | 'en';
  readonly caseId: string | undefined;
}

/** Parses `<slug> [--seed N] [--set k=v]... [--json|--csv] [--lang zh|en] [--case ID]`. */
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
  if (!/^\d+$/.test(seedText) || !Number.isSafeInteger(Number(seedText))) {
    throw new UsageError(`--seed must be a non-negative integer, got "${seedText}"`);
  }
  if (values.json && values.csv) throw new UsageError('--json and --csv exclude each other');
  const lang = values.lang ?? 'zh';
  if (lang !== 'zh' && lang !== 'en') throw new UsageError('--lang must be zh or en');
  return {
    slug,
    seed: Number(seedText),
    sets: values.set ?? [],
    format: values.json ? 'json' : values.csv ? 'csv' : 'table',
    lang,
    caseId: values.case,
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
    },
  });
}
