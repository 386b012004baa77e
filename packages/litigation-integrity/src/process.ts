// The life of one civil case as a pure state machine (core's defineMachine): filed → objection in
// the defence period (民事诉讼法 第一百三十条) → ruling (appeal 10 days, 第一百七十一条) → evidence →
// hearing → judgment → enforcement → performed | listed. Every transition cites its legal basis.
import {
  type CivilDate,
  cited,
  defineMachine,
  type MachineSnapshot,
  type MachineTypes,
  z,
} from '@gd-ftz/core';
import { CITES } from './law';

/** Every state of a case. */
export type CaseState =
  | 'filed'
  | 'objection'
  | 'ruled'
  | 'evidence'
  | 'hearing'
  | 'judged'
  | 'enforcement'
  | 'performed'
  | 'listed';

/** What can happen to a case; `at` is the civil date it happens. */
export type CaseEvent =
  | { readonly type: 'object'; readonly at: CivilDate }
  | { readonly type: 'rule'; readonly at: CivilDate }
  | { readonly type: 'exchange-evidence'; readonly at: CivilDate }
  | { readonly type: 'hear'; readonly at: CivilDate }
  | { readonly type: 'judge'; readonly at: CivilDate }
  | { readonly type: 'enforce'; readonly at: CivilDate }
  | { readonly type: 'perform'; readonly at: CivilDate }
  | { readonly type: 'list'; readonly at: CivilDate };

/** What a case carries besides its state. */
export interface CaseContext {
  readonly caseId: string;
}

/** The immutable state of one case: a snapshot of {@link caseMachine}. */
export type CaseProcess = MachineSnapshot<CaseState, CaseContext, CaseEvent>;

/**
 * The civil case as a table: states, events and the legal basis of each transition.
 * @example
 * caseMachine.table.states.filed.events // ['object', 'exchange-evidence']
 */
export const caseMachine = defineMachine({
  id: 'litigation-integrity.case',
  initial: 'filed',
  types: {} as MachineTypes<CaseContext, CaseEvent>,
  // Checked by start and restore (a ValidationError naming `context.caseId`).
  context: z.object({ caseId: z.string().trim().min(1) }),
  states: {
    filed: { label: { zh: '已立案', en: 'Filed' } },
    objection: { label: { zh: '管辖权异议', en: 'Jurisdiction objection' } },
    ruled: { label: { zh: '异议已裁定', en: 'Objection ruled' } },
    evidence: { label: { zh: '举证', en: 'Evidence' } },
    hearing: { label: { zh: '开庭', en: 'Hearing' } },
    judged: { label: { zh: '已判决', en: 'Judged' } },
    enforcement: { label: { zh: '强制执行', en: 'Enforcement' } },
    performed: { label: { zh: '已履行', en: 'Performed' }, final: true },
    listed: { label: { zh: '纳入失信名单', en: 'Listed as dishonest' }, final: true },
  },
  events: {
    object: {
      from: ['filed'],
      to: 'objection',
      label: { zh: '提出管辖权异议', en: 'Object to jurisdiction' },
      basis: cited(CITES.objection, CITES.defencePeriod),
    },
    rule: {
      from: ['objection'],
      to: 'ruled',
      label: { zh: '裁定', en: 'Rule' },
      basis: cited(CITES.objection, CITES.rulingAppeal),
    },
    'exchange-evidence': {
      from: ['filed', 'ruled'],
      to: 'evidence',
      label: { zh: '举证', en: 'Exchange evidence' },
      basis: cited(CITES.lateEvidence, CITES.notLate, CITES.lateEvidenceEffects),
    },
    hear: {
      from: ['evidence'],
      to: 'hearing',
      label: { zh: '开庭审理', en: 'Hear' },
      basis: cited(CITES.goodFaith),
    },
    judge: {
      from: ['hearing'],
      to: 'judged',
      label: { zh: '判决', en: 'Judge' },
      basis: cited(CITES.falseSuit, CITES.goodFaith),
    },
    enforce: {
      from: ['judged'],
      to: 'enforcement',
      label: { zh: '申请强制执行', en: 'Enforce' },
      basis: cited(CITES.evasion, CITES.seed),
    },
    perform: {
      from: ['judged', 'enforcement'],
      to: 'performed',
      label: { zh: '履行', en: 'Perform' },
      basis: cited(CITES.seed),
    },
    list: {
      from: ['enforcement'],
      to: 'listed',
      label: { zh: '纳入失信名单', en: 'List as dishonest debtor' },
      basis: cited(CITES.dishonestList),
    },
  },
});

/**
 * Starts the process of a case on the day it is filed. The machine checks the context
 * against its schema and `at` against its clock; this only names the context's one field.
 * @throws ValidationError naming `context.caseId` (an empty or blank id) or `at`.
 * @example
 * startCase('C1', '2024-03-01').state // 'filed'
 */
export function startCase(caseId: string, at: string): CaseProcess {
  return caseMachine.start({ caseId }, at);
}
