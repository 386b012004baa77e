import type {
  DirectlyFollowsGraph,
  EventLogSummary,
  KpiTornado,
  ParamValue,
  ScenarioReport,
} from '@gd-ftz/core';
import type { ReplicatedRun } from './jobs';

/** A request to run one scenario in the worker, over `replications` seeds (1: the seed alone). */
export interface RunRequest {
  readonly kind: 'run';
  readonly id: number;
  readonly slug: string;
  readonly params: Record<string, ParamValue>;
  readonly seed: number;
  readonly replications: number;
  /** Also record replication 0's event log and send back its process map. */
  readonly withLog?: boolean;
}

/** Every KPI's tornado over the engine's assumption parameters. */
export interface TornadoRequest {
  readonly kind: 'tornado';
  readonly id: number;
  readonly slug: string;
  readonly params: Record<string, ParamValue>;
  readonly seed: number;
}

/** Each engine's default scenario, for the province overview. */
export interface OverviewRequest {
  readonly kind: 'overview';
  readonly id: number;
  readonly slugs: readonly string[];
  readonly seed: number;
}

/** Stops the request with this id (its promise rejects with a cancellation). */
export interface CancelRequest {
  readonly kind: 'cancel';
  readonly id: number;
}

/** A request for the last run's event log as a file. */
export interface LogFileRequest {
  readonly kind: 'log-file';
  readonly id: number;
  readonly format: LogFormat;
  readonly lang: 'zh' | 'en';
}

/** The event-log formats the demo offers. */
export type LogFormat = 'ocel' | 'xes' | 'csv';

/** The before/after directly-follows graphs of a run, with what the log holds. */
export interface ProcessMapData {
  readonly baseline: DirectlyFollowsGraph;
  readonly reform: DirectlyFollowsGraph;
  readonly timeUnit: 'minutes' | 'days';
  readonly summary: EventLogSummary;
}

/** What the page sends. */
export type WorkerRequest = RunRequest | TornadoRequest | OverviewRequest | CancelRequest | LogFileRequest;

/** One measure's default report in the overview. */
export interface OverviewItem {
  readonly slug: string;
  readonly report: ScenarioReport;
}

/** The answers, by request kind. */
export type WorkerResult =
  | {
      readonly kind: 'run';
      readonly run: ReplicatedRun;
      readonly ms: number;
      readonly processMap?: ProcessMapData;
    }
  | { readonly kind: 'tornado'; readonly tornado: readonly KpiTornado[] }
  | { readonly kind: 'overview'; readonly items: readonly OverviewItem[] }
  | { readonly kind: 'file'; readonly name: string; readonly mime: string; readonly content: string };

/** What the worker posts back. */
export type WorkerMessage =
  | { readonly id: number; readonly type: 'progress'; readonly fraction: number }
  | { readonly id: number; readonly type: 'done'; readonly result: WorkerResult }
  | { readonly id: number; readonly type: 'cancelled' }
  | {
      readonly id: number;
      readonly type: 'error';
      readonly message: string;
      readonly issues?: readonly { path: string; message: { zh: string; en: string } }[];
    };
