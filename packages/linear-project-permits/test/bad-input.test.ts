// Bad input to every public function: a typed error naming the field, the input left unchanged.
import { RandomStream, ValidationError } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { compareProject } from '../src/compare';
import { drawProject } from '../src/draws';
import { permitSpec } from '../src/permits';
import { generatePortfolio } from '../src/portfolio';
import { DEFAULT_GRAPH, transitivePrerequisites } from '../src/prerequisite-graph';
import { defineProject, type ProjectInput } from '../src/project';
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
