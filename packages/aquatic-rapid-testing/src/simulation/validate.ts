// Input checks of the simulation entry points: every bad field named by its path.
import { ValidationError } from '@gd-ftz/core';
import { ANALYTE_IDS } from '../analytes';
import { validateFarms } from '../farms';
import type { Population } from './records';

function isPoint(p: unknown): boolean {
  const q = p as { x: number; y: number } | null;
  return typeof q === 'object' && q !== null && Number.isFinite(q.x) && Number.isFinite(q.y);
}

/**
 * Checks a population and the sites of a run, throwing a ValidationError naming the field.
 * @example
 * validatePopulation({ year: 2025, farms: [], lots: [] }, { x: 0, y: 0 });
 */
export function validatePopulation(population: unknown, lab: unknown, testPoints?: unknown): Population {
  const p = population as Population | null;
  if (typeof p !== 'object' || p === null)
    throw ValidationError.of('population', 'must be an object', '必须是对象');
  if (!Number.isInteger(p.year) || p.year < 2023 || p.year > 2025) {
    throw ValidationError.of('population.year', 'must be 2023–2025', '必须在 2023–2025 之间');
  }
  validateFarms(p.farms, 'population.farms');
  if (!Array.isArray(p.lots)) throw ValidationError.of('population.lots', 'must be an array', '必须是数组');
  const horizon = (p.year % 4 === 0 ? 366 : 365) * 1440;
  const timeOrNone = (v: unknown) => v === -1 || (typeof v === 'number' && v >= 0 && v < horizon);
  p.lots.forEach((lot, i) => {
    const at = `population.lots.${i}`;
    if (typeof lot !== 'object' || lot === null)
      throw ValidationError.of(at, 'must be a lot object', '必须是批次对象');
    if (lot.index !== i)
      throw ValidationError.of(`${at}.index`, 'must equal its position', '必须等于其在数组中的位置');
    if (!Number.isInteger(lot.farm) || lot.farm < 0 || lot.farm >= p.farms.length) {
      throw ValidationError.of(`${at}.farm`, 'must be the index of a farm', '必须是养殖场下标');
    }
    if (!(typeof lot.harvestAt === 'number' && lot.harvestAt >= 0 && lot.harvestAt < horizon)) {
      throw ValidationError.of(`${at}.harvestAt`, 'must be a minute within the year', '必须是年度内的分钟数');
    }
    if (!(typeof lot.saleAt === 'number' && lot.saleAt >= lot.harvestAt)) {
      throw ValidationError.of(`${at}.saleAt`, 'must not be before the harvest', '不得早于收获时间');
    }
    if (!(lot.volumeKg > 0))
      throw ValidationError.of(`${at}.volumeKg`, 'must be a positive number', '必须是正数');
    if (
      !Array.isArray(lot.residues) ||
      lot.residues.length !== ANALYTE_IDS.length ||
      !lot.residues.every((r: number) => Number.isFinite(r) && r >= 0)
    ) {
      throw ValidationError.of(
        `${at}.residues`,
        `must be ${ANALYTE_IDS.length} residues ≥ 0`,
        `必须是 ${ANALYTE_IDS.length} 个不小于 0 的残留量`,
      );
    }
    if (!Number.isInteger(lot.failMask) || lot.failMask < 0 || lot.failMask >= 1 << ANALYTE_IDS.length) {
      throw ValidationError.of(
        `${at}.failMask`,
        'must be a bit mask of the analytes',
        '必须是检测项目的位掩码',
      );
    }
    for (const key of ['monitoringAt', 'scheduledAt', 'urgentAt'] as const) {
      if (!timeOrNone(lot[key]))
        throw ValidationError.of(
          `${at}.${key}`,
          'must be -1 or a minute within the year',
          '必须是 -1 或年度内的分钟数',
        );
    }
  });
  if (!isPoint(lab))
    throw ValidationError.of('lab', 'must be a point {x, y} in km', '必须是以公里计的坐标 {x, y}');
  if (testPoints !== undefined) {
    if (!Array.isArray(testPoints) || testPoints.length === 0) {
      throw ValidationError.of('testPoints', 'must be a non-empty array of points', '必须是非空的坐标数组');
    }
    testPoints.forEach((t, i) => {
      if (!isPoint(t))
        throw ValidationError.of(
          `testPoints.${i}`,
          'must be a point {x, y} in km',
          '必须是以公里计的坐标 {x, y}',
        );
    });
  }
  return p;
}
