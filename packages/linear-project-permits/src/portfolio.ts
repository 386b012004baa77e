// A seeded portfolio of municipal linear projects: type, length, segments, EIA tier and 水保 route.
// The mix is a modelling assumption (no published statistics); it exercises every path of the model.
import {
  addWorkingDays,
  civilDate,
  isCivilDate,
  type Localized,
  nextWorkingDay,
  parse,
  type RandomStream,
  ValidationError,
  type ValidationIssue,
  z,
} from '@gd-ftz/core';
import type { PermitKind } from './permits';
import { defineProject, PROJECT_TYPES, type Project, type ProjectType, type SplitMethod } from './project';

/** Options of {@link generatePortfolio}. */
export interface PortfolioOptions {
  /** Number of projects. */
  readonly projects: number;
  /** The earliest start date; projects start on working days spread after it. */
  readonly startDate: string;
  /** Projects start within this many working days after `startDate`. */
  readonly spreadWorkingDays: number;
}

const OPTIONS_SCHEMA = z
  .object({
    projects: z.number().int().min(1).max(100_000),
    startDate: z.string(),
    spreadWorkingDays: z.number().int().min(0).max(250),
  })
  .strict();

/** The portfolio mix (assumption): shares of types, EIA tiers per type, 水保 approval share. */
export const PORTFOLIO_MIX = {
  types: [0.45, 0.3, 0.15, 0.1],
  crossSectionShare: 0.3,
  eia: {
    road: [0.3, 0.6, 0.1],
    pipeline: [0.05, 0.45, 0.5],
    cable: [0, 0.4, 0.6],
    rail: [0.7, 0.3, 0],
  },
  swcApprovalShare: 0.6,
  medianLengthM: 3000,
  segmentLengthM: 1500,
  maxSegments: 6,
} as const;

const EIA_KINDS: readonly PermitKind[] = ['eia-report', 'eia-form', 'eia-registration'];
const CROSS_SECTION: readonly Localized[] = [
  { zh: '车行道', en: 'Carriageway' },
  { zh: '非机动车道', en: 'Cycle lanes' },
  { zh: '人行道', en: 'Footways' },
];

function splitLength(s: RandomStream, total: number, n: number): number[] {
  const weights = Array.from({ length: n }, () => s.uniform(0.5, 1.5));
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.max(1, Math.floor((total * w) / sum)));
  const used = parts.slice(0, -1).reduce((a, b) => a + b, 0);
  parts[n - 1] = Math.max(1, total - used);
  return parts;
}

/**
 * One project drawn from `stream`. The arguments are checked before anything is drawn
 * (ValidationError naming `stream`, `id`, `startDate`), so a bad call leaves the stream as it was.
 * @example
 * drawPortfolioProject(RandomStream.fromSeed(1), 'P-1', '2024-03-01');
 */
export function drawPortfolioProject(stream: RandomStream, id: string, startDate: string): Project {
  const issues: ValidationIssue[] = [];
  if (typeof stream?.weightedIndex !== 'function') {
    issues.push({ path: 'stream', message: { en: 'must be a RandomStream', zh: '必须是 RandomStream' } });
  }
  if (typeof id !== 'string' || id.trim() === '') {
    issues.push({ path: 'id', message: { en: 'must be a non-empty string', zh: '必须是非空字符串' } });
  }
  if (typeof startDate !== 'string' || !isCivilDate(startDate)) {
    issues.push({
      path: 'startDate',
      message: { en: 'must be a date YYYY-MM-DD', zh: '必须是 YYYY-MM-DD 格式的日期' },
    });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return portfolioProject(stream, id, startDate);
}

/** {@link drawPortfolioProject} on checked arguments (generatePortfolio's loop). */
function portfolioProject(s: RandomStream, id: string, startDate: string): Project {
  const type = PROJECT_TYPES[s.weightedIndex(PORTFOLIO_MIX.types)] as ProjectType;
  const lengthM = Math.min(
    20_000,
    Math.max(300, Math.round(s.lognormal(Math.log(PORTFOLIO_MIX.medianLengthM), 0.6))),
  );
  const split: SplitMethod =
    type === 'road' && s.bernoulli(PORTFOLIO_MIX.crossSectionShare) ? 'cross-section' : 'length';
  const segments =
    split === 'cross-section'
      ? CROSS_SECTION.map((label, i) => ({ id: `X${i + 1}`, label, lengthM }))
      : splitLength(
          s,
          lengthM,
          Math.min(PORTFOLIO_MIX.maxSegments, Math.max(1, Math.ceil(lengthM / PORTFOLIO_MIX.segmentLengthM))),
        ).map((len, i) => ({
          id: `S${i + 1}`,
          label: { zh: `第${i + 1}段`, en: `Section ${i + 1}` },
          lengthM: len,
        }));
  const eia = EIA_KINDS[s.weightedIndex(PORTFOLIO_MIX.eia[type])] as PermitKind;
  const swc: PermitKind = s.bernoulli(PORTFOLIO_MIX.swcApprovalShare) ? 'swc-approval' : 'swc-filing';
  return defineProject({
    id,
    type,
    split,
    startDate,
    segments,
    permits: ['siting', 'land-use', 'works', eia, swc],
  });
}

/**
 * A seeded portfolio: project i is drawn from the sub-stream `project-i` of `stream`, so a
 * project does not change when the portfolio grows.
 * @example
 * const projects = generatePortfolio(RandomStream.fromSeed(42).substream('population'),
 *   { projects: 200, startDate: '2024-01-02', spreadWorkingDays: 60 });
 */
export function generatePortfolio(stream: RandomStream, options: PortfolioOptions): Project[] {
  const o = parse(OPTIONS_SCHEMA, options, 'options');
  if (typeof stream?.substream !== 'function') {
    throw ValidationError.of('stream', 'must be a RandomStream', '必须是 RandomStream');
  }
  const at = portfolioProjects(stream, o.startDate, o.spreadWorkingDays);
  const out: Project[] = [];
  for (let i = 0; i < o.projects; i++) out.push(at(i));
  return out;
}

/**
 * Project `i` of the portfolio drawn from `stream` (the sub-stream `project-i`), on checked
 * arguments: a function of the seed, the options and `i` alone, so that a shard of a sharded run
 * draws its projects without drawing the ones before them.
 * @example
 * const at = portfolioProjects(RandomStream.fromSeed(42).substream('population'), '2024-01-02', 60);
 * at(7).id; // 'P-0008', the same project as generatePortfolio(…)[7]
 */
export function portfolioProjects(
  stream: RandomStream,
  startDate: string,
  spreadWorkingDays: number,
): (i: number) => Project {
  const first = nextWorkingDay(civilDate(startDate, 'options.startDate'));
  return (i) => {
    const s = stream.substream(`project-${i}`);
    const start = addWorkingDays(first, s.int(0, spreadWorkingDays));
    return portfolioProject(s, `P-${String(i + 1).padStart(4, '0')}`, start);
  };
}
