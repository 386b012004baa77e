// The default scenario (200 projects) against its parts, measured in the same run: portfolio
// generation alone is the reference the ratios are stated against.
import { RandomStream } from '@gd-ftz/core';
import { measure } from '@gd-ftz/linear-project-permits';
import { bench, describe } from 'vitest';
import { runBaseline } from '../src/baseline';
import { drawProject } from '../src/draws';
import { generatePortfolio } from '../src/portfolio';
import { runReform } from '../src/reform';
import { DEFAULT_SETTINGS } from '../src/settings';

const OPTIONS = { projects: 200, startDate: '2024-01-02', spreadWorkingDays: 60 };
const projects = generatePortfolio(RandomStream.fromSeed(1).substream('population'), OPTIONS);
const draws = projects.map((p) => drawProject(p, RandomStream.fromSeed(1).substream(p.id)));

describe('linear-project-permits, 200 projects', () => {
  bench('portfolio generation (reference)', () => {
    generatePortfolio(RandomStream.fromSeed(1).substream('population'), OPTIONS);
  });
  bench('baseline process', () => {
    projects.forEach((p, i) => {
      runBaseline(p, draws[i] as never, DEFAULT_SETTINGS);
    });
  });
  bench('reform process', () => {
    projects.forEach((p, i) => {
      runReform(p, draws[i] as never, DEFAULT_SETTINGS);
    });
  });
  bench('measure.simulate (default scenario)', () => {
    measure.simulate({}, { seed: 1 });
  });
});
