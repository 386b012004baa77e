// The related-case check (关联案件): same party id, same subject, other instance, enforcement.
import { describe, expect, it } from 'vitest';
import { type CaseRecord, linkRelatedCases } from '../src/index';
import { errorPaths } from './fixtures';

const first: CaseRecord = {
  id: 'J1',
  stage: 'first-instance',
  partyIds: ['91440115MA5C0XXX1X', 'B'],
  subject: 'contract-7',
};
const appeal: CaseRecord = {
  id: 'J2',
  stage: 'second-instance',
  partyIds: ['B'],
  subject: 'contract-7',
  originId: 'J1',
};
const enforcement: CaseRecord = {
  id: 'E1',
  stage: 'enforcement',
  partyIds: ['C'],
  subject: 'award-3',
  originId: 'J1',
};
const stranger: CaseRecord = { id: 'X', stage: 'first-instance', partyIds: ['Z'], subject: 'other' };
const sameParty: CaseRecord = {
  id: 'K',
  stage: 'first-instance',
  partyIds: ['91440115MA5C0XXX1X'],
  subject: 'lease-1',
};

describe('linkRelatedCases', () => {
  it('links by party, subject, instance and enforcement, leaving out itself and strangers', () => {
    expect(linkRelatedCases(first, [first, appeal, enforcement, stranger, sameParty])).toEqual([
      { caseId: 'J1', otherId: 'J2', kinds: ['same-party', 'same-subject', 'other-instance'] },
      { caseId: 'J1', otherId: 'E1', kinds: ['enforcement'] },
      { caseId: 'J1', otherId: 'K', kinds: ['same-party'] },
    ]);
  });
  it('is symmetric: the appeal and the enforcement link back', () => {
    expect(linkRelatedCases(appeal, [first])[0]?.kinds).toEqual([
      'same-party',
      'same-subject',
      'other-instance',
    ]);
    expect(linkRelatedCases(enforcement, [first])[0]?.kinds).toEqual(['enforcement']);
  });
  it.each([
    ['c.partyIds', () => linkRelatedCases({ ...first, partyIds: 'B' as never }, [])],
    ['c.stage', () => linkRelatedCases({ ...first, stage: 'appeal' as never }, [])],
    ['c.subject', () => linkRelatedCases({ ...first, subject: '' }, [])],
    ['docket', () => linkRelatedCases(first, null as never)],
    ['docket[1].id', () => linkRelatedCases(first, [appeal, { ...stranger, id: 7 as never }])],
  ])('names %s', (path, f) => {
    expect(errorPaths(f)).toEqual([path]);
  });
});
