import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../src/errors';
import { jobsArb, resourceConfigArb } from '../src/sim/arbitraries';
import {
  createResource,
  createSimulation,
  type ResourceOptions,
  type ResourceRequest,
  workingDayHours,
} from '../src/sim/index';

function configPath(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigurationError) return e.path;
    throw e;
  }
  throw new Error('expected a ConfigurationError');
}

describe('Resource: worked examples', () => {
  it('one FIFO server, three arrivals at 0, 1, 2 needing 5 minutes each', () => {
    const sim = createSimulation();
    const desk = createResource(sim, { capacity: 1, name: 'desk' });
    const done: [string, number, number][] = [];
    for (const [name, at] of [
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ] as const) {
      sim.scheduleAt(at, () => desk.serve(5, (r) => done.push([r.data, sim.now, r.wait]), 0, name));
    }
    sim.run();
    // starts 0, 5, 10; completions 5, 10, 15; waits 0, 5 − 1 = 4, 10 − 2 = 8
    expect(done).toEqual([
      ['a', 5, 0],
      ['b', 10, 4],
      ['c', 15, 8],
    ]);
    const s = desk.stats();
    expect(s.meanWait).toBe(4); // (0 + 4 + 8) / 3
    expect(s.probabilityOfWait).toBeCloseTo(2 / 3, 12);
    expect(s.utilization).toBe(1); // busy all of [0, 15]
    // line length: 1 on [1, 2), 2 on [2, 5), 1 on [5, 10), 0 on [10, 15): area 1 + 6 + 5 = 12; 12 / 15 = 0.8
    expect(s.meanQueueLength).toBeCloseTo(0.8, 12);
    expect(s.maxQueueLength).toBe(2);
    expect(s.started).toBe(3);
    expect(s.completed).toBe(3);
    expect(desk.waits.quantile(0.5)).toBe(4);
  });

  it('two servers: utilization is busy server-minutes over capacity × time', () => {
    const sim = createSimulation();
    const desk = createResource(sim, { capacity: 2 });
    desk.serve(10);
    sim.run({ until: 20 });
    // one server busy for 10 of 20 minutes, the other idle: 10 / (2 × 20) = 0.25
    expect(desk.utilization()).toBe(0.25);
  });

  it('priority discipline: smaller priority first, arrival order among equals', () => {
    const sim = createSimulation();
    const desk = createResource(sim, { capacity: 1, discipline: 'priority' });
    const starts: string[] = [];
    const job = (name: string, priority: number) => () =>
      desk.request((r) => {
        starts.push(`${name}@${sim.now}`);
        sim.schedule(10, () => desk.release(r));
      }, priority);
    sim.scheduleAt(0, job('A', 5));
    sim.scheduleAt(1, job('B', 5));
    sim.scheduleAt(2, job('C', 1));
    sim.scheduleAt(3, job('D', 1));
    sim.run();
    expect(starts).toEqual(['A@0', 'C@10', 'D@20', 'B@30']);
  });

  it('preemption: an urgent arrival interrupts; the interrupted job resumes its remaining service', () => {
    const sim = createSimulation();
    const desk = createResource(sim, { capacity: 1, discipline: 'priority', preemptive: true });
    const finished: string[] = [];
    const a = desk.serve(10, () => finished.push(`A@${sim.now}`), 5);
    sim.scheduleAt(3, () => desk.serve(4, () => finished.push(`B@${sim.now}`), 1));
    sim.scheduleAt(4, () => desk.serve(1, () => finished.push(`C@${sim.now}`), 9));
    sim.run();
    // A runs 0–3 (7 left), B 3–7, A 7–14, then C (lower priority) 14–15
    expect(finished).toEqual(['B@7', 'A@14', 'C@15']);
    expect(a.preemptions).toBe(1);
    expect(a.wait).toBe(0); // counted once, at its first start
    expect(desk.stats().preemptions).toBe(1);
    expect(desk.stats().utilization).toBe(1);
  });

  it('an equal-priority arrival does not preempt', () => {
    const sim = createSimulation();
    const desk = createResource(sim, { capacity: 1, discipline: 'priority', preemptive: true });
    const a = desk.serve(10, null, 2);
    sim.scheduleAt(1, () => desk.serve(1, null, 2));
    sim.run();
    expect(a.preemptions).toBe(0);
  });

  it('cancel withdraws a waiting request (reneging) and not a started one', () => {
    const sim = createSimulation();
    const desk = createResource(sim, { capacity: 1 });
    const first = desk.serve(10);
    const second = desk.serve(10);
    sim.scheduleAt(2, () => expect(desk.cancel(second)).toBe(true));
    sim.run();
    expect(desk.cancel(first)).toBe(false);
    expect(second.state).toBe('cancelled');
    expect(desk.stats().completed).toBe(1);
    expect(desk.meanQueueLength()).toBeCloseTo(0.2, 12); // 1 waiting on [0, 2) of [0, 10]
  });

  it('resetStats restarts the accounting at the warm-up boundary', () => {
    const sim = createSimulation();
    const desk = createResource(sim, { capacity: 1 });
    desk.serve(100);
    sim.scheduleAt(50, () => desk.resetStats());
    sim.run({ until: 200 });
    // after the reset: busy on [50, 100), idle on [100, 200): 50 / 150
    expect(desk.utilization()).toBeCloseTo(1 / 3, 12);
    expect(desk.stats().started).toBe(0);
  });
});

describe('Resource with working-day opening hours (statutory calendar)', () => {
  // 2024-02-09 (Fri) is a working day; 2024-02-10..17 are the 春节 days off; Sun 2024-02-18 is a
  // make-up working day (国务院办公厅关于2024年部分节假日安排的通知).
  const periods = [
    { from: '09:00', to: '12:00' },
    { from: '13:30', to: '17:00' },
  ];

  it('a job in service at closing time finishes; one waiting at closing waits for the next opening', () => {
    const sim = createSimulation({ startDate: '2024-02-09' });
    const hours = workingDayHours(periods, sim);
    const desk = createResource(sim, { capacity: 1, hours });
    const log: string[] = [];
    const at = (h: number, m: number) => h * 60 + m;
    sim.scheduleAt(at(11, 50), () => desk.serve(30, () => log.push(`first done ${sim.now}`)));
    sim.scheduleAt(at(11, 55), () => desk.serve(10, (r) => log.push(`second started ${r.start}`)));
    sim.scheduleAt(at(17, 30), () => desk.serve(10, (r) => log.push(`third started ${r.start}`)));
    sim.run();
    expect(log).toEqual([
      `first done ${at(12, 20)}`, // started 11:50, ran past closing
      `second started ${at(13, 30)}`, // waited over the lunch closure
      `third started ${9 * 1440 + at(9, 0)}`, // after 8 days off: Sunday 2024-02-18 09:00
    ]);
    expect(sim.dateAt(9 * 1440)).toBe('2024-02-18');
  });

  it('hours laid on another start date are refused', () => {
    const sim = createSimulation({ startDate: '2024-02-09' });
    const hours = workingDayHours(periods, { startDate: '2024-02-10' });
    expect(configPath(() => createResource(sim, { capacity: 1, hours }))).toBe('hours.startDate');
  });
});

describe('Resource: properties', () => {
  it('never exceeds capacity; every request is served or still queued at the end; work-conserving', () => {
    fc.assert(
      fc.property(resourceConfigArb, jobsArb, fc.integer({ min: 0, max: 700 }), (config, jobs, stopAt) => {
        const sim = createSimulation();
        const desk = createResource(sim, { ...config, name: 'p' });
        const requests: ResourceRequest<number>[] = [];
        let held = 0;
        let finished = 0;
        const check = () => {
          expect(desk.busy).toBeLessThanOrEqual(config.capacity);
          expect(held).toBeLessThanOrEqual(desk.busy);
          // always open: nobody waits while a server is free
          if (desk.queueLength > 0) expect(desk.busy).toBe(config.capacity);
        };
        jobs.forEach((job, i) => {
          sim.scheduleAt(job.arrival, () => {
            if (i % 2 === 0) {
              requests.push(
                desk.serve(
                  job.service,
                  () => {
                    finished++;
                    check();
                  },
                  job.priority,
                  i,
                ),
              );
            } else {
              requests.push(
                desk.request(
                  (r) => {
                    held++;
                    check();
                    sim.schedule(job.service, () => {
                      held--;
                      finished++;
                      desk.release(r);
                      check();
                    });
                  },
                  job.priority,
                  i,
                ),
              );
            }
            check();
          });
        });
        sim.run({ until: stopAt });
        const count = (state: string) => requests.filter((r) => r.state === state).length;
        expect(count('done') + count('serving') + count('queued')).toBe(requests.length);
        expect(count('serving')).toBe(desk.busy);
        expect(count('queued')).toBe(desk.queueLength);
        expect(count('done')).toBe(finished);
        expect(desk.stats().completed).toBe(finished);
        // Run to the end: everyone is served.
        sim.run();
        expect(requests.every((r) => r.state === 'done')).toBe(true);
        expect(desk.busy + desk.queueLength).toBe(0);
      }),
    );
  });

  it('is deterministic: the same workload gives the same statistics', () => {
    fc.assert(
      fc.property(resourceConfigArb, jobsArb, (config, jobs) => {
        const run = () => {
          const sim = createSimulation();
          const desk = createResource(sim, config);
          for (const job of jobs)
            sim.scheduleAt(job.arrival, () => desk.serve(job.service, null, job.priority));
          sim.run();
          return desk.stats();
        };
        expect(run()).toEqual(run());
      }),
      { numRuns: 50 },
    );
  });
});

describe('Resource: bad input', () => {
  const sim = createSimulation();
  it.each([
    ['capacity', { capacity: -1 }],
    ['capacity', { capacity: 0 }],
    ['capacity', { capacity: 1.5 }],
    ['capacity', { capacity: Number.NaN }],
    ['discipline', { capacity: 1, discipline: 'lifo' }],
    ['preemptive', { capacity: 1, preemptive: true }],
    ['hours', { capacity: 1, hours: {} }],
  ])('%s: %o', (path, options) => {
    expect(configPath(() => createResource(sim, options as unknown as ResourceOptions))).toBe(path);
  });

  it('bad requests name the parameter and change nothing', () => {
    const desk = createResource(sim, { capacity: 1 });
    expect(configPath(() => desk.serve(-1))).toBe('duration');
    expect(configPath(() => desk.serve(Number.NaN))).toBe('duration');
    expect(configPath(() => desk.serve(1, null, Number.NaN))).toBe('priority');
    expect(configPath(() => desk.request('x' as never))).toBe('onGrant');
    expect(desk.busy + desk.queueLength).toBe(0);
    const served = desk.serve(1);
    expect(configPath(() => desk.release(served))).toBe('request');
    const other = createResource(sim, { capacity: 1 });
    expect(configPath(() => other.cancel(served))).toBe('request');
  });
});
