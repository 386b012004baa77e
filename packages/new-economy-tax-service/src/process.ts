// The chain of one new-economy firm as a pure state machine (core's defineMachine): the project
// lands → (joint meeting) → onboarding → first filing → operating ⇄ risk signal → reminder or case.
// Every transition cites its basis; where the measure has no published text the basis is the
// seed's entry (the mechanism itself) or a marked assumption.

import type { CivilDate } from '@gd-ftz/core';
import { assumption, cited, defineMachine, type MachineSnapshot, type MachineTypes, z } from '@gd-ftz/core';
import { CITES } from './law';

/** Every state of a firm along the chain. */
export type ChainState = 'landed' | 'ruled' | 'onboarded' | 'operating' | 'flagged' | 'reminded' | 'case';

/** What can happen to a firm; `at` is the civil date it happens. */
export type ChainEvent =
  | { readonly type: 'hold-joint-meeting'; readonly at: CivilDate }
  | { readonly type: 'onboard'; readonly at: CivilDate }
  | { readonly type: 'file-first-return'; readonly at: CivilDate }
  | { readonly type: 'signal-risk'; readonly at: CivilDate }
  | { readonly type: 'remind'; readonly at: CivilDate }
  | { readonly type: 'correct'; readonly at: CivilDate }
  | { readonly type: 'open-case'; readonly at: CivilDate }
  | { readonly type: 'close-case'; readonly at: CivilDate; readonly penalised: boolean };

/** What a firm's chain carries besides its state. */
export interface ChainContext {
  readonly firmId: string;
}

/** The immutable state of one firm's chain: a snapshot of {@link firmChainMachine}. */
export type ChainProcess = MachineSnapshot<ChainState, ChainContext, ChainEvent>;

const MECHANISM = cited(CITES.seed);
const CORRECTION = assumption(
  {
    zh: '假设：收到提醒的企业按“提醒效果”比例自行更正，其余转为案件',
    en: 'Assumption: a reminded firm corrects itself with the assumed reminder effect; the rest become cases',
  },
  CITES.seed,
);

/**
 * The firm's chain as a table: states, events and the basis of each transition. Start it with
 * `firmChainMachine.start({ firmId }, landedOn)`; `firmChainMachine.transition` is the pure step.
 * @example
 * firmChainMachine.table.states.landed.events // ['hold-joint-meeting', 'onboard']
 */
export const firmChainMachine = defineMachine({
  id: 'new-economy-tax-service.chain',
  initial: 'landed',
  types: {} as MachineTypes<ChainContext, ChainEvent>,
  states: {
    landed: { label: { zh: '项目落地', en: 'Project landed' } },
    ruled: { label: { zh: '联席会议已明确涉税事项', en: 'Ruled at the joint meeting' } },
    onboarded: { label: { zh: '已完成新办涉税事项', en: 'Onboarded' } },
    operating: { label: { zh: '正常经营申报', en: 'Operating and filing' } },
    flagged: { label: { zh: '出现风险信号', en: 'Risk signal' } },
    reminded: { label: { zh: '已提醒', en: 'Reminded' } },
    case: { label: { zh: '立案处理', en: 'Case opened' } },
  },
  events: {
    'hold-joint-meeting': {
      from: ['landed'],
      to: 'ruled',
      label: { zh: '项目准入联席会议', en: 'Joint meeting on landing' },
      basis: MECHANISM,
    },
    onboard: {
      from: ['landed', 'ruled'],
      to: 'onboarded',
      label: { zh: '办结新办涉税事项', en: 'Onboarding done' },
      basis: cited(CITES.firstSupply, CITES.invoiceTypes),
    },
    'file-first-return': {
      from: ['onboarded'],
      to: 'operating',
      label: { zh: '首次申报', en: 'First return filed' },
      basis: MECHANISM,
    },
    'signal-risk': {
      from: ['operating'],
      to: 'flagged',
      label: { zh: '风险信号', en: 'Risk signal' },
      basis: cited(CITES.riskSurge, CITES.riskVoid, CITES.zeroFiling),
    },
    remind: {
      from: ['flagged'],
      to: 'reminded',
      label: { zh: '风险监管提醒', en: 'Risk reminder' },
      basis: MECHANISM,
    },
    correct: {
      from: ['reminded'],
      to: 'operating',
      label: { zh: '企业自行更正', en: 'Firm corrects' },
      basis: CORRECTION,
    },
    'open-case': {
      from: ['flagged', 'reminded'],
      to: 'case',
      label: { zh: '立案', en: 'Open a case' },
      basis: CORRECTION,
    },
    'close-case': {
      from: ['case'],
      to: 'operating',
      label: { zh: '结案（更正或处罚）', en: 'Close the case (correction or penalty)' },
      basis: CORRECTION,
      payload: z.object({ penalised: z.boolean() }),
    },
  },
});
