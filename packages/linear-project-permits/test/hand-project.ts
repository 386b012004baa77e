// Project HAND-1, hand-checked on the 2024 calendar in processes.test.ts and counts.test.ts: two
// segments of 1 000 m and 3 000 m from Friday 2024-03-01, every item with complete materials, no
// revision and a grant, so each date and count follows from the statute and the calendar alone.
import type { ItemDraws, ProjectDraws } from '../src/draws';
import type { ProjectInput } from '../src/project';

export const smooth = (preparation: number, review: number): ItemDraws => ({
  preparation,
  incomplete: 0.99, // complete materials
  noticeDelay: 0, // accepted on the spot
  missedNotice: 0.99,
  supplementDelay: 5,
  review,
  reviewIssue: 0.99, // no revision
  reviewIssueDays: 5,
  reject: 0.99, // granted
  issueDelay: 1,
  caught: 0.99, // nothing for the pre-consultation to catch anyway (no problem drawn)
});

export const INPUT: ProjectInput = {
  id: 'HAND-1',
  type: 'road',
  startDate: '2024-03-01',
  segments: [
    { id: 'A', lengthM: 1000 },
    { id: 'B', lengthM: 3000 },
  ],
  permits: ['siting', 'land-use', 'works', 'eia-registration', 'swc-filing'],
};
export const DRAWS: ProjectDraws = {
  commonPreparation: 2,
  approval: 10, // 批准/核准/备案 of the project: 10 working days after the 选址意见书
  items: {
    siting: smooth(3, 20),
    'land-use': smooth(2, 10),
    works: smooth(5, 12),
    'eia-registration': smooth(1, 0),
    'swc-filing': smooth(1, 0),
  },
};
