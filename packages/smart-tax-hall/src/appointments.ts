// The hall's appointment book (预约办税): a day's slots on working days of the statutory calendar
// (调休 make-up days included, days off excluded) and the bookings taken. Pure: a booking returns a
// new book and leaves the old one as it was.
import {
  addWorkingDays,
  type CivilDate,
  type CivilDateTime,
  civilDate,
  dateTime,
  describeValue,
  formatDateTime,
  nextWorkingDay,
  ValidationError,
} from '@gd-ftz/core';
import { type AppointmentBook, type Booking, ITEM_CLASSES, type ItemClass, type Refusal } from './model';
import { count, itemClass, listAt, objectAt } from './validate';

/** Options of {@link appointmentBook}. */
export interface AppointmentBookOptions {
  /** Slots per working day, spread evenly over the opening hours. */
  readonly slotsPerDay: number;
  /** Opening and closing minute of the hall (since 00:00). */
  readonly openMinute: number;
  readonly closeMinute: number;
  readonly capacityPerSlot?: number;
  /** Bookable item classes (default every class but `enquiry`). */
  readonly items?: readonly ItemClass[];
  /** Working days ahead searched before a refusal (default 20). */
  readonly horizonDays?: number;
}

/**
 * An empty appointment book: `slotsPerDay` slots evenly spread over [openMinute, closeMinute).
 * @throws ValidationError naming the bad option.
 * @example
 * appointmentBook({ slotsPerDay: 4, openMinute: 540, closeMinute: 1020 }).slotMinutes // [540, 660, 780, 900]
 */
export function appointmentBook(options: AppointmentBookOptions): AppointmentBook {
  const o = objectAt(options, 'options');
  const open = count(o.openMinute, 'options.openMinute', 0, 1439);
  const close = count(o.closeMinute, 'options.closeMinute', open + 1, 1440);
  const slots = count(o.slotsPerDay, 'options.slotsPerDay', 1, close - open);
  const capacityPerSlot = count(o.capacityPerSlot ?? 1, 'options.capacityPerSlot', 1, 1000);
  const horizonDays = count(o.horizonDays ?? 20, 'options.horizonDays', 0, 250);
  let items: readonly ItemClass[] = ITEM_CLASSES.filter((c) => c !== 'enquiry');
  if (o.items !== undefined) {
    items = listAt(o.items, 'options.items').map((c, i) => itemClass(c, `options.items.${String(i)}`));
  }
  const slotMinutes: number[] = [];
  for (let i = 0; i < slots; i++) slotMinutes.push(open + Math.floor((i * (close - open)) / slots));
  return Object.freeze({
    slotMinutes: Object.freeze(slotMinutes),
    capacityPerSlot,
    taken: Object.freeze({}),
    items: Object.freeze([...items]),
    horizonDays,
  });
}

function checkBook(book: unknown): AppointmentBook {
  const b = objectAt(book, 'book');
  if (!Array.isArray(b.slotMinutes) || b.slotMinutes.length === 0) {
    throw ValidationError.of(
      'book.slotMinutes',
      'must be a non-empty array of minutes',
      '必须是非空的分钟数组',
    );
  }
  b.slotMinutes.forEach((m, i) => {
    count(
      m,
      `book.slotMinutes.${String(i)}`,
      i === 0 ? 0 : ((b.slotMinutes as number[])[i - 1] ?? -1) + 1,
      1439,
    );
  });
  count(b.capacityPerSlot, 'book.capacityPerSlot', 1);
  count(b.horizonDays, 'book.horizonDays', 0, 250);
  const taken = objectAt(b.taken, 'book.taken');
  for (const [key, n] of Object.entries(taken)) count(n, `book.taken.${key}`);
  listAt(b.items, 'book.items').forEach((c, i) => {
    itemClass(c, `book.items.${String(i)}`);
  });
  return book as AppointmentBook;
}

function checkEarliest(earliest: unknown): CivilDateTime {
  const e = objectAt(earliest, 'req.earliest');
  if (typeof e.date !== 'string') {
    throw ValidationError.of(
      'req.earliest.date',
      `must be a date YYYY-MM-DD, got ${describeValue(e.date)}`,
      '必须是日期 YYYY-MM-DD',
    );
  }
  return dateTime(civilDate(e.date, 'req.earliest.date'), count(e.minute, 'req.earliest.minute', 0, 1439));
}

/**
 * The first open slot at or after `req.earliest` on a working day of the statutory calendar (a
 * make-up Saturday counts, a day off does not), within the book's horizon; pure: the returned
 * booking carries a new book, the given one is unchanged. A refusal is a value, not an error.
 * @throws ValidationError naming the bad field of `book` or `req`; CalendarRangeError outside the
 * calendar's years.
 * @example
 * const book = appointmentBook({ slotsPerDay: 16, openMinute: 540, closeMinute: 1020 });
 * bookAppointment(book, { item: 'registration', earliest: parseDateTime('2025-10-04T09:00') }).slot
 * // { date: '2025-10-09', minute: 540 }: 10-01..08 are days off (国庆节、中秋节)
 */
export function bookAppointment(
  book: AppointmentBook,
  req: { item: ItemClass; earliest: CivilDateTime },
): Booking | Refusal {
  const b = checkBook(book);
  const r = objectAt(req, 'req');
  const item = itemClass(r.item, 'req.item');
  const earliest = checkEarliest(r.earliest);
  if (!b.items.includes(item)) {
    return {
      kind: 'refusal',
      reason: 'item-not-bookable',
      message: { zh: `${item} 事项不可预约`, en: `${item} cannot be booked` },
    };
  }
  const found = firstOpenSlot(b, earliest, (key) => b.taken[key] ?? 0);
  if (found) {
    const taken = b.taken[found.key] ?? 0;
    return {
      kind: 'booking',
      slot: found.slot,
      delayWorkingDays: found.delayWorkingDays,
      book: Object.freeze({ ...b, taken: Object.freeze({ ...b.taken, [found.key]: taken + 1 }) }),
    };
  }
  return {
    kind: 'refusal',
    reason: 'fully-booked',
    message: {
      zh: `${b.horizonDays} 个工作日内无空余预约号`,
      en: `no open slot within ${String(b.horizonDays)} working days`,
    },
  };
}

/** A free slot: when, its key in `taken`, and the delay in working days. */
export interface OpenSlot {
  readonly slot: CivilDateTime;
  readonly key: string;
  readonly delayWorkingDays: number;
}

/**
 * The search behind {@link bookAppointment}, on any store of taken counts (the simulation keeps a
 * Map): the first slot with room at or after `earliest`, on working days only, within the horizon.
 */
export function firstOpenSlot(
  b: Pick<AppointmentBook, 'slotMinutes' | 'capacityPerSlot' | 'horizonDays'>,
  earliest: CivilDateTime,
  takenOf: (key: string) => number,
): OpenSlot | undefined {
  const requested: CivilDate = nextWorkingDay(earliest.date);
  const last = addWorkingDays(requested, b.horizonDays);
  let day = requested;
  let delay = 0;
  for (;;) {
    const fromMinute = day === earliest.date ? earliest.minute : 0;
    for (const m of b.slotMinutes) {
      if (m < fromMinute) continue;
      const slot = dateTime(day, m);
      const key = formatDateTime(slot);
      if (takenOf(key) < b.capacityPerSlot) return { slot, key, delayWorkingDays: delay };
    }
    if (day === last) return undefined;
    day = addWorkingDays(day, 1);
    delay++;
  }
}
