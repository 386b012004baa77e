import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../src/errors';
import { alwaysOpen, createSimulation, createStore, workingDayHours } from '../src/sim/index';

function configPath(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigurationError) return e.path;
    throw e;
  }
  throw new Error('expected a ConfigurationError');
}

const at = (day: number, h: number, m = 0) => day * 1440 + h * 60 + m;
const hall = [
  { from: '09:00', to: '12:00' },
  { from: '13:30', to: '17:00' },
];

describe('OpeningHours', () => {
  it('alwaysOpen is open at every time', () => {
    const h = alwaysOpen();
    expect(h.isOpen(0) && h.isOpen(123456.5)).toBe(true);
    expect(h.nextOpen(77)).toBe(77);
    expect(h.openMinutesBetween(10, 70)).toBe(60);
  });

  it('working-day hours on the statutory calendar: 2024-02-09 Fri open, 春节 10–17 closed, Sun 18 open', () => {
    const h = workingDayHours(hall, { startDate: '2024-02-09' });
    expect(h.isOpen(at(0, 9))).toBe(true);
    expect(h.isOpen(at(0, 11, 59))).toBe(true);
    expect(h.isOpen(at(0, 12))).toBe(false); // periods are half-open: closed at 12:00
    expect(h.isOpen(at(0, 13, 30))).toBe(true);
    expect(h.isOpen(at(0, 17))).toBe(false);
    expect(h.isOpen(at(1, 10))).toBe(false); // 2024-02-10, day off
    expect(h.isOpen(at(9, 10))).toBe(true); // 2024-02-18, make-up Sunday
    expect(h.nextOpen(at(0, 12, 5))).toBe(at(0, 13, 30));
    expect(h.nextOpen(at(0, 8))).toBe(at(0, 9));
    expect(h.nextOpen(at(0, 10))).toBe(at(0, 10));
    expect(h.nextOpen(at(0, 17))).toBe(at(9, 9));
    // Fri 9th: 3 h + 3.5 h = 390 min; 8 days off; Sun 18th: 390 min → 780 over [0, 10 days)
    expect(h.openMinutesBetween(0, at(10, 0))).toBe(780);
    expect(h.openMinutesBetween(at(0, 11), at(0, 14))).toBe(60 + 30);
  });

  it('a custom calendar (every weekday a working day) and a 24:00 closing time', () => {
    // 2024-03-04 is a Monday; 2024-03-09/10 the weekend
    const weekdays = { isWorkingDay: (d: string) => !['2024-03-09', '2024-03-10'].includes(d) };
    const h = workingDayHours([{ from: '20:00', to: '24:00' }], {
      startDate: '2024-03-04',
      calendar: weekdays,
    });
    expect(h.isOpen(at(0, 23, 59))).toBe(true);
    expect(h.nextOpen(at(4, 23, 59.5))).toBe(at(4, 23, 59.5));
    expect(h.nextOpen(at(5, 0))).toBe(at(7, 20)); // Sat, Sun closed → Monday 20:00
  });

  it('nextOpen is open and no earlier open minute is skipped (property)', () => {
    const h = workingDayHours(hall, { startDate: '2024-02-01' });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 * 1440 }), (t) => {
        const next = h.nextOpen(t);
        expect(next).toBeGreaterThanOrEqual(t);
        expect(h.isOpen(next)).toBe(true);
        expect(h.openMinutesBetween(t, next)).toBe(0);
      }),
    );
  });

  it('bad periods and clocks name the field', () => {
    const clock = { startDate: '2024-02-09' };
    expect(configPath(() => workingDayHours([], clock))).toBe('periods');
    expect(configPath(() => workingDayHours([{ from: '9:00', to: '12:00' }], clock))).toBe('periods.0.from');
    expect(configPath(() => workingDayHours([{ from: '09:00', to: '24:30' }], clock))).toBe('periods.0.to');
    expect(configPath(() => workingDayHours([{ from: '12:00', to: '09:00' }], clock))).toBe('periods.0.to');
    expect(configPath(() => workingDayHours([...hall].reverse(), clock))).toBe('periods.1.from');
    expect(configPath(() => workingDayHours(hall, { startDate: undefined }))).toBe('startDate');
    expect(configPath(() => workingDayHours(hall, clock).isOpen(Number.NaN))).toBe('t');
  });
});

describe('Store', () => {
  it('hands items over first-in first-out, to waiting consumers first', () => {
    const sim = createSimulation();
    const rack = createStore<string>(sim, { name: 'rack' });
    const got: string[] = [];
    rack.get((x) => got.push(`${x}@${sim.now}`));
    sim.scheduleAt(5, () => {
      rack.put('s1');
      rack.put('s2');
      rack.put('s3');
    });
    sim.scheduleAt(8, () => rack.get((x) => got.push(`${x}@${sim.now}`)));
    sim.run({ until: 10 });
    expect(got).toEqual(['s1@5', 's2@8']);
    expect(rack.level).toBe(1);
    // level: 0 on [0, 5), 2 on [5, 8), 1 on [8, 10): (6 + 2) / 10 = 0.8
    expect(rack.meanLevel()).toBeCloseTo(0.8, 12);
  });

  it('a full store makes producers wait until a consumer takes an item', () => {
    const sim = createSimulation();
    const box = createStore<number>(sim, { capacity: 1 });
    const log: string[] = [];
    expect(box.put(1, () => log.push(`put 1@${sim.now}`))).toBe(true);
    expect(box.put(2, () => log.push(`put 2@${sim.now}`))).toBe(false);
    expect(box.waitingPuts).toBe(1);
    sim.scheduleAt(4, () => box.get((x) => log.push(`got ${x}@${sim.now}`)));
    sim.run();
    expect(log).toEqual(['put 1@0', 'put 2@4', 'got 1@4']);
    expect(box.level).toBe(1);
  });

  it('never holds more than its capacity and loses no item (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.boolean(), { maxLength: 100 }),
        (capacity, ops) => {
          const sim = createSimulation();
          const store = createStore<number>(sim, { capacity });
          const taken: number[] = [];
          let next = 0;
          for (const isPut of ops) {
            if (isPut) store.put(next++);
            else store.get((x) => taken.push(x));
            expect(store.level).toBeLessThanOrEqual(capacity);
          }
          expect(taken).toEqual(Array.from({ length: taken.length }, (_, i) => i));
          expect(taken.length + store.level + store.waitingPuts).toBe(next);
        },
      ),
    );
  });

  it('bad input', () => {
    const sim = createSimulation();
    expect(configPath(() => createStore(sim, { capacity: 0 }))).toBe('capacity');
    expect(configPath(() => createStore(sim, { capacity: 2.5 }))).toBe('capacity');
    expect(configPath(() => createStore(sim).get(3 as never))).toBe('onGet');
    expect(configPath(() => createStore(sim).put(1, 3 as never))).toBe('onPut');
  });
});
