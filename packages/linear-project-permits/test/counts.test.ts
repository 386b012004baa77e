// Hand-checked counts of hand-ins and officer actions: both processes counted by one rule (every
// check, notice, re-check, acceptance, transfer registration, review, revision, extension,
// decision, certificate and meeting is one action), on project HAND-1 of processes.test.ts.
import { describe, expect, it } from 'vitest';
import { compareProject } from '../src/compare';
import type { ItemDraws, ProjectDraws } from '../src/draws';
import { DRAWS, INPUT } from './hand-project';

describe('officer actions on HAND-1, complete materials, no revision', () => {
  const { baseline, reform } = compareProject(INPUT, { draws: DRAWS });
  it('baseline: 5 forms × (check + acceptance) = 10 intake actions; 3 licences × 3 + 2 filings = 11', () => {
    // Licences: review started, approved, certificate = 3 each; a filing is recorded on acceptance = 1.
    expect(baseline.touches).toEqual({ intake: 10, decision: 11, meetings: 0 });
    expect(baseline.officerTouches).toBe(21);
  });
  it('reform: one form (check + acceptance = 2) plus 4 transfers registered; 17 review actions; 7 meetings + 3 at the pre-consultation', () => {
    // Transfers: 用地规划 and 工程规划, each for segments A and B = 4 registrations (no material check:
    // the window checked the one form). Decisions: 选址 3 + two filings 1 + 1 + four segment
    // licences × 3 = 17. Meetings: 65 working days from 03-01 to the last certificate on 06-04
    // (March 20; April 1–3, 07 (Sun, make-up), 08–30 with 04-28 (Sun) = 22; May 06–31 with Sat
    // 05-11 = 21; June 03–04 = 2 → 65), one every 10 → floor(65 / 10) + 1 = 7. Pre-consultation:
    // one action for each of the 3 departments (natural resources, ecology, water), none for
    // problems (none drawn) → 7 + 3 = 10. (Before the approval gate and pre-consultation: 6.)
    expect(reform.touches).toEqual({ intake: 6, decision: 17, meetings: 10 });
    expect(reform.officerTouches).toBe(33);
  });
  it('reform without per-segment issuance: 2 + 2 transfers, 11 review actions, fewer meetings', () => {
    const { reform: whole } = compareProject(INPUT, {
      draws: DRAWS,
      settings: { perSegmentIssuance: false },
    });
    expect(whole.touches.intake).toBe(4);
    expect(whole.touches.decision).toBe(11);
  });
});

describe('incomplete materials: one notice in one go for the whole form', () => {
  const incomplete = (d: ItemDraws): ItemDraws => ({ ...d, incomplete: 0, noticeDelay: 2 });
  const draws: ProjectDraws = {
    ...DRAWS,
    items: Object.fromEntries(Object.entries(DRAWS.items).map(([k, d]) => [k, incomplete(d as ItemDraws)])),
  };
  const { baseline, reform } = compareProject(INPUT, { draws });
  it('baseline: each of 5 forms checked, noticed, re-checked and accepted = 20 intake actions; 10 hand-ins', () => {
    expect(baseline.touches.intake).toBe(20);
    expect([baseline.applications, baseline.commonCopies, baseline.submissions]).toEqual([5, 5, 10]);
  });
  it('reform: the one form checked, noticed, re-checked and accepted = 4, plus 4 transfers; 2 hand-ins', () => {
    expect(reform.touches.intake).toBe(8);
    expect([reform.applications, reform.commonCopies, reform.submissions]).toEqual([1, 1, 2]);
  });
});
