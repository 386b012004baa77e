import type { DirectlyFollowsGraph, EventLogSummary, ParamValue, ScenarioReport } from '@gd-ftz/core';

/** A request to run one scenario in the worker. */
export interface RunRequest {
  readonly kind?: 'run';
  readonly id: number;
  readonly slug: string;
  readonly params: Record<string, ParamValue>;
  readonly seed: number;
  /** Also record the run's event log and send back its process map. */
  readonly withLog?: boolean;
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
export type WorkerRequest = RunRequest | LogFileRequest;

/** What the worker posts back. */
export type WorkerMessage =
  | { readonly id: number; readonly type: 'progress'; readonly fraction: number }
  | {
      readonly id: number;
      readonly type: 'done';
      readonly report: ScenarioReport;
      readonly ms: number;
      readonly processMap?: ProcessMapData;
    }
  | {
      readonly id: number;
      readonly type: 'file';
      readonly name: string;
      readonly mime: string;
      readonly content: string;
    }
  | {
      readonly id: number;
      readonly type: 'error';
      readonly message: string;
      readonly issues?: readonly { path: string; message: { zh: string; en: string } }[];
    };
