// Hand checks of the public functions' input: every failure is a ValidationError naming the field,
// thrown before anything is computed or changed.
import { type CivilDate, describeValue, isCivilDate, ValidationError } from '@gd-ftz/core';
import type { CourtRef, Precedent } from './model';

const LEVELS = ['supreme', 'high', 'intermediate', 'basic'] as const;
const KINDS = ['guiding-case', 'typical-case', 'reference-case', 'judgment'] as const;

export function fail(path: string, en: string, zh: string): never {
  throw ValidationError.of(path, en, zh);
}

export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function checkText(path: string, x: unknown): string {
  if (typeof x !== 'string' || x.trim() === '')
    fail(path, `must be non-empty text, got ${describeValue(x)}`, '须为非空文本');
  return x;
}

export function checkDate(path: string, x: unknown): CivilDate {
  if (!isCivilDate(x))
    fail(path, `must be a civil date YYYY-MM-DD, got ${describeValue(x)}`, '须为日期 YYYY-MM-DD');
  return x;
}

export function checkInteger(path: string, x: unknown, min: number, max: number): number {
  if (typeof x !== 'number' || !Number.isInteger(x) || x < min || x > max)
    fail(path, `must be an integer in ${min}..${max}, got ${describeValue(x)}`, `须为 ${min}..${max} 的整数`);
  return x;
}

/** A court reference: its id, level, province and parent (null only for the SPC). */
export function checkCourt(path: string, x: unknown): CourtRef {
  if (!isRecord(x)) fail(path, `must be a court, got ${describeValue(x)}`, '须为法院');
  checkText(`${path}.id`, x.id);
  if (!LEVELS.includes(x.level as never))
    fail(`${path}.level`, `must be one of ${LEVELS.join(', ')}`, '法院层级无效');
  checkText(`${path}.province`, x.province);
  const root = x.level === 'supreme';
  if (root ? x.parentId !== null : typeof x.parentId !== 'string' || x.parentId === '')
    fail(
      `${path}.parentId`,
      root ? 'must be null for the SPC' : 'must name the court one level up',
      root ? '最高人民法院无上级法院' : '须为上一级法院',
    );
  return x as unknown as CourtRef;
}

/** A precedent: kind, publishing or deciding court, effective flag, date; a guiding case is the SPC's. */
export function checkPrecedent(path: string, x: unknown): Precedent {
  if (!isRecord(x)) fail(path, `must be a precedent, got ${describeValue(x)}`, '须为案例');
  if (!KINDS.includes(x.kind as never))
    fail(`${path}.kind`, `must be one of ${KINDS.join(', ')}`, '案例类别无效');
  const court = checkCourt(`${path}.court`, x.court);
  if (typeof x.effective !== 'boolean')
    fail(`${path}.effective`, `must be a boolean, got ${describeValue(x.effective)}`, '须为布尔值');
  checkDate(`${path}.decidedOn`, x.decidedOn);
  // 指导性案例 are the SPC's (指导意见 第四条第（一）项: 最高人民法院发布的指导性案例); 参考性案例 a high
  // court's (第四条第（三）项).
  if (x.kind === 'guiding-case' && court.level !== 'supreme')
    fail(`${path}.court`, 'a guiding case is published by the SPC', '指导性案例由最高人民法院发布');
  if (x.kind === 'reference-case' && court.level !== 'high')
    fail(`${path}.court`, 'a reference case is published by a high court', '参考性案例由高级人民法院发布');
  return x as unknown as Precedent;
}
