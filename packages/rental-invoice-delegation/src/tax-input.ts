// The input check of rentalInvoiceTaxes, done once at the boundary: after it the amounts are known
// to be plain non-negative yuan strings to the fen (below 10^13), so the arithmetic inside can use
// bare decimals without re-checking each intermediate value.
import {
  type CivilDate,
  describeValue,
  isCivilDate,
  ValidationError,
  type ValidationIssue,
} from '@gd-ftz/core';
import { DEFAULT_READINGS } from './law';
import type { Readings, RentalTaxInput } from './taxes';

/** Where the property lies, for 城建税 (城建税法 第四条): 市区, 县城/镇, elsewhere. Internal alias. */
export type Location = RentalTaxInput['location'];
/** Whether the property is housing or not. Internal alias. */
type PropertyKind = RentalTaxInput['propertyKind'];

const MAX_MONTHS = 240;
const AMOUNT = /^\d{1,13}(\.\d{1,2})?$/;
const KINDS: readonly string[] = ['housing', 'non-housing'];
const LOCATIONS: readonly string[] = ['city', 'county-town', 'other'];
const READING_VALUES: Readonly<Record<keyof Readings, readonly string[]>> = {
  exemptionTest: ['gross', 'net'],
  netRent: ['minus-vat', 'divide'],
  deductionTest: ['before', 'after'],
};

/** The validated input: hand checks (no schema library) keep a traced call in tens of microseconds. */
export interface Parsed {
  readonly propertyKind: PropertyKind;
  readonly rent: string;
  readonly leaseStart: CivilDate;
  readonly months: number;
  readonly location: Location;
  readonly halveLocalTaxes: boolean;
  readonly repairs: string | undefined;
  readonly headRent: string | undefined;
  readonly otherTaxesPaid: string | undefined;
  readonly readings: Required<Readings>;
}

export function parseInput(input: unknown): Parsed {
  const issues: ValidationIssue[] = [];
  const bad = (path: string, en: string, zh: string) => issues.push({ path, message: { en, zh } });
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw ValidationError.of(
      'input',
      `must be an object, got ${describeValue(input)}`,
      `必须是对象，收到 ${describeValue(input)}`,
    );
  }
  const o = input as Record<string, unknown>;
  const oneOf = (key: string, values: readonly string[]) => {
    if (typeof o[key] !== 'string' || !values.includes(o[key] as string))
      bad(key, `must be one of ${values.join(', ')}`, `必须是 ${values.join('、')} 之一`);
  };
  const amount = (key: string, required: boolean) => {
    const v = o[key];
    if (v === undefined && !required) return;
    if (typeof v !== 'string' || !AMOUNT.test(v))
      bad(
        key,
        'must be a non-negative amount in yuan, to the fen (e.g. "4000.00")',
        '必须是非负金额（元，精确到分，如 "4000.00"）',
      );
  };
  oneOf('propertyKind', KINDS);
  amount('rent', true);
  if (!isCivilDate(o.leaseStart))
    bad('leaseStart', 'must be a real date YYYY-MM-DD', '必须是有效日期 YYYY-MM-DD');
  const m = o.months;
  if (typeof m !== 'number' || !Number.isInteger(m) || m < 1 || m > MAX_MONTHS)
    bad('months', `must be an integer from 1 to ${MAX_MONTHS}`, `必须是 1 至 ${MAX_MONTHS} 的整数`);
  oneOf('location', LOCATIONS);
  if (o.halveLocalTaxes !== undefined && typeof o.halveLocalTaxes !== 'boolean')
    bad('halveLocalTaxes', 'must be true or false', '必须是 true 或 false');
  amount('repairs', false);
  amount('headRent', false);
  amount('otherTaxesPaid', false);
  const r = o.readings;
  const readings: Record<string, string> = { ...DEFAULT_READINGS };
  if (r !== undefined) {
    if (typeof r !== 'object' || r === null || Array.isArray(r))
      bad('readings', 'must be an object', '必须是对象');
    else
      for (const [key, value] of Object.entries(r)) {
        const allowed = Object.hasOwn(READING_VALUES, key)
          ? READING_VALUES[key as keyof Readings]
          : undefined;
        if (allowed === undefined) bad(`readings.${key}`, 'is not a reading', '不是可选解读');
        else if (value === undefined) continue;
        else if (typeof value !== 'string' || !allowed.includes(value))
          bad(`readings.${key}`, `must be one of ${allowed.join(', ')}`, `必须是 ${allowed.join('、')} 之一`);
        else readings[key] = value;
      }
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return {
    propertyKind: o.propertyKind as PropertyKind,
    rent: o.rent as string,
    leaseStart: o.leaseStart as CivilDate,
    months: m as number,
    location: o.location as Location,
    halveLocalTaxes: (o.halveLocalTaxes as boolean | undefined) ?? true,
    repairs: o.repairs as string | undefined,
    headRent: o.headRent as string | undefined,
    otherTaxesPaid: o.otherTaxesPaid as string | undefined,
    readings: readings as Required<Readings>,
  };
}
