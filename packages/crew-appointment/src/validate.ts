// Hand-written input checks of the public functions: every bad field is collected with its path
// and thrown as one ValidationError before anything is computed. Kept allocation-free on the
// happy path because checkCrewPost runs on every filing of a province-year.
import { daysInMonth, isValidImo, ValidationError, type ValidationIssue } from '@gd-ftz/core';
import type { Certificate, CrewOnBoard, Post, Seafarer, ServiceRecord, Ship } from './model';
import { isRank, isShipClass, RANK_INFO } from './ranks';

type Issues = ValidationIssue[];

function bad(issues: Issues, path: string, en: string, zh: string): void {
  issues.push({ path, message: { en, zh } });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** Throws the collected issues, if any. */
export function throwIfAny(issues: Issues | undefined): void {
  if (issues !== undefined && issues.length > 0) throw new ValidationError(issues);
}

const ZERO = 48;

/**
 * Whether `v` is a real date 'YYYY-MM-DD' (year 1000–9999). Hand-parsed from the character codes:
 * checkCrewPost validates four dates per call, and this keeps it allocation-free (month lengths
 * from core's calendar).
 */
function isDate(v: unknown): boolean {
  if (typeof v !== 'string' || v.length !== 10 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45)
    return false;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = v.charCodeAt(i) - ZERO;
    if (c < 0 || c > 9) return false;
    y = y * 10 + c;
  }
  const m1 = v.charCodeAt(5) - ZERO;
  const m2 = v.charCodeAt(6) - ZERO;
  const d1 = v.charCodeAt(8) - ZERO;
  const d2 = v.charCodeAt(9) - ZERO;
  if (m1 < 0 || m1 > 1 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 3 || d2 < 0 || d2 > 9) return false;
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  if (y < 1000 || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

/** Checks a civil date field. */
export function checkDate(v: unknown, path: string, issues: Issues): void {
  if (!isDate(v)) bad(issues, path, 'must be a real date YYYY-MM-DD', '必须是有效日期 YYYY-MM-DD');
}

/** Checks a 适任证书. */
export function checkCertificate(c: unknown, path: string, issues: Issues): void {
  if (!isObject(c)) {
    bad(issues, path, 'must be a certificate object', '必须是证书对象');
    return;
  }
  const cert = c as Partial<Certificate>;
  if (!isRank(cert.rank)) bad(issues, `${path}.rank`, 'must be a known rank', '必须是已知职务');
  if (cert.area !== 'unlimited' && cert.area !== 'coastal') {
    bad(issues, `${path}.area`, "must be 'unlimited' or 'coastal'", "必须是 'unlimited' 或 'coastal'");
  }
  if (!isShipClass(cert.shipClass))
    bad(issues, `${path}.shipClass`, 'must be a known class', '必须是已知等级');
  checkDate(cert.validFrom, `${path}.validFrom`, issues);
  checkDate(cert.validUntil, `${path}.validUntil`, issues);
  if (
    typeof cert.validFrom === 'string' &&
    typeof cert.validUntil === 'string' &&
    cert.validUntil < cert.validFrom
  ) {
    bad(issues, `${path}.validUntil`, 'must not be before validFrom', '不得早于 validFrom');
  }
}

/** Checks a seafarer's shape (the ID's check digit is a finding, not an input error). */
export function checkSeafarer(s: unknown, path: string, issues: Issues): void {
  if (!isObject(s)) {
    bad(issues, path, 'must be a seafarer object', '必须是船员对象');
    return;
  }
  const { id, certificate, health } = s as Partial<Seafarer>;
  if (!isObject(id)) {
    bad(issues, `${path}.id`, 'must be an identity object', '必须是身份对象');
  } else if (id.kind === 'resident-id') {
    if (typeof id.number !== 'string') bad(issues, `${path}.id.number`, 'must be a string', '必须是字符串');
  } else if (id.kind === 'passport') {
    if (typeof id.number !== 'string') bad(issues, `${path}.id.number`, 'must be a string', '必须是字符串');
    if (typeof id.country !== 'string' || !/^[A-Z]{2}$/.test(id.country)) {
      bad(issues, `${path}.id.country`, 'must be an ISO 3166 alpha-2 code', '必须是两位国家代码');
    }
  } else {
    bad(
      issues,
      `${path}.id.kind`,
      "must be 'resident-id' or 'passport'",
      "必须是 'resident-id' 或 'passport'",
    );
  }
  if (certificate !== null) checkCertificate(certificate, `${path}.certificate`, issues);
  if (health !== null) {
    if (!isObject(health)) bad(issues, `${path}.health`, 'must be an object or null', '必须是对象或 null');
    else checkDate(health.validUntil, `${path}.health.validUntil`, issues);
  }
}

/** Checks a post. */
export function checkPost(p: unknown, path: string, issues: Issues): void {
  if (!isObject(p) || !isRank((p as Partial<Post>).rank)) {
    bad(issues, `${path}.rank`, 'must be a known rank', '必须是已知职务');
  }
}

function nonNegative(v: unknown): boolean {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0;
}

/** Checks a ship, its IMO number's check digit included. */
export function checkShip(s: unknown, path: string, issues: Issues): void {
  if (!isObject(s)) {
    bad(issues, path, 'must be a ship object', '必须是船舶对象');
    return;
  }
  const ship = s as Partial<Ship>;
  if (ship.imo !== null && !isValidImo(ship.imo)) {
    bad(issues, `${path}.imo`, 'must be a valid IMO number or null', '必须是有效的 IMO 编号或 null');
  }
  if (typeof ship.flag !== 'string' || ship.flag.length !== 2 || !/^[A-Z]{2}$/.test(ship.flag)) {
    bad(issues, `${path}.flag`, 'must be an ISO 3166 alpha-2 code', '必须是两位国家代码');
  }
  if (ship.area !== 'unlimited' && ship.area !== 'coastal') {
    bad(issues, `${path}.area`, "must be 'unlimited' or 'coastal'", "必须是 'unlimited' 或 'coastal'");
  }
  if (!nonNegative(ship.grossTonnage)) bad(issues, `${path}.grossTonnage`, 'must be ≥ 0', '必须 ≥ 0');
  if (!nonNegative(ship.propulsionKw)) bad(issues, `${path}.propulsionKw`, 'must be ≥ 0', '必须 ≥ 0');
  const m = ship.minimumSafeManning;
  if (!isObject(m)) {
    bad(issues, `${path}.minimumSafeManning`, 'must be an object', '必须是对象');
  } else {
    // for…in rather than Object.entries: no array per call on checkCrewPost's hot path.
    for (const rank in m) {
      if (!Object.hasOwn(m, rank)) continue;
      const n = (m as Record<string, unknown>)[rank];
      if (!Object.hasOwn(RANK_INFO, rank)) {
        bad(issues, `${path}.minimumSafeManning.${rank}`, 'is not a known rank', '不是已知职务');
      } else if (!Number.isInteger(n) || (n as number) < 0) {
        bad(issues, `${path}.minimumSafeManning.${rank}`, 'must be an integer ≥ 0', '必须是 ≥ 0 的整数');
      }
    }
  }
}

/** Checks the crew list. */
export function checkCrew(crew: unknown, path: string, issues: Issues): void {
  if (!Array.isArray(crew)) {
    bad(issues, path, 'must be an array', '必须是数组');
    return;
  }
  for (const [i, c] of (crew as unknown[]).entries()) {
    if (!isObject(c)) {
      bad(issues, `${path}.${i}`, 'must be an object', '必须是对象');
      continue;
    }
    const member = c as Partial<CrewOnBoard>;
    checkSeafarer(member.seafarer, `${path}.${i}.seafarer`, issues);
    checkPost(member.post, `${path}.${i}.post`, issues);
  }
}

/** Checks a 服务簿. */
export function checkRecord(r: unknown, path: string, issues: Issues): void {
  if (!isObject(r) || !Array.isArray((r as Partial<ServiceRecord>).periods)) {
    bad(issues, `${path}.periods`, 'must be an array', '必须是数组');
    return;
  }
  for (const [i, p] of ((r as unknown as ServiceRecord).periods as unknown[]).entries()) {
    const at = `${path}.periods.${i}`;
    if (!isObject(p)) {
      bad(issues, at, 'must be an object', '必须是对象');
      continue;
    }
    if (!isRank(p.rank)) bad(issues, `${at}.rank`, 'must be a known rank', '必须是已知职务');
    checkDate(p.signOn, `${at}.signOn`, issues);
    checkDate(p.signOff, `${at}.signOff`, issues);
    if (typeof p.signOn === 'string' && typeof p.signOff === 'string' && p.signOff < p.signOn) {
      bad(issues, `${at}.signOff`, 'must not be before signOn', '不得早于 signOn');
    }
  }
}
