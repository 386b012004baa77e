// The next periodic inspection of one schedule of a unit (特种设备安全法 第四十条; intervals from
// the TSG table, fact pack §20): the corresponding day N years after the last inspection, or after
// entry into use for the first one; the month's last day when there is no corresponding day
// (民法典 第二百零二条). A validity end is not moved off days off (assumption, see README).
import {
  type CivilDate,
  fromEpochDay,
  isCivilDate,
  toEpochDay,
  ValidationError,
  type ValidationIssue,
  z,
} from '@gd-ftz/core';
import { addYearsEpoch } from './dates';
import { cycleRangeOf, cycleYearsOf } from './intervals';
import { GAS_CLASSES, INSPECTION_KINDS, type InspectionInput } from './model';
import { parseInput } from './validate';

const civil = z.string().refine(isCivilDate, { message: 'must be a real date YYYY-MM-DD' });
const issue = (path: string, en: string, zh: string): ValidationIssue => ({ path, message: { en, zh } });

/** The shape of an {@link InspectionInput}; the cross-field rules are in {@link inspectionInputIssues}. */
export const inspectionInputSchema = z.strictObject({
  kind: z.enum(INSPECTION_KINDS),
  commissionedOn: civil,
  lastInspectedOn: civil.optional(),
  safetyGrade: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]).optional(),
  cycleYears: z.number().int().optional(),
  nonMetallic: z.boolean().optional(),
  gas: z.enum(GAS_CLASSES).optional(),
});

/**
 * The cross-field problems of a well-shaped input, with paths under `prefix`: dates in order,
 * fields that apply to the kind, and the cycle the grade allows.
 */
export function inspectionInputIssues(u: InspectionInput, prefix = ''): ValidationIssue[] {
  const at = (f: string) => (prefix === '' ? f : `${prefix}.${f}`);
  const out: ValidationIssue[] = [];
  const vessel = u.kind === 'pressure-vessel';
  if (u.lastInspectedOn !== undefined && u.lastInspectedOn < u.commissionedOn) {
    out.push(
      issue(
        at('lastInspectedOn'),
        'must not be before commissionedOn: no inspection before use',
        '不得早于投入使用日期',
      ),
    );
  }
  if (!vessel) {
    for (const f of ['safetyGrade', 'cycleYears', 'nonMetallic'] as const) {
      if (u[f] !== undefined) out.push(issue(at(f), 'applies to pressure vessels only', '仅适用于压力容器'));
    }
  }
  if (u.kind === 'gas-cylinder' && u.gas === undefined) {
    out.push(
      issue(at('gas'), 'is required for a gas cylinder (corrosive, general or inert)', '气瓶须注明介质类别'),
    );
  }
  if (u.kind !== 'gas-cylinder' && u.gas !== undefined) {
    out.push(issue(at('gas'), 'applies to gas cylinders only', '仅适用于气瓶'));
  }
  if (!vessel) return out;
  if (u.lastInspectedOn !== undefined && u.safetyGrade === undefined) {
    out.push(
      issue(
        at('safetyGrade'),
        'is required after an inspection of a pressure vessel',
        '压力容器定期检验后须注明安全状况等级',
      ),
    );
  }
  const range = u.lastInspectedOn === undefined ? undefined : cycleRangeOf(u.safetyGrade, u.lastInspectedOn);
  if (range === undefined) {
    if (u.cycleYears !== undefined) {
      out.push(
        issue(
          at('cycleYears'),
          'applies only after an inspection that graded the vessel 3 or 4',
          '仅适用于定期检验后安全状况等级为3级或4级的压力容器',
        ),
      );
    }
  } else if (u.cycleYears === undefined) {
    out.push(
      issue(
        at('cycleYears'),
        `is required at grade ${u.safetyGrade}: the inspection body chooses ${range[0]}–${range[1]} years`,
        `安全状况等级${u.safetyGrade}级须注明检验机构确定的周期（${range[0]}–${range[1]}年）`,
      ),
    );
  } else if (u.cycleYears < range[0] || u.cycleYears > range[1]) {
    out.push(
      issue(
        at('cycleYears'),
        `must be ${range[0]}–${range[1]} years at grade ${u.safetyGrade}`,
        `安全状况等级${u.safetyGrade}级的检验周期应为${range[0]}–${range[1]}年`,
      ),
    );
  }
  return out;
}

/** Unchecked: the due epoch day of a validated input, or -1 when unusable. */
export function dueEpochDayOf(u: InspectionInput): number {
  const basis = u.lastInspectedOn ?? u.commissionedOn;
  const day = toEpochDay(basis);
  const years = cycleYearsOf(
    {
      kind: u.kind,
      first: u.lastInspectedOn === undefined,
      safetyGrade: u.safetyGrade,
      cycleYears: u.cycleYears,
      nonMetallic: u.nonMetallic,
      gas: u.gas,
    },
    basis,
    day,
  );
  return years === null ? -1 : addYearsEpoch(day, years);
}

/**
 * The day the current inspection validity of one schedule ends: N years after the last inspection
 * (or after entry into use, for the first one), on the corresponding day or the month's last day
 * (民法典 第二百零二条). Pressure vessels: first within 3 years (non-metallic 1), then grade 1–2 every
 * 6 years, grade 3 every 3–6 and grade 4 at most 3 (`cycleYears`, the inspection body's choice),
 * grade 5 unusable (`null`). Boilers: external yearly; internal every 2 years, the first after 1.
 * Cylinders: corrosive 2, general 3, inert 5 years. Other kinds: assumed intervals (see README).
 * The user must request the inspection a month before (特种设备安全法 第四十条).
 * @throws ValidationError naming each bad field (grade 6, `cycleYears` outside the grade's range,
 *   an inspection before entry into use, a field that does not apply to the kind).
 * @example
 * nextInspectionDue({ kind: 'pressure-vessel', commissionedOn: civilDate('2021-03-15') }); // '2024-03-15'
 * nextInspectionDue({ kind: 'pressure-vessel', commissionedOn: civilDate('2014-06-18'),
 *   lastInspectedOn: civilDate('2020-06-18'), safetyGrade: 2 }); // '2026-06-18'
 */
export function nextInspectionDue(u: InspectionInput): CivilDate | null {
  const input = parseInput(inspectionInputSchema, u) as InspectionInput;
  const issues = inspectionInputIssues(input);
  if (issues.length > 0) throw new ValidationError(issues);
  const due = dueEpochDayOf(input);
  return due < 0 ? null : fromEpochDay(due);
}
