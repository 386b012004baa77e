// 便捷办税套餐: a new firm's onboarding (real-name check, invoice types, first invoice supply), one
// application per item (the old way) or all in one bundle, with the statutory finish date of each.
import {
  addMonths,
  addWorkingDays,
  type CivilDate,
  cited,
  describeValue,
  integerAt,
  type LegalBasis,
  type Localized,
  ValidationError,
} from '@gd-ftz/core';
import { filingDeadline } from '@gd-ftz/statutes';
import { CITES, ONBOARDING_LIMITS } from './law';
import type { FirmProfile, OnboardingMode, OnboardingPlan, OnboardingStep } from './model';
import { checkDate, checkFlag, checkId, checkObject, checkSector, checkVatStatus } from './validate';

function step(
  id: OnboardingStep['id'],
  title: Localized,
  appliedOn: CivilDate,
  finishBy: CivilDate,
  basis: LegalBasis,
): OnboardingStep {
  return { id, title, appliedOn, finishBy, basis };
}

/**
 * The onboarding plan of a new firm started on `startedOn` (the day of registration; the start
 * day is not counted). `separate`: real-name check the same day, then invoice types within 5
 * working days (发票管理办法 第十五条), then the first supply within 2 (2018年第29号 第一条), each
 * applied for the day the previous one is due. `bundle`: one application covering all items
 * (2018年第29号 第二条), done within 2 working days. The first filing is the return of the month of
 * the first invoices, due on the filing deadline of the next month (征管法实施细则 第一百零九条 calendar).
 * @throws ValidationError naming `firm.<field>`, `mode` or `startedOn`; ParameterNotInForceError
 * before 2019-03-02 (the first text of 第十五条 held); CalendarRangeError
 * outside the calendar's years.
 * @example
 * onboarding(firm, 'bundle', '2025-09-30').firstInvoiceBy // '2025-10-10'
 */
export function onboarding(firm: FirmProfile, mode: OnboardingMode, startedOn: CivilDate): OnboardingPlan {
  const o = checkObject(firm, 'firm');
  checkId(o.id, 'firm.id');
  checkSector(o.sector, 'firm.sector');
  checkVatStatus(o.vatStatus, 'firm.vatStatus');
  checkFlag(o.novel, 'firm.novel');
  if (mode !== 'separate' && mode !== 'bundle') {
    throw ValidationError.of(
      'mode',
      `must be 'separate' or 'bundle', got ${describeValue(mode)}`,
      "必须是 'separate' 或 'bundle'",
    );
  }
  const start = checkDate(startedOn, 'startedOn');
  return planFrom(mode, start);
}

/** The plan without input checks: for the simulation, whose inputs are valid by construction. */
export function planFrom(mode: OnboardingMode, start: CivilDate): OnboardingPlan {
  const supplyDays = integerAt(ONBOARDING_LIMITS.firstSupply, start);
  const steps: OnboardingStep[] = [];
  if (mode === 'bundle') {
    steps.push(
      step(
        'bundle',
        {
          zh: '新办纳税人套餐（实名、票种核定、首次领票一并办理）',
          en: 'New-taxpayer bundle (real name, invoice types, first supply)',
        },
        start,
        addWorkingDays(start, supplyDays),
        cited(CITES.firstSupply, CITES.firstSupplyItems),
      ),
    );
  } else {
    const typesDays = integerAt(ONBOARDING_LIMITS.invoiceTypes, start);
    steps.push(
      step(
        'real-name',
        { zh: '实名信息采集', en: 'Real-name verification' },
        start,
        start,
        cited(CITES.firstSupplyItems),
      ),
    );
    const typesBy = addWorkingDays(start, typesDays);
    steps.push(
      step(
        'invoice-types',
        { zh: '发票票种核定', en: 'Invoice types' },
        start,
        typesBy,
        cited(CITES.invoiceTypes),
      ),
    );
    steps.push(
      step(
        'first-supply',
        { zh: '首次领用发票', en: 'First invoice supply' },
        typesBy,
        addWorkingDays(typesBy, supplyDays),
        cited(CITES.firstSupply),
      ),
    );
  }
  const firstInvoiceBy = (steps[steps.length - 1] as OnboardingStep).finishBy;
  return {
    mode,
    startedOn: start,
    steps,
    applications: steps.length,
    firstInvoiceBy,
    firstFilingBy: filingDeadline(addMonths(firstInvoiceBy, 1).slice(0, 7)),
  };
}
