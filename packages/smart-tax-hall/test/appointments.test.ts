// The appointment book on the statutory calendar: slots only on working days (调休 make-up days
// included), the first open slot, pure.
import { addDays, civilDate, isWorkingDay, parseDateTime, ValidationError } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AppointmentBook, appointmentBook, bookAppointment } from '../src/index';

const book = appointmentBook({ slotsPerDay: 16, openMinute: 540, closeMinute: 1020 });

describe('bookAppointment: worked examples (2025 国庆节·中秋节: 10-01..08 off, 09-28 and 10-11 make-up days)', () => {
  it('Sat 2025-10-11, a make-up working day, is accepted as asked', () => {
    const b = bookAppointment(book, { item: 'registration', earliest: parseDateTime('2025-10-11T10:00') });
    // Slots every 480 / 16 = 30 min from 09:00: 10:00 is slot 2.
    expect(b).toMatchObject({
      kind: 'booking',
      slot: { date: '2025-10-11', minute: 600 },
      delayWorkingDays: 0,
    });
  });

  it('Sat 2025-10-04 (a day off) moves to the next working day, Thu 10-09, first slot', () => {
    const b = bookAppointment(book, { item: 'registration', earliest: parseDateTime('2025-10-04T10:00') });
    expect(b).toMatchObject({ kind: 'booking', slot: { date: '2025-10-09', minute: 540 } });
  });

  it('a full day moves to the next working day; the book given is unchanged (pure)', () => {
    const one = appointmentBook({ slotsPerDay: 1, openMinute: 540, closeMinute: 1020 });
    const first = bookAppointment(one, { item: 'invoice', earliest: parseDateTime('2025-10-10T08:00') });
    if (first.kind !== 'booking') throw new Error('expected a booking');
    expect(first.slot.date).toBe('2025-10-10');
    const second = bookAppointment(first.book, {
      item: 'invoice',
      earliest: parseDateTime('2025-10-10T08:00'),
    });
    // 10-10 is full; the next working day is Sat 10-11 (make-up day), 1 working day later.
    expect(second).toMatchObject({ kind: 'booking', slot: { date: '2025-10-11' }, delayWorkingDays: 1 });
    expect(one.taken).toEqual({});
    expect(first.book.taken).toEqual({ '2025-10-10T09:00': 1 });
  });

  it('refuses an enquiry and a full horizon as values, not errors', () => {
    expect(
      bookAppointment(book, { item: 'enquiry', earliest: parseDateTime('2025-10-10T08:00') }),
    ).toMatchObject({
      kind: 'refusal',
      reason: 'item-not-bookable',
    });
    const none = appointmentBook({ slotsPerDay: 1, openMinute: 540, closeMinute: 1020, horizonDays: 0 });
    expect(
      bookAppointment(none, { item: 'invoice', earliest: parseDateTime('2025-10-10T10:00') }),
    ).toMatchObject({
      kind: 'refusal',
      reason: 'fully-booked',
    });
  });
});

describe('bookAppointment: properties', () => {
  it('never books a day off, never before the request, never over a slot’s capacity', () => {
    const req = fc.record({
      day: fc.integer({ min: 0, max: 700 }),
      minute: fc.integer({ min: 0, max: 1439 }),
    });
    fc.assert(
      fc.property(fc.array(req, { minLength: 1, maxLength: 25 }), (reqs) => {
        let b: AppointmentBook = appointmentBook({ slotsPerDay: 2, openMinute: 540, closeMinute: 1020 });
        for (const r of reqs) {
          const date = addDays(civilDate('2024-01-01'), r.day);
          const earliest = { date, minute: r.minute } as Parameters<typeof bookAppointment>[1]['earliest'];
          const out = bookAppointment(b, { item: 'filing', earliest });
          if (out.kind !== 'booking') continue;
          expect(isWorkingDay(out.slot.date)).toBe(true);
          expect(
            `${out.slot.date}T${String(out.slot.minute).padStart(4, '0')}` >=
              `${date}T${String(r.minute).padStart(4, '0')}`,
          ).toBe(true);
          b = out.book;
        }
        expect(Object.values(b.taken).every((n) => n <= b.capacityPerSlot)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});

describe('bad input', () => {
  const at = parseDateTime('2025-10-10T10:00');
  const cases: [string, () => unknown][] = [
    ['req.item', () => bookAppointment(book, { item: 'visa' as 'filing', earliest: at })],
    [
      'req.earliest.date',
      () =>
        bookAppointment(book, { item: 'filing', earliest: { date: '2025-02-30', minute: 0 } as typeof at }),
    ],
    [
      'req.earliest.minute',
      () =>
        bookAppointment(book, {
          item: 'filing',
          earliest: { date: '2025-02-03', minute: 1440 } as typeof at,
        }),
    ],
    [
      'book.capacityPerSlot',
      () => bookAppointment({ ...book, capacityPerSlot: -1 }, { item: 'filing', earliest: at }),
    ],
    ['options.slotsPerDay', () => appointmentBook({ slotsPerDay: -1, openMinute: 540, closeMinute: 1020 })],
    ['options.closeMinute', () => appointmentBook({ slotsPerDay: 1, openMinute: 540, closeMinute: 500 })],
  ];
  it.each(cases)('names %s', (path, call) => {
    let error: unknown;
    try {
      call();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).paths).toEqual([path]);
  });
});
