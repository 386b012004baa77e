// The worker's jobs as plain async functions over a loaded engine, so they are tested in Node
// with the real engines: replications, a tornado, the overview. Each yields to the event loop
// between runs, so a cancel or a newer request is seen between two replications.
import {
  type KpiTornado,
  type Measure,
  type ParamValue,
  type ReplicatedKpi,
  replicationSeed,
  type ScenarioReport,
  type SimulateOptions,
  summarizeReplications,
  tornadoFromReports,
  tornadoParams,
  ValidationError,
} from '@gd-ftz/core';

/** How a job reports progress and learns that it is no longer wanted. */
export interface JobControl {
  readonly onProgress: (fraction: number) => void;
  /** True once a newer request or a cancel superseded this job. */
  readonly cancelled: () => boolean;
  /** Lets queued messages in (the worker passes a zero-delay timeout). */
  readonly pause: () => Promise<void>;
}

/** Thrown inside a job when it was cancelled; the worker answers `cancelled`. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

async function step(control: JobControl): Promise<void> {
  await control.pause();
  if (control.cancelled()) throw new Cancelled();
}

/** The spread of one KPI over the replications: its baseline and reform value in each. */
export interface KpiSpread {
  readonly id: string;
  readonly baseline: readonly number[];
  readonly reform: readonly number[];
}

/** What a run with replications returns. */
export interface ReplicatedRun {
  /** Replication 0, which is the seed itself: the single-seed view. */
  readonly report: ScenarioReport;
  /** Present when more than one replication ran. */
  readonly replicated?: readonly ReplicatedKpi[];
  readonly spread?: readonly KpiSpread[];
  readonly seeds: readonly number[];
}

/**
 * Runs the scenario over `replications` seeds (replication i on `replicationSeed(seed, i)`) and
 * summarises every KPI with its 95% interval. `first` lets the caller add options (an event log)
 * to replication 0 only.
 * @example
 * await runReplications(engine, {}, 42, 10, control); // { report, replicated, spread, seeds }
 */
export async function runReplications(
  engine: Measure,
  params: Readonly<Record<string, ParamValue>>,
  seed: number,
  replications: number,
  control: JobControl,
  first: Partial<SimulateOptions> = {},
): Promise<ReplicatedRun> {
  const n = Math.max(1, Math.floor(replications));
  const reports: ScenarioReport[] = [];
  const seeds: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = replicationSeed(seed, i);
    const report = engine.simulateUnknown(params, {
      ...(i === 0 ? first : {}),
      seed: s,
      onProgress: (f) => control.onProgress((i + f) / n),
    });
    reports.push(report);
    seeds.push(s);
    control.onProgress((i + 1) / n);
    if (i + 1 < n) await step(control);
  }
  const report = reports[0] as ScenarioReport;
  if (n === 1) return { report, seeds };
  return {
    report,
    seeds,
    replicated: summarizeReplications(reports),
    spread: report.kpis.map((k, j) => ({
      id: k.id,
      baseline: reports.map((r) => Number(r.kpis[j]?.baseline)),
      reform: reports.map((r) => Number(r.kpis[j]?.reform)),
    })),
  };
}

/**
 * Every KPI's tornado: the scenario at each assumption parameter's plausible low and high (the
 * same seed), run one after another with progress.
 * @example
 * (await runTornado(engine, {}, 42, control))[0].rows[0].param;
 */
export async function runTornado(
  engine: Measure,
  params: Readonly<Record<string, ParamValue>>,
  seed: number,
  control: JobControl,
): Promise<readonly KpiTornado[]> {
  const base = engine.simulateUnknown(params, { seed });
  const list = tornadoParams(engine.params);
  const total = 1 + 2 * list.length;
  let done = 1;
  const at = async (param: string, value: ParamValue) => {
    await step(control);
    let report: ScenarioReport | undefined;
    try {
      report = engine.simulateUnknown({ ...base.params, [param]: value }, { seed });
    } catch (e) {
      // An end that breaks a cross-field rule with the other parameters gets no bar.
      if (!(e instanceof ValidationError)) throw e;
    }
    control.onProgress(++done / total);
    return report;
  };
  const runs = [];
  for (const p of list) {
    const lowReport = await at(p.param, p.low);
    const highReport = await at(p.param, p.high);
    runs.push({ ...p, lowReport, highReport });
  }
  return tornadoFromReports(base, runs);
}
