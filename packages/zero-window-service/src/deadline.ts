// The law-fixed completion date of one service item: the domain function `serviceDeadline`, and
// the same with its reasons and citations for traces.
import {
  type Citation,
  type CivilDate,
  explainDeadline,
  integerAt,
  isCivilDate,
  isWorkingDay,
  type Localized,
  legalBasisAt,
  nextWorkingDay,
  ValidationError,
} from '@gd-ftz/core';
import { CITES, SERVICE_LIMITS, type ServiceItem } from './law';

const ITEMS = Object.keys(SERVICE_LIMITS) as ServiceItem[];

/** A completion date with the day counting started, the steps and the articles applied. */
export interface ServiceDeadlineExplanation {
  readonly item: ServiceItem;
  readonly receivedOn: CivilDate;
  /** The working day the period runs from (the receipt day, or the next working day after a day off). */
  readonly acceptedOn: CivilDate;
  readonly deadline: CivilDate;
  readonly steps: readonly Localized[];
  readonly citations: readonly Citation[];
}

/** The item, checked: a typed error naming `item` otherwise. */
export function checkItem(item: unknown): ServiceItem {
  if (typeof item !== 'string' || !ITEMS.includes(item as ServiceItem)) {
    throw ValidationError.of('item', `must be one of ${ITEMS.join(', ')}`, `必须是 ${ITEMS.join('、')} 之一`);
  }
  return item as ServiceItem;
}

/**
 * {@link serviceDeadline} with its reasons: the acceptance day, the counting (民法典 第二百零一条;
 * 实施细则 第一百零八、一百零九条 for periods in natural days) and the article fixing the period.
 * @throws ValidationError naming `item` or `receivedOn`; CalendarRangeError outside 2019–2026.
 * @example
 * explainServiceDeadline('refund-claim', '2024-09-20').citations.map((c) => c.article)
 * // ['第七十八条', '第二百零一条', '第一百零九条']
 */
export function explainServiceDeadline(item: ServiceItem, receivedOn: string): ServiceDeadlineExplanation {
  const which = checkItem(item);
  if (!isCivilDate(receivedOn)) {
    throw ValidationError.of('receivedOn', 'must be a real date YYYY-MM-DD', '必须是有效日期 YYYY-MM-DD');
  }
  const limit = SERVICE_LIMITS[which];
  const dayOff = !isWorkingDay(receivedOn);
  const acceptedOn = dayOff ? nextWorkingDay(receivedOn) : receivedOn;
  const n = integerAt(limit.period, acceptedOn);
  const why = explainDeadline(
    acceptedOn,
    n,
    limit.unit,
    limit.unit === 'days' ? { taxHolidayExtension: true } : {},
  );
  const source = legalBasisAt(limit.period, acceptedOn).citations?.[0] ?? CITES.seed;
  const steps: Localized[] = [
    {
      zh: `${limit.label.zh}：${n} ${limit.unit === 'days' ? '日' : '个工作日'}（${source.article ?? ''}）`,
      en: `${limit.label.en}: ${n} ${limit.unit === 'days' ? 'days' : 'working days'} (${source.article ?? ''})`,
    },
  ];
  if (dayOff) {
    steps.push({
      zh: `${receivedOn} 为休息日，视为 ${acceptedOn} 受理（假设）`,
      en: `${receivedOn} is a day off: taken as received on ${acceptedOn} (assumption)`,
    });
  }
  steps.push(...why.steps);
  const citations = [source, ...why.citations.filter((c) => c !== source)];
  if (limit.unit === 'days' && !citations.includes(CITES.inclusiveCounting))
    citations.push(CITES.inclusiveCounting);
  return { item: which, receivedOn, acceptedOn, deadline: why.deadline, steps, citations };
}

/**
 * The last day by which the tax office must complete `item` received on `receivedOn`, fixed by law:
 * 税务登记 the same day (征管法 第十五条); a new taxpayer's first invoices 2 working days (总局公告
 * 2018年第29号 第一条); invoice types 5 working days (发票管理办法 第十五条); a refund claim 30 days
 * (实施细则 第七十八条); a payment extension 20 days (实施细则 第四十二条). Natural days count under
 * 实施细则 第一百零八、一百零九条; the receipt day is not counted (民法典 第二百零一条); a receipt on a day
 * off counts from the next working day (an assumption, {@link DAY_OFF_RECEIPT}).
 * @throws ValidationError naming `item` or `receivedOn`; CalendarRangeError outside 2019–2026.
 * @example
 * serviceDeadline('invoice-type-approval', '2025-09-30') // '2025-10-14'
 * serviceDeadline('first-invoice-issue', '2025-01-27') // '2025-02-06'
 */
export function serviceDeadline(item: ServiceItem, receivedOn: string): CivilDate {
  return explainServiceDeadline(item, receivedOn).deadline;
}
