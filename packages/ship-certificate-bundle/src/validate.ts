// Input checks of the public functions: every bad field is collected with its path and thrown as
// one ValidationError before anything is computed.
import {
  DEFAULT_CALENDAR,
  isCivilDate,
  isValidImo,
  isValidUscc,
  ValidationError,
  type ValidationIssue,
} from '@gd-ftz/core';
import { isBundleItem, isMaterial } from './items';

type Issues = ValidationIssue[];

function bad(issues: Issues, path: string, en: string, zh: string): void {
  issues.push({ path, message: { en, zh } });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Throws the collected issues, if any. */
export function throwIfAny(issues: Issues): void {
  if (issues.length > 0) throw new ValidationError(issues);
}

/** A real date inside the statutory calendar's years. */
export function checkDate(v: unknown, path: string, issues: Issues): void {
  if (!isCivilDate(v)) bad(issues, path, 'must be a real date YYYY-MM-DD', '必须是有效日期 YYYY-MM-DD');
  else if (!DEFAULT_CALENDAR.covers(v))
    bad(issues, path, 'is outside the statutory calendar', '超出法定日历覆盖范围');
}

/** A known item. */
export function checkItem(v: unknown, path: string, issues: Issues): void {
  if (!isBundleItem(v)) bad(issues, path, 'must be a known bundle item', '必须是已知事项');
}

/** The applicant: USCC with its check character, two flags. */
export function checkApplicant(v: unknown, path: string, issues: Issues): void {
  if (!isObject(v)) {
    bad(issues, path, 'must be an applicant object', '必须是申请人对象');
    return;
  }
  if (!isValidUscc(v.uscc))
    bad(issues, `${path}.uscc`, 'must be a valid USCC', '必须是有效的统一社会信用代码');
  if (typeof v.dishonest !== 'boolean') bad(issues, `${path}.dishonest`, 'must be a boolean', '必须是布尔值');
  if (typeof v.commits !== 'boolean') bad(issues, `${path}.commits`, 'must be a boolean', '必须是布尔值');
}

/** A list of known materials. */
export function checkMaterials(v: unknown, path: string, issues: Issues): void {
  if (!Array.isArray(v)) {
    bad(issues, path, 'must be a list of materials', '必须是材料列表');
    return;
  }
  v.forEach((m, i) => {
    if (!isMaterial(m)) bad(issues, `${path}[${i}]`, 'must be a known material', '必须是已知材料');
  });
}

const KINDS = new Set(['newbuild', 'transfer', 'import']);
const DOCS = new Set(['technical-certificates', 'foreign-deregistration', 'building-contract']);

/** A ship file: ship, owner, kind, mortgage flag, held certificates and documents. */
export function checkFile(v: unknown, path: string, issues: Issues): void {
  if (!isObject(v)) {
    bad(issues, path, 'must be a ship file object', '必须是船舶档案对象');
    return;
  }
  const ship = v.ship;
  if (!isObject(ship)) bad(issues, `${path}.ship`, 'must be a ship object', '必须是船舶对象');
  else {
    if (!isValidImo(ship.imo))
      bad(issues, `${path}.ship.imo`, 'must be a valid IMO number', '必须是有效的IMO编号');
    const gt = ship.grossTonnage;
    if (typeof gt !== 'number' || !Number.isFinite(gt) || gt < 0)
      bad(issues, `${path}.ship.grossTonnage`, 'must be a finite number ≥ 0', '必须是不小于0的有限数');
    if (typeof ship.international !== 'boolean')
      bad(issues, `${path}.ship.international`, 'must be a boolean', '必须是布尔值');
  }
  checkApplicant(v.owner, `${path}.owner`, issues);
  if (typeof v.kind !== 'string' || !KINDS.has(v.kind))
    bad(
      issues,
      `${path}.kind`,
      "must be 'newbuild', 'transfer' or 'import'",
      "必须是 'newbuild'、'transfer' 或 'import'",
    );
  if (typeof v.mortgaged !== 'boolean') bad(issues, `${path}.mortgaged`, 'must be a boolean', '必须是布尔值');
  if (!Array.isArray(v.certificates)) bad(issues, `${path}.certificates`, 'must be a list', '必须是列表');
  else
    v.certificates.forEach((c: unknown, i: number) => {
      const p = `${path}.certificates[${i}]`;
      if (!isObject(c)) bad(issues, p, 'must be a certificate object', '必须是证书对象');
      else {
        checkItem(c.item, `${p}.item`, issues);
        checkDate(c.issuedOn, `${p}.issuedOn`, issues);
      }
    });
  if (!Array.isArray(v.documents)) bad(issues, `${path}.documents`, 'must be a list', '必须是列表');
  else
    v.documents.forEach((d: unknown, i: number) => {
      const p = `${path}.documents[${i}]`;
      if (!isObject(d)) bad(issues, p, 'must be a document object', '必须是文件对象');
      else {
        if (typeof d.kind !== 'string' || !DOCS.has(d.kind))
          bad(issues, `${p}.kind`, 'must be a known document kind', '必须是已知文件类型');
        checkDate(d.on, `${p}.on`, issues);
      }
    });
}

export { bad, isObject };
