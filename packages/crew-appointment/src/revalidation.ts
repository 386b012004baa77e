// revalidationEligible: may a certificate be revalidated (证书再有效) on the day the seafarer
// applies? The service test of the certificate rules, counted from the 服务簿.
import {
  addDays,
  addMonths,
  type CivilDate,
  daysBetween,
  integerAt,
  maxDate,
  minDate,
  type ValidationIssue,
} from '@gd-ftz/core';
import {
  REVALIDATION_APPLY_MONTHS,
  REVALIDATION_LONG_MONTHS,
  REVALIDATION_LONG_WINDOW_MONTHS,
  REVALIDATION_SHORT_MONTHS,
  REVALIDATION_SHORT_WINDOW_MONTHS,
  SERVICE_DAYS_PER_MONTH,
} from './law';
import type { Certificate, Eligibility, ServiceRecord } from './model';
import { RANK_INFO } from './ranks';
import { checkCertificate, checkDate, checkRecord, throwIfAny } from './validate';

/** Days of matching service in [from, to], both inclusive. */
function serviceDays(record: ServiceRecord, cert: Certificate, from: CivilDate, to: CivilDate): number {
  const dept = RANK_INFO[cert.rank].dept;
  let days = 0;
  for (const p of record.periods) {
    // "Matching" service: a post of the certificate's department at its level or above (the
    // source says 相应; an assumption noted in the README).
    const r = RANK_INFO[p.rank];
    if (r.dept !== dept || r.level < RANK_INFO[cert.rank].level) continue;
    const a = maxDate(p.signOn as CivilDate, from);
    const b = minDate(p.signOff as CivilDate, to);
    if (a <= b) days += daysBetween(a, b) + 1;
  }
  return days;
}

/**
 * Whether `cert` may be revalidated on `applyOn`: the certificate is still valid (dates inclusive),
 * `applyOn` lies within the 12 months before expiry, and the 服务簿 shows ≥ 12 months of matching
 * service in the 5 years up to `applyOn` or ≥ 3 months in the last 6 (a month = 30 days, an
 * assumption). Refresher training is out of scope. Overlapping periods are counted once each
 * (a 服务簿 has no overlaps; the simulation never makes one).
 * @throws ValidationError naming `record.periods.<i>…`, `cert…` or `applyOn`.
 * @example
 * revalidationEligible({ periods: [{ rank: 'third-officer', signOn: '2025-01-01', signOff: '2025-12-31' }] },
 *   cert, '2026-03-01') // { eligible: true, route: 'five-years', … serviceDaysFiveYears: 365 }
 */
export function revalidationEligible(record: ServiceRecord, cert: Certificate, applyOn: string): Eligibility {
  const issues: ValidationIssue[] = [];
  checkRecord(record, 'record', issues);
  checkCertificate(cert, 'cert', issues);
  checkDate(applyOn, 'applyOn', issues);
  throwIfAny(issues);
  const on = applyOn as CivilDate;
  const perMonth = integerAt(SERVICE_DAYS_PER_MONTH, applyOn);
  const longFrom = addDays(addMonths(on, -integerAt(REVALIDATION_LONG_WINDOW_MONTHS, applyOn)), 1);
  const shortFrom = addDays(addMonths(on, -integerAt(REVALIDATION_SHORT_WINDOW_MONTHS, applyOn)), 1);
  const serviceDaysFiveYears = serviceDays(record, cert, longFrom, on);
  const serviceDaysSixMonths = serviceDays(record, cert, shortFrom, on);
  const reasons: Eligibility['reasons'][number][] = [];
  if (applyOn > cert.validUntil) reasons.push('certificate-expired');
  else if (
    applyOn < addMonths(cert.validUntil as CivilDate, -integerAt(REVALIDATION_APPLY_MONTHS, applyOn))
  ) {
    reasons.push('too-early');
  }
  const longOk = serviceDaysFiveYears >= integerAt(REVALIDATION_LONG_MONTHS, applyOn) * perMonth;
  const shortOk = serviceDaysSixMonths >= integerAt(REVALIDATION_SHORT_MONTHS, applyOn) * perMonth;
  if (!longOk && !shortOk) reasons.push('insufficient-service');
  return {
    eligible: reasons.length === 0,
    route: longOk ? 'five-years' : shortOk ? 'six-months' : null,
    reasons,
    serviceDaysFiveYears,
    serviceDaysSixMonths,
  };
}
