// The life of one administrative dispute as a pure state machine (core's defineMachine), from
// screening to closure. Every transition cites its article of the 行政复议法 (in force 2024-01-01),
// the seed measure, or a marked assumption; a refused event is a value, bad input a ValidationError.
import {
  assumption,
  type CivilDate,
  cited,
  defineMachine,
  type MachineSnapshot,
  type MachineTypes,
  z,
} from '@gd-ftz/core';
import { CITES, SUSPENSION_NOT_COUNTED } from './law';

/** Every state of a dispute. */
export type DisputeState =
  | 'screened'
  | 'pre-filing-mediation'
  | 'applied'
  | 'completion-asked'
  | 'accepted'
  | 'summary'
  | 'ordinary'
  | 'copy-sent'
  | 'answered'
  | 'heard'
  | 'suspended'
  | 'mediation-document'
  | 'withdrawn'
  | 'refused'
  | 'decided'
  | 'performed'
  | 'enforced'
  | 'lawsuit'
  | 'petition'
  | 'closed';

/** The kinds of event a dispute can meet. */
export type DisputeEventType =
  | 'mediate'
  | 'settle-early'
  | 'apply'
  | 'ask-completion'
  | 'supply'
  | 'withdraw'
  | 'accept'
  | 'deem-accepted'
  | 'refuse'
  | 'go-summary'
  | 'go-ordinary'
  | 'send-copy'
  | 'answer'
  | 'hear'
  | 'suspend'
  | 'resume'
  | 'sign-mediation'
  | 'settle'
  | 'decide'
  | 'perform'
  | 'enforce'
  | 'sue'
  | 'petition'
  | 'close';

/** What can happen to a dispute; `at` is the civil date it happens. */
export type DisputeEvent = {
  readonly [K in DisputeEventType]: { readonly type: K; readonly at: CivilDate };
}[DisputeEventType];

/** What a dispute carries besides its state. */
export interface DisputeContext {
  readonly disputeId: string;
}

/** The immutable state of one dispute: a snapshot of {@link disputeMachine}. */
export type DisputeProcess = MachineSnapshot<DisputeState, DisputeContext, DisputeEvent>;

const SEED = cited(CITES.seed);
const FINAL_OUTCOMES = ['mediation-document', 'withdrawn', 'performed', 'enforced', 'refused'] as const;

/**
 * The dispute process as a table: states, events and the legal basis of each transition.
 * @example
 * disputeMachine.table.states.screened.events // ['mediate', 'apply', 'petition', 'sue', 'close']
 */
export const disputeMachine = defineMachine({
  id: 'reconsideration-mediation.dispute',
  initial: 'screened',
  types: {} as MachineTypes<DisputeContext, DisputeEvent>,
  // Checked by start and restore (a ValidationError naming `context.disputeId`).
  context: z.object({ disputeId: z.string().trim().min(1) }),
  states: {
    screened: { label: { zh: '排查发现', en: 'Screened' } },
    'pre-filing-mediation': { label: { zh: '申请前调解', en: 'Pre-filing mediation' } },
    applied: { label: { zh: '已申请', en: 'Applied' } },
    'completion-asked': { label: { zh: '通知补正', en: 'Completion asked' } },
    accepted: { label: { zh: '已受理', en: 'Accepted' } },
    summary: { label: { zh: '简易程序', en: 'Summary procedure' } },
    ordinary: { label: { zh: '普通程序', en: 'Ordinary procedure' } },
    'copy-sent': { label: { zh: '已发送副本', en: 'Copy sent' } },
    answered: { label: { zh: '已答复', en: 'Answered' } },
    heard: { label: { zh: '已听证', en: 'Heard' } },
    suspended: { label: { zh: '中止（调解）', en: 'Suspended for mediation' } },
    'mediation-document': { label: { zh: '调解书生效', en: 'Mediation document' } },
    withdrawn: { label: { zh: '撤回/视为撤回', en: 'Withdrawn' } },
    refused: { label: { zh: '不予受理', en: 'Refused' } },
    decided: { label: { zh: '已决定', en: 'Decided' } },
    performed: { label: { zh: '已履行', en: 'Performed' } },
    enforced: { label: { zh: '强制执行', en: 'Enforced' } },
    lawsuit: { label: { zh: '提起诉讼', en: 'Lawsuit' }, final: true },
    petition: { label: { zh: '信访', en: 'Petition' }, final: true },
    closed: { label: { zh: '结案', en: 'Closed' }, final: true },
  },
  events: {
    mediate: {
      from: ['screened'],
      to: 'pre-filing-mediation',
      label: { zh: '申请前调解', en: 'Mediate before filing' },
      basis: cited(CITES.seed, CITES.mediationLimits),
    },
    'settle-early': {
      from: ['pre-filing-mediation'],
      to: 'closed',
      label: { zh: '调解成功', en: 'Settled before filing' },
      basis: cited(CITES.seed, CITES.mediationLimits),
    },
    apply: {
      from: ['screened', 'pre-filing-mediation'],
      to: 'applied',
      label: { zh: '申请行政复议', en: 'Apply for reconsideration' },
      basis: cited(CITES.apply),
    },
    'ask-completion': {
      from: ['applied'],
      to: 'completion-asked',
      label: { zh: '通知补正', en: 'Ask for completion' },
      basis: cited(CITES.completion),
    },
    supply: {
      from: ['completion-asked'],
      to: 'applied',
      label: { zh: '补正', en: 'Supply' },
      basis: cited(CITES.completion),
    },
    withdraw: {
      from: ['completion-asked', 'summary', 'ordinary', 'copy-sent', 'answered', 'heard', 'suspended'],
      to: 'withdrawn',
      label: { zh: '撤回（和解或逾期不补正）', en: 'Withdraw (settlement or no completion)' },
      basis: cited(CITES.completion, CITES.settlement),
    },
    accept: {
      from: ['applied'],
      to: 'accepted',
      label: { zh: '受理', en: 'Accept' },
      basis: cited(CITES.acceptance),
    },
    'deem-accepted': {
      from: ['applied'],
      to: 'accepted',
      label: { zh: '视为受理', en: 'Deemed accepted' },
      basis: cited(CITES.acceptance),
    },
    refuse: {
      from: ['applied'],
      to: 'refused',
      label: { zh: '不予受理', en: 'Refuse' },
      basis: cited(CITES.acceptance, CITES.outerLimit),
    },
    'go-summary': {
      from: ['accepted'],
      to: 'summary',
      label: { zh: '适用简易程序', en: 'Summary procedure' },
      basis: cited(CITES.summaryScope),
    },
    'go-ordinary': {
      from: ['accepted'],
      to: 'ordinary',
      label: { zh: '适用普通程序', en: 'Ordinary procedure' },
      basis: cited(CITES.ordinary),
    },
    'send-copy': {
      from: ['summary', 'ordinary'],
      to: 'copy-sent',
      label: { zh: '发送副本', en: 'Send copy' },
      basis: cited(CITES.ordinary, CITES.summary),
    },
    answer: {
      from: ['copy-sent'],
      to: 'answered',
      label: { zh: '书面答复', en: 'Answer' },
      basis: cited(CITES.ordinary, CITES.summary),
    },
    hear: {
      from: ['answered'],
      to: 'heard',
      label: { zh: '听证', en: 'Hearing' },
      basis: cited(CITES.hearing),
    },
    suspend: {
      from: ['answered', 'heard'],
      to: 'suspended',
      label: { zh: '中止以调解', en: 'Suspend for mediation' },
      basis: cited(CITES.suspension),
    },
    resume: {
      from: ['suspended'],
      to: 'answered',
      label: { zh: '恢复审理', en: 'Resume' },
      basis: SUSPENSION_NOT_COUNTED,
    },
    'sign-mediation': {
      from: ['suspended'],
      to: 'mediation-document',
      label: { zh: '制作调解书', en: 'Mediation document signed' },
      basis: cited(CITES.mediationDocument),
    },
    settle: {
      from: ['suspended'],
      to: 'withdrawn',
      label: { zh: '和解撤回', en: 'Settle and withdraw' },
      basis: cited(CITES.settlement),
    },
    decide: {
      from: ['answered', 'heard'],
      to: 'decided',
      label: { zh: '作出复议决定', en: 'Decide' },
      basis: cited(CITES.decide),
    },
    perform: {
      from: ['decided', 'mediation-document'],
      to: 'performed',
      label: { zh: '履行', en: 'Perform' },
      basis: cited(CITES.perform),
    },
    enforce: {
      from: ['decided', 'mediation-document'],
      to: 'enforced',
      label: { zh: '强制执行', en: 'Enforce' },
      basis: cited(CITES.enforce),
    },
    sue: {
      from: ['screened', 'refused', 'decided', 'performed', 'enforced', 'withdrawn', 'mediation-document'],
      to: 'lawsuit',
      label: { zh: '提起行政诉讼', en: 'Sue' },
      basis: cited(CITES.sue),
    },
    petition: {
      from: ['screened', 'refused', 'performed', 'enforced', 'withdrawn', 'mediation-document'],
      to: 'petition',
      label: { zh: '信访', en: 'Petition' },
      basis: assumption(
        { zh: '假设：未化解的争议转入信访', en: 'Assumption: an unresolved dispute turns into a petition' },
        CITES.seed,
      ),
    },
    close: {
      from: ['screened', ...FINAL_OUTCOMES],
      to: 'closed',
      label: { zh: '结案', en: 'Close' },
      basis: SEED,
    },
  },
});

/**
 * Starts the process of a dispute on the day it is known (screened, or raised by the party). The machine checks the context
 * against its schema and `at` against its clock; this only names the context's one field.
 * @throws ValidationError naming `context.disputeId` (an empty or blank id) or `at`.
 * @example
 * startDispute('D000001', '2024-03-01').state // 'screened'
 */
export function startDispute(disputeId: string, at: string): DisputeProcess {
  return disputeMachine.start({ disputeId }, at);
}
