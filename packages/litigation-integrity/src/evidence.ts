// What the court does with late evidence (民诉法解释 第一百零一条、第一百零二条).
import { ValidationError } from '@gd-ftz/core';
import { booleanOf, oneOf } from './input';
import type { LateEvidenceFacts, LateEvidenceFault, LateEvidenceOutcome } from './model';

const FAULTS: readonly LateEvidenceFault[] = ['intent', 'gross-negligence', 'ordinary-negligence'];

/**
 * The outcome for evidence given after the time limit: not late when the cause was objective or the
 * other side does not object (解释 第一百零一条); excluded when late by intent or gross negligence,
 * unless it concerns basic facts, then admitted with a reprimand or fine (第一百零二条第一款); else
 * admitted with a reprimand (第一百零二条第二款).
 * @throws ValidationError naming `facts` or `facts.<field>`.
 * @example
 * lateEvidenceOutcome({ objectiveCause: false, opponentObjects: true, fault: 'intent', concernsBasicFacts: true })
 * // 'admitted-with-reprimand-or-fine'
 */
export function lateEvidenceOutcome(facts: LateEvidenceFacts): LateEvidenceOutcome {
  if (typeof facts !== 'object' || facts === null) {
    throw ValidationError.of('facts', 'must be an object of late-evidence facts', '必须是逾期举证事实对象');
  }
  const objective = booleanOf(facts.objectiveCause, 'facts.objectiveCause');
  const objects = booleanOf(facts.opponentObjects, 'facts.opponentObjects');
  const fault = oneOf(facts.fault, FAULTS, 'facts.fault');
  const basic = booleanOf(facts.concernsBasicFacts, 'facts.concernsBasicFacts');
  if (objective || !objects) return 'not-late';
  if (fault === 'ordinary-negligence') return 'admitted-with-reprimand';
  return basic ? 'admitted-with-reprimand-or-fine' : 'excluded';
}
