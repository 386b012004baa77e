import type { ParamValue, ScenarioReport } from '@gd-ftz/core';

/** A request to run one scenario in the worker. */
export interface RunRequest {
  readonly id: number;
  readonly slug: string;
  readonly params: Record<string, ParamValue>;
  readonly seed: number;
}

/** What the worker posts back. */
export type WorkerMessage =
  | { readonly id: number; readonly type: 'progress'; readonly fraction: number }
  | { readonly id: number; readonly type: 'done'; readonly report: ScenarioReport; readonly ms: number }
  | {
      readonly id: number;
      readonly type: 'error';
      readonly message: string;
      readonly issues?: readonly { path: string; message: { zh: string; en: string } }[];
    };
