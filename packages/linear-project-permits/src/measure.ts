import {
  defineMeasure,
  type Localized,
  measureInfo,
  RandomStream,
  type SampleCase,
  sensitivityOf,
} from '@gd-ftz/core';
import { simulateBaseline } from './baseline';
import { drawsFor, type ProjectDraws } from './draws';
import { logProject, PERMIT_ACTIVITIES } from './event-log';
import type { ProjectOutcome } from './outcome';
import { PARAMS } from './params';
import { generatePortfolio } from './portfolio';
import type { Project } from './project';
import { simulateReform } from './reform';
import { kpisOf, type SensitivityOf } from './report';
import { coverageOf, seriesOf } from './series';

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
 * per-segment issuance), on the same draws.
 * @example
 * import { measure } from '@gd-ftz/linear-project-permits';
 * const report = measure.simulate({ projects: 100 }, { seed: 42 });
 */
export const measure = defineMeasure({
  ...measureInfo(10),
  slug: 'linear-project-permits',
  params: PARAMS,
  run(params, { seed, onProgress, eventLog }) {
    eventLog?.defineActivities(PERMIT_ACTIVITIES);
    // The rest of the parameters are the process settings, checked once by the schema.
    const { projects: count, startDate, spreadWorkingDays, ...settings } = params;
    const root = RandomStream.fromSeed(seed);
    const projects = generatePortfolio(root.substream('population'), {
      projects: count,
      startDate,
      spreadWorkingDays,
    });
    const drawsRoot = root.substream('draws');
    const baseline: ProjectOutcome[] = [];
    const reform: ProjectOutcome[] = [];
    const allDraws: ProjectDraws[] = [];
    projects.forEach((project, i) => {
      // Checked once above (generatePortfolio, parseParams): the inner loop checks nothing.
      const draws = drawsFor(project, drawsRoot.substream(project.id));
      allDraws.push(draws);
      baseline.push(simulateBaseline(project, draws, settings));
      reform.push(simulateReform(project, draws, settings));
      if (eventLog) {
        logProject(eventLog, project, baseline[i] as ProjectOutcome);
        logProject(eventLog, project, reform[i] as ProjectOutcome);
      }
      if (onProgress && (i + 1) % 50 === 0) onProgress((i + 1) / projects.length);
    });
    // The sample: the first project with several segments, to show per-segment issuance.
    const index = Math.max(
      0,
      projects.findIndex((p) => p.segments.length >= 3),
    );
    const sample = projects[index] as Project;
    const sampleDraws = drawsFor(sample, drawsRoot.substream(sample.id));
    const sampleBaseline = simulateBaseline(sample, sampleDraws, settings, { trace: true });
    const sampleReform = simulateReform(sample, sampleDraws, settings, { trace: true });
    // The time KPIs rest on the share of problems the pre-consultation catches, the meeting count on
    // the meeting interval: the reform rerun on the same projects and draws at the ends of each one's
    // plausible range (the baseline reads neither, so its outcomes are reused), each end run once.
    const reformAt = new Map<string, ProjectOutcome[]>();
    const reformOf = (p: typeof params): ProjectOutcome[] => {
      const { projects: _n, startDate: _s, spreadWorkingDays: _w, ...varied } = p;
      const key = JSON.stringify(varied);
      let out = reformAt.get(key);
      if (!out) {
        out = projects.map((project, i) => simulateReform(project, allDraws[i] as ProjectDraws, varied));
        reformAt.set(key, out);
      }
      return out;
    };
    const sensitivity: SensitivityOf = (of, param) =>
      sensitivityOf(PARAMS, params, param, (p) => ({
        baseline: of(baseline),
        reform: of(reformOf(p)),
      }));
    return {
      kpis: kpisOf(baseline, reform, sensitivity),
      series: seriesOf(sample, sampleBaseline, sampleReform, baseline, reform),
      samples: [sampleCase(sample, sampleBaseline), sampleCase(sample, sampleReform)],
      coverage: coverageOf([...baseline, ...reform]),
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
