import type { MeasureResults } from '@gd-ftz/core';
import { checkRunInput, checkScenarioInput } from './check-inputs';
import type { InvoiceTypeApprovalParams } from './params';
import { buildKpis } from './report-kpis';
import { buildSamples } from './report-samples';
import { buildSeries } from './report-series';
import { OFFICE_HOURS, type ScenarioRun } from './simulation';

/**
 * Builds the results of a run (core's `defineMeasure` adds the envelope): KPIs (time to decision
 * for all, auto-decided and referred cases; share auto-decided; officer hours; handling minutes per
 * taxpayer; decisions departing from the rules; decided within the statutory limit), two charts,
 * sample traces and rule coverage. The seed is the run's: the auto-path KPIs redraw its data
 * queries for their sensitivity.
 * @example
 * buildReport(params, seed, runScenario(params, seed))
 * @throws ValidationError naming `params.<field>`, `seed`, `run` or `run.<field>`.
 */
export function buildReport(p: InvoiceTypeApprovalParams, seed: number, run: ScenarioRun): MeasureResults {
  checkScenarioInput(p, seed);
  checkRunInput(run);
  return {
    kpis: buildKpis(p, run, seed),
    series: buildSeries(run),
    samples: buildSamples(run),
    coverage: run.coverage,
    notes: [
      {
        zh: `改革前：全部申请在工作日${OFFICE_HOURS.map((h) => `${h.from}–${h.to}`).join('、')}由${p.officers}名审核人员排队处理；改革后：131条规则到件即判（7×24），转人工件进入同一队列。`,
        en: `Before: every application queues for ${p.officers} officers on working days, ${OFFICE_HOURS.map((h) => `${h.from}–${h.to}`).join(', ')}. After: the 131 rules decide on arrival (7×24); referred cases join the officer queue.`,
      },
      {
        zh: '公开文件未列出131条规则：本引擎据公开依据编写，未有依据的规则与阈值均标注为假设。',
        en: 'The published texts do not list the 131 rules: this engine writes them from the cited sources, and marks every rule or threshold without one as an assumption.',
      },
    ],
  };
}
