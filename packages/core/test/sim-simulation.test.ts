import { describe, expect, it } from 'vitest';
import { ConfigurationError, ValidationError } from '../src/errors';
import { createSimulation } from '../src/sim/index';

function configPath(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigurationError) return e.path;
    throw e;
  }
  throw new Error('expected a ConfigurationError');
}

describe('Simulation', () => {
  it('runs callbacks in time order with their arguments, same-time events in scheduling order', () => {
    const sim = createSimulation();
    const log: string[] = [];
    const note = (what: string) => log.push(`${sim.now}:${what}`);
    sim.schedule(10, note, 'c');
    sim.schedule(5, note, 'a');
    sim.schedule(10, note, 'd');
    sim.scheduleAt(5, note, 'b');
    sim.schedule(0, () => sim.schedule(0, note, 'zero-later'));
    const result = sim.run();
    expect(log).toEqual(['0:zero-later', '5:a', '5:b', '10:c', '10:d']);
    expect(result).toEqual({ events: 6, now: 10 });
    expect(sim.eventsExecuted).toBe(6);
  });

  it('run({ until }) runs events strictly before until and moves the clock to until', () => {
    const sim = createSimulation();
    const seen: number[] = [];
    for (const t of [1, 5, 9, 10, 11]) sim.scheduleAt(t, () => seen.push(sim.now));
    expect(sim.run({ until: 10 })).toEqual({ events: 3, now: 10 });
    expect(seen).toEqual([1, 5, 9]);
    expect(sim.pending).toBe(2);
    sim.run();
    expect(seen).toEqual([1, 5, 9, 10, 11]);
  });

  it('maxEvents and step', () => {
    const sim = createSimulation();
    let n = 0;
    const tick = () => {
      n++;
      sim.schedule(1, tick);
    };
    sim.schedule(0, tick);
    expect(sim.run({ maxEvents: 5 }).events).toBe(5);
    expect(sim.now).toBe(4);
    expect(sim.step()).toBe(true);
    expect(n).toBe(6);
    expect(createSimulation().step()).toBe(false);
  });

  it('cancel skips an event; cancelling twice or after it ran does nothing', () => {
    const sim = createSimulation();
    const seen: string[] = [];
    const h = sim.schedule(3, () => seen.push('cancelled'));
    sim.schedule(4, () => seen.push('kept'));
    sim.cancel(h);
    sim.cancel(h);
    expect(sim.run().events).toBe(1);
    expect(seen).toEqual(['kept']);
    const later = sim.schedule(1, () => seen.push('again'));
    sim.run();
    sim.cancel(later);
    sim.schedule(1, () => seen.push('after'));
    sim.run();
    expect(seen).toEqual(['kept', 'again', 'after']);
  });

  it('dateAt and minuteOfDay map the clock onto the civil calendar', () => {
    const sim = createSimulation({ startDate: '2024-02-28' });
    expect(sim.dateAt(0)).toBe('2024-02-28');
    // 2 days (2880 min) + 60 min: 2024 is a leap year, so 02-28 + 2 = 03-01
    expect(sim.dateAt(2 * 1440 + 60)).toBe('2024-03-01');
    expect(sim.minuteOfDay(2 * 1440 + 60)).toBe(60);
    expect(sim.minuteOfDay(1439.5)).toBe(1439.5);
  });

  it('is deterministic and independent of the time zone (no Date involved)', () => {
    const sim = createSimulation({ startDate: '2024-12-31' });
    expect(sim.dateAt(1440)).toBe('2025-01-01');
  });

  it('bad input throws typed errors naming the parameter', () => {
    const sim = createSimulation();
    expect(configPath(() => sim.schedule(-1, () => {}))).toBe('delay');
    expect(configPath(() => sim.schedule(Number.NaN, () => {}))).toBe('delay');
    expect(configPath(() => sim.schedule(Number.POSITIVE_INFINITY, () => {}))).toBe('delay');
    expect(configPath(() => sim.schedule(1, 'x' as unknown as () => void))).toBe('callback');
    expect(configPath(() => sim.scheduleAt(Number.NaN, () => {}))).toBe('time');
    expect(configPath(() => sim.run({ until: Number.NaN }))).toBe('until');
    expect(configPath(() => sim.run({ maxEvents: -1 }))).toBe('maxEvents');
    expect(configPath(() => sim.cancel(-3))).toBe('handle');
    expect(configPath(() => sim.dateAt(5))).toBe('startDate');
    expect(configPath(() => createSimulation({ startDate: '2024-01-01' }).dateAt(Number.NaN))).toBe('t');
    expect(configPath(() => sim.minuteOfDay(-1))).toBe('t');
    expect(() => createSimulation({ startDate: '2024-13-01' })).toThrow(ValidationError);
    expect(configPath(() => createSimulation({ calendar: {} as never }))).toBe('calendar');
    sim.scheduleAt(10, () => {});
    sim.run({ until: 5 });
    expect(configPath(() => sim.scheduleAt(4, () => {}))).toBe('time');
    expect(configPath(() => sim.run({ until: 4 }))).toBe('until');
    sim.schedule(0, () => sim.run());
    expect(configPath(() => sim.run())).toBe('run');
  });

  // Issue 32: a handle not yet issued was accepted (the event that later got it silently never
  // ran), and a delay whose sum with the clock overflows to Infinity silently dropped its event.
  it('cancel refuses a handle not yet issued; the event that later gets that number runs', () => {
    const sim = createSimulation();
    const seen: number[] = [];
    const h0 = sim.schedule(1, () => seen.push(0));
    expect(configPath(() => sim.cancel(h0 + 1))).toBe('handle');
    sim.schedule(2, () => seen.push(1));
    sim.run();
    expect(seen).toEqual([0, 1]);
  });

  it('a delay that overflows the clock to Infinity is refused instead of dropping its event', () => {
    const sim = createSimulation();
    sim.scheduleAt(Number.MAX_VALUE, () => {});
    sim.run();
    expect(sim.now).toBe(Number.MAX_VALUE);
    // MAX_VALUE + MAX_VALUE = Infinity: the event would never run.
    expect(configPath(() => sim.schedule(Number.MAX_VALUE, () => {}))).toBe('delay');
    expect(sim.pending).toBe(0);
  });
});
