// Checks of the public inputs: a typed ValidationError naming the bad field, never a deep TypeError.
import {
  type CivilDateTime,
  describeValue,
  toEpochMinutes,
  ValidationError,
  validateImo,
  validateResidentId,
} from '@gd-ftz/core';
import type { MedicalCase, MedicalEvent, Ship } from './model';

function bad(path: string, en: string, zh: string): never {
  throw ValidationError.of(path, en, zh);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function finiteAtLeast(v: unknown, min: number, path: string): void {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min) {
    bad(
      path,
      `must be a finite number ≥ ${min}, got ${describeValue(v)}`,
      `必须是不小于 ${min} 的有限数，收到 ${describeValue(v)}`,
    );
  }
}

/** Checks the fields of a ship that mlcMinimumMedicalProvision reads. */
export function checkProvisionShip(ship: unknown, path: string): void {
  if (!isObject(ship)) bad(path, 'must be an object', '必须是对象');
  const p = ship.personsOnBoard;
  if (typeof p !== 'number' || !Number.isSafeInteger(p) || p < 1) {
    bad(
      `${path}.personsOnBoard`,
      `must be an integer ≥ 1, got ${describeValue(p)}`,
      `必须是不小于 1 的整数，收到 ${describeValue(p)}`,
    );
  }
  if (typeof ship.international !== 'boolean')
    bad(`${path}.international`, 'must be a boolean', '必须是布尔值');
  finiteAtLeast(ship.ordinaryVoyageHours, 0, `${path}.ordinaryVoyageHours`);
}

/** Checks a whole ship. */
export function checkShip(ship: unknown, path: string): asserts ship is Ship {
  checkProvisionShip(ship, path);
  const s = ship as Record<string, unknown>;
  const imo = validateImo(s.imo);
  if (!imo.valid)
    bad(`${path}.imo`, `is not a valid IMO number: ${imo.reason.en}`, `不是有效的IMO编号：${imo.reason.zh}`);
  if (typeof s.flag !== 'string' || !/^[A-Z]{2}$/.test(s.flag)) {
    bad(`${path}.flag`, 'must be an ISO 3166 alpha-2 code such as CN', '必须是两位国家代码，如 CN');
  }
  if (s.position !== 'berth' && s.position !== 'anchorage' && s.position !== 'underway') {
    bad(
      `${path}.position`,
      "must be 'berth', 'anchorage' or 'underway'",
      "必须是 'berth'、'anchorage' 或 'underway'",
    );
  }
  finiteAtLeast(s.distanceNm, 0, `${path}.distanceNm`);
  if (s.position === 'berth' && s.distanceNm !== 0)
    bad(`${path}.distanceNm`, 'must be 0 at berth', '靠泊时必须为 0');
}

/** Checks a civil date-time. */
export function checkDateTime(dt: unknown, path: string): asserts dt is CivilDateTime {
  try {
    toEpochMinutes(dt as CivilDateTime);
  } catch {
    bad(
      path,
      'must be a civil date-time { date: YYYY-MM-DD, minute: 0–1439 }',
      '必须是日期时间 { date, minute }',
    );
  }
}

/** Checks a medical event. */
export function checkEvent(event: unknown, path: string): asserts event is MedicalEvent {
  if (!isObject(event)) bad(path, 'must be an object', '必须是对象');
  const s = event.severity;
  if (s !== 'critical' && s !== 'serious' && s !== 'minor') {
    bad(
      `${path}.severity`,
      "must be 'critical', 'serious' or 'minor'",
      "必须是 'critical'、'serious' 或 'minor'",
    );
  }
  if (typeof event.infectious !== 'boolean') bad(`${path}.infectious`, 'must be a boolean', '必须是布尔值');
  checkDateTime(event.onset, `${path}.onset`);
}

/** Checks a case. */
export function checkCase(c: unknown, path: string): asserts c is MedicalCase {
  if (!isObject(c)) bad(path, 'must be an object', '必须是对象');
  if (typeof c.id !== 'string' || c.id.trim() === '')
    bad(`${path}.id`, 'must be a non-empty string', '必须是非空字符串');
  checkShip(c.ship, `${path}.ship`);
  const crew = c.crew;
  if (!isObject(crew)) bad(`${path}.crew`, 'must be an object', '必须是对象');
  if (crew.idKind === 'resident-id') {
    const r = validateResidentId(crew.id);
    if (!r.valid)
      bad(
        `${path}.crew.id`,
        `is not a valid resident ID: ${r.reason.en}`,
        `不是有效的居民身份证号码：${r.reason.zh}`,
      );
  } else if (crew.idKind === 'passport') {
    if (typeof crew.id !== 'string' || !/^[A-Z0-9]{5,20}$/.test(crew.id)) {
      bad(`${path}.crew.id`, 'must be 5–20 capital letters or digits', '必须是5至20位大写字母或数字');
    }
  } else
    bad(`${path}.crew.idKind`, "must be 'resident-id' or 'passport'", "必须是 'resident-id' 或 'passport'");
  checkEvent(c.event, `${path}.event`);
}
