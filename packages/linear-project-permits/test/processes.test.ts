// Baseline vs reform on one project: a hand-checked example on the 2024 calendar (清明 04-04..06
// off, Sunday 04-07 worked; 劳动节 05-01..05 off, Sunday 04-28 and Saturday 05-11 worked), and
// the properties over arbitrary projects, draws and settings.
import { type CivilDate, compareDates, isWorkingDay } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectDrawsArb, projectInputArb, settingsArb } from '../src/arbitraries';
import { runBaseline } from '../src/baseline';
import { compareProject } from '../src/compare';
import type { ProjectDraws } from '../src/draws';
import type { ProjectOutcome } from '../src/outcome';
import { DEFAULT_GRAPH } from '../src/prerequisite-graph';
import { defineProject } from '../src/project';
import { runReform } from '../src/reform';
import type { DEFAULT_SETTINGS } from '../src/settings';
import { DRAWS, INPUT, smooth } from './hand-project';

const issuedOn = (o: ProjectOutcome, kind: string, segment: string | null = null) => {
  const p = o.permits.find((x) => x.kind === kind && x.segment === segment);
  return p?.outcome.status === 'issued' ? p.outcome.on : null;
};

describe('hand-checked project HAND-1 (two segments of 1 000 m and 3 000 m, from Friday 2024-03-01)', () => {
  const { baseline, reform } = compareProject(INPUT, { draws: DRAWS });
  it('baseline: five applications in sequence, five sets of common materials', () => {
    expect([baseline.applications, baseline.commonCopies, baseline.submissions]).toEqual([5, 5, 5]);
    // 选址: 2 + 3 = 5 working days of preparation → submitted and accepted 03-08; 20 working days of
    // review: 03-11..15, 18..22, 25..29, 04-01..03, 04-07 (Sun, make-up), 04-08 → decided 04-08, issued 04-09.
    expect(issuedOn(baseline, 'siting')).toBe('2024-04-09');
    // 用地规划: 2 + 2 → 04-15; 10 working days: 04-16..19, 22..26, 04-28 (Sun, make-up) → issued 04-29.
    expect(issuedOn(baseline, 'land-use')).toBe('2024-04-29');
    // 工程规划: 2 + 5 → 04-30, 05-06..10, 05-11 (Sat, make-up); 12 working days → 05-28, issued 05-29.
    expect(issuedOn(baseline, 'works')).toBe('2024-05-29');
    // Filings: 3 working days each → 06-03, then 06-06.
    expect(baseline.allPermitsOn).toBe('2024-06-06');
    expect(baseline.segments.map((s) => s.readyOn)).toEqual(['2024-06-06', '2024-06-06']);
  });
  it('reform: one application, filings the day of submission, permits per segment', () => {
    expect([reform.applications, reform.commonCopies, reform.submissions]).toEqual([1, 1, 1]);
    // Preparation in parallel: 2 + max(3, 2, 5, 1, 1) = 7 working days → 03-12.
    expect(reform.firstPermitOn).toBe('2024-03-12');
    // 选址: 20 working days from 03-12 → 04-10, issued 04-11.
    expect(issuedOn(reform, 'siting')).toBe('2024-04-11');
    // Segment A (share 1/4): 用地 round(10 × (0.5 + 0.5 × 0.25)) = 6 → 04-19, issued 04-22;
    // 工程 round(12 × 0.625) = 8: 04-23..26, 04-28, 04-29, 04-30, 05-06 → issued 05-07.
    expect(issuedOn(reform, 'land-use', 'A')).toBe('2024-04-22');
    expect(issuedOn(reform, 'works', 'A')).toBe('2024-05-07');
    // Segment B (share 3/4): 用地 round(8.75) = 9 → 04-24, issued 04-25; 工程 round(10.5) = 11 → 05-13, issued 05-14.
    expect(issuedOn(reform, 'works', 'B')).toBe('2024-05-14');
    expect(reform.segments.map((s) => s.readyOn)).toEqual(['2024-05-07', '2024-05-14']);
    expect(reform.firstSegmentReadyOn).toBe('2024-05-07');
    expect(reform.allPermitsOn).toBe('2024-05-14');
    expect([baseline.insideLimits, reform.insideLimits]).toEqual([true, true]);
  });
  it('a refused 选址 leaves its dependants pending with a reason, in both processes', () => {
    const refused = { ...DRAWS, items: { ...DRAWS.items, siting: { ...smooth(3, 20), reject: 0 } } };
    const run = compareProject(INPUT, { draws: refused });
    for (const o of [run.baseline, run.reform]) {
      expect(o.permits.find((p) => p.kind === 'siting')?.outcome.status).toBe('rejected');
      const pending = o.permits.filter((p) => p.outcome.status === 'pending');
      expect(pending.length).toBeGreaterThan(0);
      for (const p of pending)
        expect(p.outcome.status === 'pending' && p.outcome.reason.en).toMatch(/not issued/);
      expect(o.allPermitsOn).toBeNull();
      expect(o.segments.every((s) => s.readyOn === null && s.blockers.includes('works'))).toBe(true);
    }
  });
});

/** A project with its draws and settings, for the properties. */
const caseArb = projectInputArb.chain((input) => {
  const project = defineProject(input);
  return fc.tuple(fc.constant(project), projectDrawsArb(project), settingsArb);
});

function eventDates(o: ProjectOutcome): CivilDate[] {
  return o.records.flatMap((r) => r.history.map((h) => h.event.at as CivilDate));
}
function deadlines(o: ProjectOutcome): CivilDate[] {
  const out: CivilDate[] = [];
  for (const r of o.records) {
    const s = r.final as unknown as Record<string, unknown>;
    for (const k of ['noticeDeadline', 'decisionDeadline', 'issueDeadline'])
      if (typeof s[k] === 'string') out.push(s[k] as CivilDate);
  }
  return out;
}

describe('properties', () => {
  const both = (p: Parameters<typeof runBaseline>[0], d: ProjectDraws, s: typeof DEFAULT_SETTINGS) => [
    runBaseline(p, d, s),
    runReform(p, d, s),
  ];
  it('property: no permit is issued before its prerequisites', () => {
    fc.assert(
      fc.property(caseArb, ([project, draws, settings]) => {
        for (const o of both(project, draws, settings)) {
          for (const r of o.records) {
            const submitted = r.history[0]?.event.at as CivilDate;
            for (const p of DEFAULT_GRAPH.prerequisites[r.kind]) {
              const prereqs = o.permits.filter(
                (x) => x.kind === p && (x.segment === null || r.segment === null || x.segment === r.segment),
              );
              for (const x of prereqs) {
                if (x.outcome.status !== 'issued' || compareDates(x.outcome.on, submitted) > 0) return false;
              }
            }
          }
        }
        return true;
      }),
      { numRuns: 150 },
    );
  });
  it('property: every requested permit ends issued, rejected, or pending with a reason', () => {
    fc.assert(
      fc.property(caseArb, ([project, draws, settings]) => {
        return both(project, draws, settings).every((o) =>
          project.permits.every((kind) => {
            const results = o.permits.filter((p) => p.kind === kind);
            return (
              results.length > 0 &&
              results.every((p) =>
                p.outcome.status === 'pending'
                  ? p.outcome.reason.zh !== '' && p.outcome.reason.en !== ''
                  : ['issued', 'rejected'].includes(p.outcome.status),
              )
            );
          }),
        );
      }),
      { numRuns: 150 },
    );
  });
  it('property: deadlines and acts are never on a day off', () => {
    fc.assert(
      fc.property(caseArb, ([project, draws, settings]) =>
        both(project, draws, settings).every((o) => [...eventDates(o), ...deadlines(o)].every(isWorkingDay)),
      ),
      { numRuns: 150 },
    );
  });
  it('property: the reform never needs more applications or copies of common materials than the baseline', () => {
    fc.assert(
      fc.property(caseArb, ([project, draws, settings]) => {
        const [b, r] = both(project, draws, settings) as [ProjectOutcome, ProjectOutcome];
        const ok = r.applications <= b.applications && r.commonCopies <= b.commonCopies;
        // Hand-ins including supplements: guaranteed when the baseline got every permit (one
        // notice in one go covers every item the reform finds incomplete).
        return ok && (b.allPermitsOn === null || r.submissions <= b.submissions);
      }),
      { numRuns: 150 },
    );
  });
  it('property: per-segment issuance never readies a segment without all its permits', () => {
    fc.assert(
      fc.property(caseArb, ([project, draws, settings]) =>
        both(project, draws, settings).every((o) =>
          o.segments.every((s) => {
            const covering = o.permits.filter((p) => p.segment === null || p.segment === s.segment);
            const allIssued = project.permits.every((k) =>
              covering.some((p) => p.kind === k && p.outcome.status === 'issued'),
            );
            if (s.readyOn === null) return !allIssued || s.blockers.length > 0;
            return (
              allIssued &&
              covering.every(
                (p) =>
                  p.outcome.status === 'issued' && compareDates(p.outcome.on, s.readyOn as CivilDate) <= 0,
              )
            );
          }),
        ),
      ),
      { numRuns: 150 },
    );
  });
});
