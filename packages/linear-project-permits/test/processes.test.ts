// Baseline vs reform on one project: a hand-checked example on the 2024 calendar (清明 04-04..06
// off, Sunday 04-07 worked; 劳动节 05-01..05 off, Sunday 04-28 and Saturday 05-11 worked), and
// the issue's properties over arbitrary projects, draws and settings.
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
  it('baseline: five applications at three departments, five sets of common materials', () => {
    expect([baseline.applications, baseline.commonCopies, baseline.submissions]).toEqual([5, 5, 5]);
    // Project code: 1 working day (Guangdong guide) → 03-04.
    // 选址 (natural resources): 2 + 3 = 5 working days of preparation → submitted and accepted 03-08;
    // 20 working days of review: 03-11..15, 18..22, 25..29, 04-01..03, 04-07 (Sun, make-up), 04-08 →
    // decided 04-08, issued 04-09.
    expect(issuedOn(baseline, 'siting')).toBe('2024-04-09');
    // 环评登记表 (ecology) and 水保备案 (water) at their own departments, concurrently with 选址:
    // 2 + 1 = 3 working days → filed 03-06 — no longer after 工程规划 (was 06-03 and 06-06).
    expect(issuedOn(baseline, 'eia-registration')).toBe('2024-03-06');
    expect(issuedOn(baseline, 'swc-filing')).toBe('2024-03-06');
    expect(baseline.firstPermitOn).toBe('2024-03-06');
    // Project approval (城乡规划法 第三十七条): requested on the 选址 certificate 04-09, 10 working
    // days: 04-10..12, 15..19, 22, 23 → 04-23.
    expect(baseline.approvedOn).toBe('2024-04-23');
    // 用地规划: applied for on 04-23 (not on 04-09, the gate); 10 working days: 04-24..26, 04-28 (Sun,
    // make-up), 29, 30, 05-06..09 → decided 05-09, issued 05-10 (was 04-29 without the gate).
    expect(issuedOn(baseline, 'land-use')).toBe('2024-05-10');
    // 工程规划: 05-10; 12 working days: 05-11 (Sat, make-up), 13..17, 20..24, 27 → 05-27, issued 05-28.
    expect(issuedOn(baseline, 'works')).toBe('2024-05-28');
    expect(baseline.allPermitsOn).toBe('2024-05-28'); // was 06-06 with every item in sequence
    expect(baseline.segments.map((s) => s.readyOn)).toEqual(['2024-05-28', '2024-05-28']);
  });
  it('reform: pre-consultation, one application, filings the day of submission, permits per segment', () => {
    expect([reform.applications, reform.commonCopies, reform.submissions]).toEqual([1, 1, 1]);
    // Drafts in parallel, each reviewed jointly for 5 working days (no problem to fix):
    // 2 + max(3, 2, 5, 1, 1) + 5 = 12 working days → 03-04..08, 11..15, 18, 19 → filed 03-19.
    expect(reform.firstPermitOn).toBe('2024-03-19');
    // 选址: 20 working days from 03-19: 03-20..22, 25..29, 04-01..03, 04-07 (Sun), 08..12, 15..17 → 04-17, issued 04-18.
    expect(issuedOn(reform, 'siting')).toBe('2024-04-18');
    // Approval: 10 working days from 04-18: 04-19, 22..26, 28 (Sun), 29, 30, 05-06 → 05-06.
    expect(reform.approvedOn).toBe('2024-05-06');
    // Segment A (share 1/4): 用地 round(10 × (0.5 + 0.5 × 0.25)) = 6 from 05-06: 05-07..10, 11 (Sat), 13
    // → issued 05-14; 工程 round(12 × 0.625) = 8: 05-15..17, 20..24 → 05-24, issued 05-27.
    expect(issuedOn(reform, 'land-use', 'A')).toBe('2024-05-14');
    expect(issuedOn(reform, 'works', 'A')).toBe('2024-05-27');
    // Segment B (share 3/4): 用地 round(8.75) = 9 → 05-16, issued 05-17; 工程 round(10.5) = 11:
    // 05-20..24, 27..31, 06-03 → issued 06-04.
    expect(issuedOn(reform, 'works', 'B')).toBe('2024-06-04');
    expect(reform.segments.map((s) => s.readyOn)).toEqual(['2024-05-27', '2024-06-04']);
    // Honest result: on this project the first segment is ready one working day before the
    // baseline's (05-27 vs 05-28), but all permits come 5 working days later (06-04 vs 05-28): the
    // one form waits for the slowest draft and the pre-consultation.
    expect(reform.firstSegmentReadyOn).toBe('2024-05-27');
    expect(reform.allPermitsOn).toBe('2024-06-04');
    expect([baseline.insideLimits, reform.insideLimits]).toEqual([true, true]);
  });
  it('the 划拨决定书 is issued with each 用地规划许可证 (同步核发), never before it', () => {
    expect(baseline.allocationDecisions).toEqual([{ segment: null, on: '2024-05-10' }]);
    expect(reform.allocationDecisions).toEqual([
      { segment: 'A', on: '2024-05-14' },
      { segment: 'B', on: '2024-05-17' },
    ]);
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
      expect(o.approvedOn).toBeNull();
      expect(o.segments.every((s) => s.readyOn === null && s.blockers.includes('works'))).toBe(true);
    }
  });
  it('the approval gate holds a 用地规划许可 back even when the 选址意见书 is already held', () => {
    // HAND-1 without 选址 (held): approval requested with the project code 03-04, 10 working days →
    // 03-18. Baseline 用地规划 drafted 2 + 2 = 4 → 03-07, but applied for on 03-18 (第三十七条).
    const held = { ...INPUT, permits: ['land-use', 'works'] as const, held: ['siting'] as const };
    const draws = { ...DRAWS, items: { 'land-use': DRAWS.items['land-use'], works: DRAWS.items.works } };
    const run = compareProject(
      { ...held, permits: [...held.permits], held: [...held.held] },
      { draws: draws as typeof DRAWS },
    );
    expect(run.baseline.approvedOn).toBe('2024-03-18');
    const firstEvent = (o: ProjectOutcome) =>
      o.records.filter((r) => r.kind === 'land-use').map((r) => r.history[0]?.event.at);
    expect(firstEvent(run.baseline)).toEqual(['2024-03-18']);
    // Reform: filed 2 + max(2, 5) + 5 = 12 working days → 03-19, after the approval: no wait.
    expect(firstEvent(run.reform)).toEqual(['2024-03-19', '2024-03-19']);
  });
});

describe('an approval that would fall past the calendar (2019–2026)', () => {
  it('leaves the 用地规划许可 pending with that reason in both processes, without throwing', () => {
    // From 2026-10-15: 选址 issued in late November 2026; 60 working days of approval run into 2027.
    const run = compareProject({ ...INPUT, startDate: '2026-10-15' }, { draws: { ...DRAWS, approval: 60 } });
    for (const o of [run.baseline, run.reform]) {
      expect(o.approvedOn).toBeNull();
      const landUse = o.permits.filter((p) => p.kind === 'land-use');
      expect(landUse.length).toBeGreaterThan(0);
      for (const p of landUse)
        expect(p.outcome.status === 'pending' && p.outcome.reason.en).toMatch(/beyond the years/);
    }
  });
});

describe('clock stops: the builder’s revision is not the authority’s time (行政许可法 第四十五条)', () => {
  // 工程规划 of HAND-1 with a design problem: 12 working days of review + 20 of revision = 32.
  const draws = {
    ...DRAWS,
    items: { ...DRAWS.items, works: { ...smooth(5, 12), reviewIssue: 0, reviewIssueDays: 20 } },
  };
  const { baseline } = compareProject(INPUT, { draws, settings: { perSegmentIssuance: false } });
  const works = baseline.records.find((r) => r.kind === 'works');
  it('moves the decision deadline by the 20 suspended working days: 32 days inside 20 + 20, no extension', () => {
    // Accepted 05-10; 20 working days → 06-07 (端午 06-10 off); + 20 suspended → 07-05.
    // Decision 32 working days after 05-10: 05-11 (Sat), 13..17, 20..24, 27..31, 06-03..07, 11..14,
    // 17..21, 24..25 → 06-25, inside 07-05. Counted on elapsed days it would be 32 > 20 + 10: late.
    expect(works?.history.map((h) => h.event.type)).toEqual([
      'submit',
      'accept',
      'start-review',
      'suspend-clock',
      'approve',
      'issue',
    ]);
    expect(works?.history.find((h) => h.event.type === 'approve')?.event.at).toBe('2024-06-25');
    expect(works?.final.status === 'issued' && works.final.lateDecision).toBe(false);
    expect(baseline.insideLimits).toBe(true);
  });
});

describe('pre-consultation: caught problems are fixed before filing, missed ones surface later', () => {
  // 工程规划 of HAND-1 with incomplete materials (5 working days to supplement) and a design
  // problem (8 working days to revise).
  const troubled = (caught: number) => ({
    ...DRAWS,
    items: {
      ...DRAWS.items,
      works: { ...smooth(5, 12), incomplete: 0, reviewIssue: 0, reviewIssueDays: 8, caught },
    },
  });
  it('caught (draw 0 < share 0.6): fixed in max(5, 8) = 8 days before filing, no supplement, no revision', () => {
    const { reform } = compareProject(INPUT, { draws: troubled(0) });
    // Filing: 2 + max(3 + 5, 2 + 5, 5 + 5 + 8, 1 + 5, 1 + 5) = 20 working days → 03-04..29 → 03-29.
    expect(reform.firstPermitOn).toBe('2024-03-29');
    expect(reform.submissions).toBe(1);
    expect(reform.records.some((r) => r.revised)).toBe(false);
  });
  it('missed (draw 0.99 ≥ share 0.6): filed 03-19, one notice and supplement, then a revision in review', () => {
    const { reform } = compareProject(INPUT, { draws: troubled(0.99) });
    // Filed 2 + 10 = 12 working days → 03-19; noticed on the spot, supplemented 5 working days
    // later (03-20..22, 25, 26) → the bundle, filings included, accepted 03-26.
    expect(reform.firstPermitOn).toBe('2024-03-26');
    expect(reform.submissions).toBe(2);
    expect(reform.records.filter((r) => r.kind === 'works').every((r) => r.revised)).toBe(true);
  });
  it('with no share caught the reform sees every problem the baseline sees', () => {
    const { baseline, reform } = compareProject(INPUT, {
      draws: troubled(0),
      settings: { preConsultationCatchShare: 0 },
    });
    expect([baseline.submissions, reform.submissions]).toEqual([6, 2]);
    expect(reform.records.filter((r) => r.kind === 'works').every((r) => r.revised)).toBe(true);
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
  it('property: no 用地规划许可 is applied for before the project approval (城乡规划法 第三十七条)', () => {
    fc.assert(
      fc.property(caseArb, ([project, draws, settings]) =>
        both(project, draws, settings).every((o) =>
          o.records
            .filter((r) => r.kind === 'land-use')
            .every(
              (r) =>
                o.approvedOn !== null &&
                compareDates(o.approvedOn, r.history[0]?.event.at as CivilDate) <= 0 &&
                // and, on the same day as its permit, the 划拨决定书 (同步核发)
                (r.final.status !== 'issued' ||
                  o.allocationDecisions.some(
                    (a) =>
                      a.segment === r.segment && r.final.status === 'issued' && a.on === r.final.issuedOn,
                  )),
            ),
        ),
      ),
      { numRuns: 150 },
    );
  });
  it('property: a pre-consultation that catches more never leaves more hand-ins or revisions (same draws)', () => {
    // An item is caught when its draw is below the share: a higher share catches a superset.
    fc.assert(
      fc.property(
        caseArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ([project, draws, settings], x, y) => {
          const [lo, hi] = x <= y ? [x, y] : [y, x];
          const at = (share: number, missed = settings.missedNoticeProbability) =>
            runReform(project, draws, {
              ...settings,
              preConsultationCatchShare: share,
              missedNoticeProbability: missed,
            });
          const revised = (o: ProjectOutcome) =>
            new Set(o.records.filter((r) => r.revised).map((r) => r.kind));
          // Revisions compared with every notice given: a deemed acceptance forces a revision.
          const [a0, b0] = [at(lo, 0), at(hi, 0)];
          return (
            at(hi).submissions <= at(lo).submissions && [...revised(b0)].every((k) => revised(a0).has(k))
          );
        },
      ),
      { numRuns: 100 },
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
