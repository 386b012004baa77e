// Bad input to every public function: a typed error naming the field, the input left unchanged.
import { RandomStream, ValidationError } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { runBaseline } from '../src/baseline';
import { drawProject } from '../src/draws';
import {
  applyEvent,
  buildPermitGraph,
  canExtend,
  compareProject,
  DEFAULT_GRAPH,
  decisionDeadline,
  defineProject,
  draftApplication,
  issueDeadline,
  isTerminal,
  jointDeadline,
  noticeDeadline,
  PERMIT_KINDS,
  type ProjectInput,
  permitSpec,
  segmentReadiness,
  transition,
  transitivePrerequisites,
} from '../src/index';
import { drawPortfolioProject, generatePortfolio } from '../src/portfolio';
import { totalLengthM } from '../src/project-check';
import { runReform } from '../src/reform';
import { portfolioKpis } from '../src/report';
import { eventCoverage, portfolioSeries, timelineBars } from '../src/series';
import { checkDraws, checkSettings, DEFAULT_SETTINGS } from '../src/settings';

const GOOD: ProjectInput = {
  id: 'P1',
  type: 'road',
  startDate: '2024-09-30',
  segments: [
    { id: 'A', lengthM: 1200 },
    { id: 'B', lengthM: 800 },
  ],
  permits: ['siting', 'land-use', 'works', 'eia-form', 'swc-approval'],
};

function paths(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).paths;
  }
  throw new Error('expected a ValidationError');
}

describe('defineProject', () => {
  it('rejects a segment of zero length, naming it, and leaves the input unchanged', () => {
    const input = {
      ...GOOD,
      segments: [
        { id: 'A', lengthM: 1200 },
        { id: 'B', lengthM: 0 },
      ],
    };
    const copy = structuredClone(input);
    expect(paths(() => defineProject(input))).toEqual(['segments.1.lengthM']);
    expect(input).toEqual(copy);
  });
  it('rejects unknown permit kinds, duplicates, two EIA tiers and a missing prerequisite', () => {
    expect(paths(() => defineProject({ ...GOOD, permits: ['siting', 'bridge' as never] }))).toEqual([
      'permits.1',
    ]);
    expect(paths(() => defineProject({ ...GOOD, permits: ['siting', 'siting'] }))).toEqual(['permits.1']);
    expect(paths(() => defineProject({ ...GOOD, permits: ['eia-form', 'eia-report'] }))).toEqual([
      'permits.1',
    ]);
    expect(paths(() => defineProject({ ...GOOD, permits: ['works'] }))).toEqual(['permits.0']);
    // Held prerequisites satisfy the DAG.
    expect(defineProject({ ...GOOD, permits: ['works'], held: ['siting', 'land-use'] }).permits).toEqual([
      'works',
    ]);
  });
  it('rejects every other bad field at once', () => {
    const bad = {
      id: '',
      type: 'bridge',
      split: 'cross-section',
      startDate: '2024-02-30',
      segments: [],
      permits: [],
    } as unknown as ProjectInput;
    expect(paths(() => defineProject(bad)).sort()).toEqual(
      ['id', 'permits', 'segments', 'split', 'startDate', 'type'].sort(),
    );
    expect(paths(() => defineProject(null as never))).toEqual(['project']);
    expect(
      paths(() =>
        defineProject({
          ...GOOD,
          segments: [
            { id: 'A', lengthM: 1.5 },
            { id: 'A', lengthM: 10 },
          ],
        }),
      ),
    ).toEqual(['segments.0.lengthM', 'segments.1.id']);
  });
});

describe('compareProject', () => {
  it('rejects a cyclic custom prerequisite graph', () => {
    expect(paths(() => compareProject(GOOD, { graph: { 'land-use': ['works'] } }))).toEqual([
      'graph.land-use',
    ]);
  });
  it('rejects bad settings, seed and draws by path', () => {
    expect(paths(() => compareProject(GOOD, { settings: { rejectProbability: 2 } }))).toEqual([
      'settings.rejectProbability',
    ]);
    expect(paths(() => compareProject(GOOD, { seed: 1.5 }))).toEqual(['seed']);
    const project = defineProject(GOOD);
    const draws = drawProject(project, RandomStream.fromSeed(1));
    const { works: _omit, ...items } = draws.items;
    expect(paths(() => compareProject(GOOD, { draws: { ...draws, items } }))).toEqual(['draws.items.works']);
    expect(paths(() => checkDraws(project, { ...draws, commonPreparation: -1 }))).toEqual([
      'draws.commonPreparation',
    ]);
    expect(paths(() => checkDraws(project, { ...draws, approval: -1 }))).toEqual(['draws.approval']);
    const works = { ...(draws.items.works as object), caught: 1.5 };
    expect(paths(() => checkDraws(project, { ...draws, items: { ...draws.items, works } }))).toEqual([
      'draws.items.works.caught',
    ]);
  });
  it('rejects a pre-consultation share outside 0–1 and a pre-consultation of 0 days, by path', () => {
    expect(paths(() => compareProject(GOOD, { settings: { preConsultationCatchShare: 1.2 } }))).toEqual([
      'settings.preConsultationCatchShare',
    ]);
    expect(paths(() => compareProject(GOOD, { settings: { preConsultationWorkingDays: 0 } }))).toEqual([
      'settings.preConsultationWorkingDays',
    ]);
  });
});

describe('other entry points', () => {
  it('generatePortfolio names bad options', () => {
    const s = RandomStream.fromSeed(1);
    expect(
      paths(() => generatePortfolio(s, { projects: 0, startDate: '2024-01-02', spreadWorkingDays: 10 })),
    ).toEqual(['options.projects']);
    expect(
      paths(() => generatePortfolio(s, { projects: 1, startDate: '2024-13-01', spreadWorkingDays: 10 })),
    ).toEqual(['options.startDate']);
    expect(
      paths(() =>
        generatePortfolio({} as never, { projects: 1, startDate: '2024-01-02', spreadWorkingDays: 10 }),
      ),
    ).toEqual(['stream']);
  });
  it('checkSettings, permitSpec, transitivePrerequisites and drawProject name the field', () => {
    expect(paths(() => checkSettings({ ...DEFAULT_SETTINGS, meetingIntervalWorkingDays: 0 }))).toEqual([
      'settings.meetingIntervalWorkingDays',
    ]);
    expect(paths(() => checkSettings({ ...DEFAULT_SETTINGS, extra: 1 }))).toEqual(['settings']);
    expect(paths(() => permitSpec('bridge' as never))).toEqual(['kind']);
    expect(paths(() => transitivePrerequisites(DEFAULT_GRAPH, 'bridge' as never))).toEqual(['kind']);
    expect(paths(() => drawProject(defineProject(GOOD), {} as never))).toEqual(['stream']);
  });
});

// The checked public boundary of the simulation and the report: every bad field named, and every
// argument deep-equal afterwards to a copy taken before the call.
describe('checked public boundary', () => {
  const project = defineProject(GOOD);
  const draws = drawProject(project, RandomStream.fromSeed(3).substream(project.id));
  const baseline = runBaseline(project, draws, DEFAULT_SETTINGS);
  const reform = runReform(project, draws, DEFAULT_SETTINGS);
  /** The paths of the ValidationError `f` throws on `args`, checking that no argument changed. */
  function unchanged<A extends unknown[]>(f: (...args: A) => unknown, ...args: A): string[] {
    const before = structuredClone(args);
    const out = paths(() => f(...args));
    expect(args).toEqual(before);
    return out;
  }
  const clone = <T>(x: T): T => structuredClone(x) as T;
  /** A copy of `x` with the field at the dotted `path` set to `value`. */
  function withField<T>(x: T, path: string, value: unknown): T {
    const copy = clone(x);
    const keys = path.split('.');
    let at = copy as Record<string, unknown>;
    for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
    at[keys[keys.length - 1] as string] = value;
    return copy;
  }

  it('runBaseline and runReform name every bad argument at once', () => {
    const badProject = {
      ...clone(project),
      segments: [{ id: 'A', label: { zh: 'A', en: 'A' }, lengthM: 0 }],
    };
    const badDraws = { ...clone(draws), commonPreparation: -1 };
    const { works: _omit, ...items } = draws.items;
    const noWorks = { ...clone(draws), items };
    const badSettings = { ...DEFAULT_SETTINGS, rejectProbability: -0.1 };
    for (const run of [runBaseline, runReform]) {
      expect(
        unchanged(run, badProject as never, badDraws, badSettings, { trace: 'yes' as never }).sort(),
      ).toEqual([
        'draws.commonPreparation',
        'options.trace',
        'project.segments.0.lengthM',
        'settings.rejectProbability',
      ]);
      expect(unchanged(run, null as never, clone(draws), DEFAULT_SETTINGS)).toEqual(['project']);
      expect(unchanged(run, clone(project), noWorks, DEFAULT_SETTINGS)).toEqual(['draws.items.works']);
      expect(unchanged(run, clone(project), clone(draws), DEFAULT_SETTINGS, null as never)).toEqual([
        'options',
      ]);
      // A hand-made graph that is not in prerequisite order, and a project whose permits are out of order.
      const graph = withField(DEFAULT_GRAPH, 'order', [...DEFAULT_GRAPH.order].reverse());
      expect(unchanged(run, clone(project), clone(draws), DEFAULT_SETTINGS, { graph })).toEqual([
        'options.graph.order',
      ]);
      const shuffled = { ...clone(project), permits: [...project.permits].reverse() };
      expect(unchanged(run, shuffled as never, clone(draws), DEFAULT_SETTINGS)).toEqual(['project.permits']);
      // A checked project carries `held` and `split` (defineProject's defaults).
      const { held: _h, ...noHeld } = clone(project);
      expect(unchanged(run, noHeld as never, clone(draws), DEFAULT_SETTINGS)).toEqual(['project.held']);
    }
  });
  it('a cyclic hand-made graph is named at options.graph.prerequisites', () => {
    const graph = withField(DEFAULT_GRAPH, 'prerequisites.siting', ['works']);
    expect(unchanged(runBaseline, clone(project), clone(draws), DEFAULT_SETTINGS, { graph })).toEqual([
      'options.graph.prerequisites.siting',
    ]);
    expect(unchanged(transitivePrerequisites, graph, 'works')).toEqual(['graph.prerequisites.siting']);
    expect(unchanged(defineProject, clone(GOOD), { prerequisites: {} } as never)).toEqual(
      PERMIT_KINDS.map((k) => `graph.prerequisites.${k}`),
    );
  });
  it('portfolioKpis names bad outcomes in either array', () => {
    const bad = { ...clone(reform), applications: -1 };
    expect(unchanged(portfolioKpis, [clone(baseline)], [bad])).toEqual(['reform.0.applications']);
    expect(unchanged(portfolioKpis, {} as never, [clone(reform)])).toEqual(['baseline']);
  });
  it('portfolioSeries names the sample, its outcomes and the portfolio', () => {
    const other = { ...clone(reform), projectId: 'P2' };
    const late = withField(baseline, 'allPermitsOn', '2024-02-30');
    expect(
      unchanged(portfolioSeries, clone(project), clone(baseline), other, [late], [clone(reform)]),
    ).toEqual(['sampleReform.projectId', 'baseline.0.allPermitsOn']);
    expect(
      unchanged(portfolioSeries, { ...clone(project), id: '' }, clone(baseline), clone(reform), [], []),
    ).toEqual(['sample.id']);
  });
  it('timelineBars and eventCoverage name the bad event', () => {
    const bad = withField(reform, 'records.0.history.0.event.at', 'soon');
    expect(unchanged(timelineBars, clone(project), bad)).toEqual(['outcome.records.0.history.0.event.at']);
    const odd = withField(baseline, 'records.1.history.0.event.type', 'explode');
    expect(unchanged(eventCoverage, [clone(reform), odd])).toEqual([
      'outcomes.1.records.1.history.0.event.type',
    ]);
    expect(unchanged(eventCoverage, null as never)).toEqual(['outcomes']);
  });
  it('segmentReadiness, totalLengthM, drawProject and checkDraws name the project and results', () => {
    const issued = reform.permits.findIndex((p) => p.outcome.status === 'issued');
    const permits = withField(reform.permits, `${issued}.outcome.on`, '2024-13-01');
    expect(unchanged(segmentReadiness, clone(project), permits)).toEqual([`permits.${issued}.outcome.on`]);
    expect(unchanged(segmentReadiness, { ...clone(project), segments: [] }, clone(reform.permits))).toEqual([
      'project.segments',
    ]);
    const short = { ...clone(project), segments: [{ id: 'A', label: { zh: 'A', en: 'A' }, lengthM: -5 }] };
    expect(unchanged(totalLengthM, short)).toEqual(['project.segments.0.lengthM']);
    expect(unchanged(totalLengthM, undefined as never)).toEqual(['project']);
    expect(unchanged(drawProject, { ...clone(project), type: 'bridge' } as never, {} as never)).toEqual([
      'project.type',
      'stream',
    ]);
    expect(unchanged(checkDraws, null as never, clone(draws))).toEqual(['project']);
  });
  it('drawPortfolioProject checks before drawing, so a bad call leaves the stream as it was', () => {
    expect(unchanged(drawPortfolioProject, {} as never, '', '2024-02-30')).toEqual([
      'stream',
      'id',
      'startDate',
    ]);
    const used = RandomStream.fromSeed(9);
    expect(paths(() => drawPortfolioProject(used, 'P-1', 'tomorrow'))).toEqual(['startDate']);
    expect(drawPortfolioProject(used, 'P-1', '2024-03-01')).toEqual(
      drawPortfolioProject(RandomStream.fromSeed(9), 'P-1', '2024-03-01'),
    );
  });
  it('isTerminal names a state of unknown status', () => {
    expect(unchanged(isTerminal, { kind: 'works', status: 'lost' } as never)).toEqual(['state.status']);
    expect(unchanged(isTerminal, null as never)).toEqual(['state.status']);
  });
});

describe('every public function names the bad field and leaves its input unchanged', () => {
  const drafted = draftApplication('works');
  const event = { type: 'submit', at: '2024-02-30' };
  const overrides = { works: ['no-such-permit'] };
  // [what, call, expected path, inputs that must stay unchanged]
  const cases: [string, () => unknown, string, unknown[]][] = [
    ['noticeDeadline: a day that does not exist', () => noticeDeadline('2024-02-30'), 'submittedOn', []],
    [
      'decisionDeadline: an unknown kind',
      () => decisionDeadline('bridge' as never, '2024-09-30'),
      'kind',
      [],
    ],
    ['decisionDeadline: a bad date', () => decisionDeadline('works', '30/09/2024'), 'acceptedOn', []],
    [
      'decisionDeadline: a non-boolean extension',
      () => decisionDeadline('works', '2024-09-30', 1 as never),
      'extended',
      [],
    ],
    ['canExtend: an unknown kind', () => canExtend('bridge' as never), 'kind', []],
    ['issueDeadline: a number', () => issueDeadline(20241101 as never), 'decidedOn', []],
    [
      'jointDeadline: a non-boolean extension',
      () => jointDeadline('2024-09-30', 'yes' as never),
      'extended',
      [],
    ],
    ['permitSpec: an unknown kind', () => permitSpec('bridge' as never), 'kind', []],
    ['draftApplication: an unknown kind', () => draftApplication('bridge' as never), 'kind', []],
    [
      'transition: an event on a day that does not exist',
      () => transition(drafted, event as never),
      'event.at',
      [drafted, event],
    ],
    [
      'applyEvent: an event on a day that does not exist',
      () => applyEvent(drafted, event as never),
      'event.at',
      [drafted, event],
    ],
    [
      'buildPermitGraph: an unknown prerequisite',
      () => buildPermitGraph(overrides),
      'graph.works.0',
      [overrides],
    ],
  ];
  for (const [what, run, path, inputs] of cases) {
    it(`${what} → ${path}`, () => {
      const before = inputs.map((x) => JSON.stringify(x));
      expect(paths(run)).toContain(path);
      expect(inputs.map((x) => JSON.stringify(x))).toEqual(before);
    });
  }
});
