// The farm population: farms on a synthetic map, their harvest lots, the residues each lot truly
// carries, and which lots the monitoring plan, the scheduled supervision and the farmers' urgent
// requests pick. Drawn once, so that the old process and the reform see the same lots.
import { ConfigurationError, type Localized, type RandomStream, ValidationError } from '@gd-ftz/core';
import type { Point } from './coverage-planning';

/** The species of the model: only lot sizes differ between them. */
export const SPECIES = [
  { id: 'grassCarp', name: { zh: '草鱼', en: 'Grass carp' }, share: 0.3, lotKg: 4000 },
  { id: 'largemouthBass', name: { zh: '加州鲈', en: 'Largemouth bass' }, share: 0.25, lotKg: 2500 },
  { id: 'tilapia', name: { zh: '罗非鱼', en: 'Tilapia' }, share: 0.2, lotKg: 5000 },
  { id: 'whitelegShrimp', name: { zh: '南美白对虾', en: 'Whiteleg shrimp' }, share: 0.2, lotKg: 1500 },
  { id: 'ricefieldEel', name: { zh: '黄鳝', en: 'Ricefield eel' }, share: 0.05, lotKg: 800 },
] as const satisfies readonly { id: string; name: Localized; share: number; lotKg: number }[];
/** A species id. */
export type SpeciesId = (typeof SPECIES)[number]['id'];

/** One farm (养殖场). */
export interface Farm {
  readonly id: string;
  /** Position on the map, km. */
  readonly location: Point;
  readonly species: SpeciesId;
  /** Production cycles a year, each ending in a harvest window of several sale lots. */
  readonly cyclesPerYear: number;
  /** Mean weight of a sale lot, kg. */
  readonly lotKg: number;
  /** Multiplier of the province-wide contamination prevalence (1 = average farm). */
  readonly riskFactor: number;
}

/** The synthetic map: a rectangle of farming areas (clusters of ponds). */
export interface MapSpec {
  readonly widthKm: number;
  readonly heightKm: number;
  readonly clusters: number;
  /** Standard deviation of a farm's distance from its cluster centre, km. */
  readonly clusterSpreadKm: number;
}

/**
 * The default map: 400 × 250 km with 8 farming areas, roughly the extent of Guangdong's
 * aquaculture belt. An assumption: the model needs distances, not real geography.
 */
export const DEFAULT_MAP: MapSpec = Object.freeze({
  widthKm: 400,
  heightKm: 250,
  clusters: 8,
  clusterSpreadKm: 25,
});

const SPECIES_IDS: readonly string[] = SPECIES.map((s) => s.id);

/**
 * Validates farms given by a caller, throwing a ValidationError naming the first bad field (a farm
 * without a location is `farms.3.location`). Returns the same array; nothing is copied or changed.
 * @example
 * validateFarms([{ id: 'F1', location: { x: 1, y: 2 }, species: 'tilapia', cyclesPerYear: 2, lotKg: 3000, riskFactor: 1 }]);
 */
export function validateFarms(farms: unknown, path = 'farms'): readonly Farm[] {
  if (!Array.isArray(farms)) throw ValidationError.of(path, 'must be an array of farms', '必须是养殖场数组');
  farms.forEach((f: Partial<Farm> | null, i) => {
    const p = `${path}.${i}`;
    if (typeof f !== 'object' || f === null)
      throw ValidationError.of(p, 'must be a farm object', '必须是养殖场对象');
    if (typeof f.id !== 'string' || f.id === '')
      throw ValidationError.of(`${p}.id`, 'must be a non-empty string', '必须是非空字符串');
    const loc = f.location;
    if (typeof loc !== 'object' || loc === null || !Number.isFinite(loc.x) || !Number.isFinite(loc.y)) {
      throw ValidationError.of(
        `${p}.location`,
        'must be a point {x, y} in km',
        '必须是以公里计的坐标 {x, y}',
      );
    }
    if (!SPECIES_IDS.includes(f.species as string)) {
      throw ValidationError.of(
        `${p}.species`,
        `must be one of ${SPECIES_IDS.join(', ')}`,
        `必须是 ${SPECIES_IDS.join('、')} 之一`,
      );
    }
    if (
      !Number.isInteger(f.cyclesPerYear) ||
      (f.cyclesPerYear as number) < 1 ||
      (f.cyclesPerYear as number) > 12
    ) {
      throw ValidationError.of(
        `${p}.cyclesPerYear`,
        'must be an integer from 1 to 12',
        '必须是 1 至 12 的整数',
      );
    }
    if (!Number.isFinite(f.lotKg) || (f.lotKg as number) <= 0)
      throw ValidationError.of(`${p}.lotKg`, 'must be a positive number', '必须是正数');
    if (!Number.isFinite(f.riskFactor) || (f.riskFactor as number) < 0) {
      throw ValidationError.of(`${p}.riskFactor`, 'must be a number ≥ 0', '必须是不小于 0 的数');
    }
  });
  return farms as readonly Farm[];
}

/**
 * The most farms one run draws (the `farms` parameter's maximum): issue 32 found 1e8 farms crash
 * and 1e308 hang; the README states the time and heap of the worst allowed scenario.
 * @example
 * generateFarms(MAX_FARMS + 1, DEFAULT_MAP, rng); // throws ValidationError naming `count`
 */
export const MAX_FARMS = 20_000;

/**
 * The most candidate sites (cols × rows) a grid may have: the coverage planner's work grows with
 * candidates × farms, and the scenario uses 16 × 10.
 * @example
 * candidateSites(DEFAULT_MAP, 100, 101); // throws ValidationError naming `rows`
 */
export const MAX_CANDIDATE_SITES = 10_000;

/**
 * Draws `count` farms on the map: farming-area centres uniform on the map, farms normally spread
 * around them (clipped to the map), species by their shares, 1–3 cycles a year, and a lognormal
 * risk factor of mean 1 (σ = 0.8): a few farms carry most of the risk (assumption).
 * @example
 * generateFarms(200, DEFAULT_MAP, RandomStream.fromSeed(1).substream('farms')).length; // 200
 */
export function generateFarms(count: number, map: MapSpec, rng: RandomStream): Farm[] {
  if (!Number.isInteger(count) || count < 0 || count > MAX_FARMS)
    throw ValidationError.of(
      'count',
      `must be an integer from 0 to ${MAX_FARMS}`,
      `必须是 0 至 ${MAX_FARMS} 的整数`,
    );
  if (
    !(map.widthKm > 0) ||
    !(map.heightKm > 0) ||
    !Number.isInteger(map.clusters) ||
    map.clusters < 1 ||
    !(map.clusterSpreadKm >= 0)
  ) {
    throw new ConfigurationError(
      'map',
      'needs positive width and height, at least one cluster and a spread ≥ 0',
    );
  }
  const centres: Point[] = [];
  for (let c = 0; c < map.clusters; c++) {
    centres.push({ x: rng.uniform(0.1, 0.9) * map.widthKm, y: rng.uniform(0.1, 0.9) * map.heightKm });
  }
  // Larger areas hold more farms (Pearl River Delta ponds versus scattered uplands).
  const clusterWeights = centres.map(() => rng.uniform(0.3, 1));
  const shares = SPECIES.map((s) => s.share);
  const sigma = 0.8;
  const farms: Farm[] = [];
  for (let i = 0; i < count; i++) {
    const centre = centres[rng.weightedIndex(clusterWeights)] as Point;
    const x = Math.min(map.widthKm, Math.max(0, rng.normal(centre.x, map.clusterSpreadKm)));
    const y = Math.min(map.heightKm, Math.max(0, rng.normal(centre.y, map.clusterSpreadKm)));
    const species = SPECIES[rng.weightedIndex(shares)] as (typeof SPECIES)[number];
    farms.push({
      id: `F${String(i + 1).padStart(5, '0')}`,
      location: { x: Math.round(x * 100) / 100, y: Math.round(y * 100) / 100 },
      species: species.id,
      cyclesPerYear: rng.int(1, 3),
      lotKg: Math.round(species.lotKg * rng.uniform(0.6, 1.4)),
      riskFactor: rng.lognormal(-(sigma * sigma) / 2, sigma),
    });
  }
  return farms;
}

/**
 * Candidate test-point sites: the centres of a regular grid of township cells over the map
 * (`cols` × `rows`). Assumption: any township can host a test point.
 * @example
 * candidateSites(DEFAULT_MAP, 4, 2).length; // 8
 */
export function candidateSites(map: MapSpec, cols: number, rows: number): Point[] {
  for (const [key, v] of [
    ['map.widthKm', map?.widthKm],
    ['map.heightKm', map?.heightKm],
  ] as const) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0)
      throw ValidationError.of(key, 'must be a positive number', '必须是正数');
  }
  for (const [key, v] of [
    ['cols', cols],
    ['rows', rows],
  ] as const) {
    if (!Number.isInteger(v) || v < 1 || v > MAX_CANDIDATE_SITES)
      throw ValidationError.of(
        key,
        `must be an integer from 1 to ${MAX_CANDIDATE_SITES}`,
        `必须是 1 至 ${MAX_CANDIDATE_SITES} 的整数`,
      );
  }
  if (cols * rows > MAX_CANDIDATE_SITES)
    throw ValidationError.of(
      'rows',
      `cols × rows must be at most ${MAX_CANDIDATE_SITES}`,
      `列数乘行数不得超过 ${MAX_CANDIDATE_SITES}`,
    );
  const out: Point[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      out.push({ x: ((c + 0.5) * map.widthKm) / cols, y: ((r + 0.5) * map.heightKm) / rows });
    }
  }
  return out;
}
