// The life of one item of a ship's bundle as a pure state machine (core's defineMachine):
// filed → returned → filed (resubmitted) | accepted-with-gaps → accepted (supplied) | terminated,
// accepted → issued | refused. Every transition cites its basis; a refusal is a value.
import {
  type CivilDate,
  cited,
  defineMachine,
  type MachineSnapshot,
  type MachineTypes,
  z,
} from '@gd-ftz/core';
import { BUNDLE_ITEMS, type BundleItem } from './items';
import { CITES } from './law';

/** Every state of an item. */
export type ItemState =
  | 'filed'
  | 'returned'
  | 'accepted-with-gaps'
  | 'accepted'
  | 'issued'
  | 'refused'
  | 'terminated';

/** What can happen to an item; `at` is the civil date it happens. */
export type ItemEvent =
  | { readonly type: 'return'; readonly at: CivilDate }
  | { readonly type: 'resubmit'; readonly at: CivilDate }
  | { readonly type: 'accept'; readonly at: CivilDate }
  | { readonly type: 'accept-with-gaps'; readonly at: CivilDate }
  | { readonly type: 'supply'; readonly at: CivilDate }
  | { readonly type: 'terminate'; readonly at: CivilDate }
  | { readonly type: 'issue'; readonly at: CivilDate }
  | { readonly type: 'refuse'; readonly at: CivilDate; readonly reason: string };

/** What an item carries besides its state. */
export interface ItemContext {
  readonly shipImo: string;
  readonly item: BundleItem;
}

/** The immutable state of one item: a snapshot of {@link itemMachine}. */
export type ItemProcess = MachineSnapshot<ItemState, ItemContext, ItemEvent>;

/**
 * The item process as a table: states, events and the legal basis of each transition.
 * @example
 * const p = itemMachine.start({ shipImo: '9074729', item: 'ownership' }, '2024-09-27');
 * itemMachine.transition(p, { type: 'accept', at: civilDate('2024-09-27') }).ok // true
 */
export const itemMachine = defineMachine({
  id: 'ship-certificate-bundle.item',
  initial: 'filed',
  types: {} as MachineTypes<ItemContext, ItemEvent>,
  context: z.object({
    shipImo: z.string().regex(/^\d{7}$/),
    item: z.enum(BUNDLE_ITEMS),
  }),
  states: {
    filed: { label: { zh: '已提交', en: 'Filed' } },
    returned: { label: { zh: '退回补正', en: 'Returned' } },
    'accepted-with-gaps': { label: { zh: '容缺受理', en: 'Accepted with gaps' } },
    accepted: { label: { zh: '已受理', en: 'Accepted' } },
    issued: { label: { zh: '已发证', en: 'Issued' }, final: true },
    refused: { label: { zh: '不予登记', en: 'Refused' }, final: true },
    terminated: { label: { zh: '终止办理', en: 'Terminated' }, final: true },
  },
  events: {
    return: {
      from: ['filed'],
      to: 'returned',
      label: { zh: '一次告知补正并退回', en: 'Return with one notice' },
      basis: cited(CITES.incompleteness),
    },
    resubmit: {
      from: ['returned'],
      to: 'filed',
      label: { zh: '重新提交', en: 'Resubmit' },
      basis: cited(CITES.incompleteness),
    },
    accept: {
      from: ['filed'],
      to: 'accepted',
      label: { zh: '受理', en: 'Accept' },
      basis: cited(CITES.incompleteness),
    },
    'accept-with-gaps': {
      from: ['filed'],
      to: 'accepted-with-gaps',
      label: { zh: '容缺受理', en: 'Accept with gaps' },
      basis: cited(CITES.toleratedGaps),
    },
    supply: {
      from: ['accepted-with-gaps'],
      to: 'accepted',
      label: { zh: '按期补正', en: 'Supply in time' },
      basis: cited(CITES.toleratedGaps),
    },
    terminate: {
      from: ['accepted-with-gaps'],
      to: 'terminated',
      label: { zh: '逾期未补正，终止办理', en: 'Not supplied: terminate' },
      basis: cited(CITES.toleratedGaps),
    },
    issue: {
      from: ['accepted'],
      to: 'issued',
      label: { zh: '发证', en: 'Issue' },
      basis: cited(CITES.ownershipPeriod, CITES.nationality),
    },
    refuse: {
      from: ['accepted'],
      to: 'refused',
      label: { zh: '书面通知不予登记', en: 'Refuse in writing' },
      basis: cited(CITES.ownershipPeriod),
      payload: z.object({ reason: z.string().min(1) }),
    },
  },
});
