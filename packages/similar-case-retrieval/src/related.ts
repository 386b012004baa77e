// The related-case check (关联案件): cases on the docket that share a party or the subject with a
// case, are another instance of it, or enforce it (or are enforced by it).
import { describeValue } from '@gd-ftz/core';
import type { CaseRecord, Docket, RelatedLink, RelationKind } from './model';
import { checkText, fail, isRecord } from './validate';

const STAGES = ['first-instance', 'second-instance', 'retrial', 'enforcement'];

function checkRecord(path: string, x: unknown): CaseRecord {
  if (!isRecord(x)) fail(path, `must be a case record, got ${describeValue(x)}`, '须为案件');
  checkText(`${path}.id`, x.id);
  if (!STAGES.includes(x.stage as string))
    fail(`${path}.stage`, `must be one of ${STAGES.join(', ')}`, '审级无效');
  if (!Array.isArray(x.partyIds) || x.partyIds.some((p) => typeof p !== 'string' || p === ''))
    fail(`${path}.partyIds`, 'must be an array of party ids', '须为当事人编号数组');
  checkText(`${path}.subject`, x.subject);
  if (x.originId !== undefined) checkText(`${path}.originId`, x.originId);
  return x as unknown as CaseRecord;
}

/** Why a and b are related; symmetric in a and b. */
function kindsOf(a: CaseRecord, b: CaseRecord): RelationKind[] {
  const kinds: RelationKind[] = [];
  if (a.partyIds.some((p) => b.partyIds.includes(p))) kinds.push('same-party');
  if (a.subject === b.subject) kinds.push('same-subject');
  const continues = a.originId === b.id || b.originId === a.id;
  const enforcing = a.stage === 'enforcement' || b.stage === 'enforcement';
  if (continues && !enforcing) kinds.push('other-instance');
  if (continues && enforcing) kinds.push('enforcement');
  return kinds;
}

/**
 * The related cases (关联案件) of a case on a docket, decided or pending: those sharing a party id
 * (USCC or resident ID) or the subject, another instance of the same dispute, or its enforcement.
 * Links are symmetric (a → b whenever b → a), the case itself is left out, and the order is the
 * docket's.
 * Citation: 最高人民法院司法责任制实施意见（试行） (2017, 类案与关联案件检索); 关于深化司法责任制综合配套改革的
 * 实施意见 第九条 (2020).
 * @throws ValidationError naming `c…` or `docket[i]…`.
 * @example
 * linkRelatedCases(
 *   { id: 'E1', stage: 'enforcement', partyIds: ['X'], subject: 'S', originId: 'J1' },
 *   [{ id: 'J1', stage: 'first-instance', partyIds: ['X', 'Y'], subject: 'S' }],
 * ); // [{ caseId: 'E1', otherId: 'J1', kinds: ['same-party', 'same-subject', 'enforcement'] }]
 */
export function linkRelatedCases(c: CaseRecord, docket: Docket): RelatedLink[] {
  const self = checkRecord('c', c);
  if (!Array.isArray(docket))
    fail('docket', `must be an array of cases, got ${describeValue(docket)}`, '须为案件数组');
  const records = docket.map((d, i) => checkRecord(`docket[${i}]`, d));
  const out: RelatedLink[] = [];
  for (const other of records) {
    if (other.id === self.id) continue;
    const kinds = kindsOf(self, other);
    if (kinds.length > 0) out.push({ caseId: self.id, otherId: other.id, kinds });
  }
  return out;
}
