// fast-check arbitraries of core/sim values.
import fc from 'fast-check';
import type { QueueDiscipline } from './resource-types';

/** A valid resource configuration (without hours): capacity 1–10, either discipline. */
export interface ResourceConfig {
  readonly capacity: number;
  readonly discipline: QueueDiscipline;
  readonly preemptive: boolean;
}

/**
 * Valid resource configurations; preemption only with the priority discipline.
 * @example
 * fc.assert(fc.property(resourceConfigArb, (cfg) => createResource(sim, cfg).capacity === cfg.capacity));
 */
export const resourceConfigArb: fc.Arbitrary<ResourceConfig> = fc
  .record({
    capacity: fc.integer({ min: 1, max: 10 }),
    discipline: fc.constantFrom<QueueDiscipline>('fifo', 'priority'),
    preemptive: fc.boolean(),
  })
  .map((c) => ({ ...c, preemptive: c.discipline === 'priority' && c.preemptive }));

/** One job of a synthetic workload: arrival time, service time, priority (minutes, 0–9). */
export interface JobSpec {
  readonly arrival: number;
  readonly service: number;
  readonly priority: number;
}

/**
 * Workloads of 0–60 jobs with arrivals in [0, 600) minutes (ties likely: integer minutes) and
 * services in [0, 60].
 * @example
 * fc.assert(fc.property(jobsArb, (jobs) => jobs.length <= 60));
 */
export const jobsArb: fc.Arbitrary<JobSpec[]> = fc.array(
  fc.record({
    arrival: fc.integer({ min: 0, max: 599 }),
    service: fc.integer({ min: 0, max: 60 }),
    priority: fc.integer({ min: 0, max: 9 }),
  }),
  { maxLength: 60 },
);
