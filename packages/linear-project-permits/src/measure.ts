import {
  ConfigurationError,
  defineShardedMeasure,
  type Localized,
  measureInfo,
  type SampleCase,
  sensitivityEndKey,
  sensitivityOf,
} from '@gd-ftz/core';
import { simulateBaseline } from './baseline';
import type { ProjectOutcome } from './outcome';
import { PARAMS } from './params';
import type { Project } from './project';
import { simulateReform } from './reform';
import { kpisOf, type SensitivityOf } from './report';
import { coverageOf, seriesOf } from './series';
import { portfolioOf, runShardUnits, SHARD_ACCUMULATOR, SHARD_PARAMS, settingsOf } from './shard';

function outcomeText(o: ProjectOutcome): Localized {
  const issued = o.permits.filter((p) => p.outcome.status === 'issued').length;
  const all = o.allPermitsOn ? `, all on ${o.allPermitsOn}` : '';
  const allZh = o.allPermitsOn ? `，${o.allPermitsOn} 全部取得` : '';
  return {
    zh: `提交申请 ${o.applications} 次、共性材料 ${o.commonCopies} 份；${issued}/${o.permits.length} 项许可已发证${allZh}`,
    en: `${o.applications} application(s), ${o.commonCopies} set(s) of common materials; ${issued}/${o.permits.length} permits issued${all}`,
  };
}

function sampleCase(project: Project, o: ProjectOutcome): SampleCase {
  const before = o.variant === 'baseline';
  return {
    id: `${project.id}-${o.variant}`,
    variant: o.variant,
    title: {
      zh: `${project.id}（${project.segments.length} 段）${before ? '改革前' : '改革后'}`,
      en: `${project.id} (${project.segments.length} segments), ${before ? 'before' : 'reform'}`,
    },
    summary: outcomeText(o),
    trace: { subject: project.id, outcome: outcomeText(o), steps: o.steps },
  };
}

/**
 * The Measure descriptor of measure 10: a seeded portfolio of municipal linear projects run
 * through the old process (one application per permit at each department, 选址 → 用地规划 →
 * 工程规划 in order, 环评 and 水保 concurrently) and the reform (pre-consultation, one application,
 * per-segment issuance), on the same draws. It shards by project (projects share no queue or
 * capacity): `runShard` runs a block of projects, each drawn from the seed and its index alone,
 * and `mergeShards` gives `simulate`'s report.
 * @example
 * import { measure } from '@gd-ftz/linear-project-permits';
 * const report = measure.simulate({ projects: 100 }, { seed: 42 });
 * const parts = [0, 1].map((shard) => measure.runShard({ projects: 100 }, { seed: 42, shard, shards: 2 }));
 * measure.mergeShards({ projects: 100 }, { seed: 42 }, parts); // the same report, byte for byte
 */
export const measure = defineShardedMeasure({
  ...measureInfo(10),
  slug: 'linear-project-permits',
  params: PARAMS,
  shardParams: SHARD_PARAMS,
  units: (params) => params.projects,
  runUnits: runShardUnits,
  accumulator: SHARD_ACCUMULATOR,
  report(params, merged, { seed }) {
    // The sample: the first project with several segments, to show per-segment issuance (the
    // first project when none has), rerun alone with its trace.
    const { project: sample, draws } = portfolioOf(params, seed)(merged.sample.min ?? 0);
    const settings = settingsOf(params);
    const sampleBaseline = simulateBaseline(sample, draws, settings, { trace: true });
    const sampleReform = simulateReform(sample, draws, settings, { trace: true });
    // The time KPIs rest on the share of problems the pre-consultation catches, the meeting count on
    // the meeting interval: the reform rerun on the same projects and draws at the ends of each one's
    // plausible range (the baseline reads neither, so its totals are reused).
    const sensitivity: SensitivityOf = (of, param) =>
      sensitivityOf(SHARD_PARAMS, params, param, (p) => {
        const end = merged.ends[sensitivityEndKey(param, p)];
        if (!end)
          throw new ConfigurationError(
            `ends.${sensitivityEndKey(param, p)}`,
            'is missing: every shard runs the ends',
          );
        return { baseline: of(merged.baseline), reform: of(end) };
      });
    return {
      kpis: kpisOf(merged.baseline, merged.reform, sensitivity),
      series: seriesOf(sample, sampleBaseline, sampleReform, merged.baseline, merged.reform),
      samples: [sampleCase(sample, sampleBaseline), sampleCase(sample, sampleReform)],
      coverage: coverageOf(merged.events),
      notes: [
        {
          zh: '改革后申请次数与共性材料份数均为 1：这是改革流程的设计（种子文件：一张申请表、向窗口申请一次），按定义成立；改革前的次数由模型得出。',
          en: 'Under the reform the applications and sets of common materials per project are 1 by the reform process’s design (seed: one form, one application); the baseline counts come from the model.',
        },
        {
          zh: '概率、审查工作量、联合预审发现问题的比例与例会间隔为建模假设；按段发证、联合预审与例会会增加经办人员操作次数。',
          en: 'Probabilities, review effort, the share of problems the pre-consultation catches and the meeting interval are modelling assumptions; per-segment issuance, the pre-consultation and meetings add officer actions.',
        },
      ],
    };
  },
});
