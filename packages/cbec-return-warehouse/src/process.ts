// The life of one return as a pure state machine (core's defineMachine): requested → received
// (arrival in the zone) → sorted → restocked | shipped-out | destroyed, or levied when a limit
// lapses. Every transition cites its legal basis; a refused event is a value, bad input a
// ValidationError.
import {
  type CivilDate,
  cited,
  defineMachine,
  type MachineSnapshot,
  type MachineTypes,
  z,
} from '@gd-ftz/core';
import { CITES } from './law';

/** Every state of a return. */
export type ReturnState =
  | 'requested'
  | 'received'
  | 'sorted'
  | 'restocked'
  | 'shipped-out'
  | 'destroyed'
  | 'levied';

/** What can happen to a return; `at` is the civil date it happens. */
export type ReturnProcessEvent =
  | { readonly type: 'receive'; readonly at: CivilDate }
  | { readonly type: 'sort'; readonly at: CivilDate }
  | { readonly type: 'declare-restock'; readonly at: CivilDate }
  | { readonly type: 'ship-out'; readonly at: CivilDate }
  | { readonly type: 'destroy'; readonly at: CivilDate }
  | { readonly type: 'lapse'; readonly at: CivilDate };

/** What a return carries besides its state. */
export interface ReturnContext {
  readonly lineId: string;
}

/** The immutable state of one return: a snapshot of {@link returnMachine}. */
export type ReturnProcess = MachineSnapshot<ReturnState, ReturnContext, ReturnProcessEvent>;

/**
 * The return process as a table: states, events and the legal basis of each transition.
 * @example
 * returnMachine.table.states.sorted.events // ['declare-restock', 'ship-out', 'destroy', 'lapse']
 */
export const returnMachine = defineMachine({
  id: 'cbec-return-warehouse.return',
  initial: 'requested',
  types: {} as MachineTypes<ReturnContext, ReturnProcessEvent>,
  // Checked by start and restore (a ValidationError naming `context.lineId`).
  context: z.object({ lineId: z.string().trim().min(1) }),
  states: {
    requested: { label: { zh: '已申请退货', en: 'Return requested' } },
    received: {
      label: { zh: '已运抵区内（中心仓收货）', en: 'Back in the zone (centre warehouse receipt)' },
    },
    sorted: { label: { zh: '已分拣', en: 'Sorted' } },
    restocked: {
      label: { zh: '申报退货，重新入保税库存', en: 'Declared returned, back in bonded stock' },
      final: true,
    },
    'shipped-out': { label: { zh: '复运出区', en: 'Shipped out of the zone' }, final: true },
    destroyed: { label: { zh: '销毁', en: 'Destroyed' }, final: true },
    levied: { label: { zh: '期限届满，税款照征', en: 'Limit lapsed, tax levied' }, final: true },
  },
  events: {
    receive: {
      from: ['requested'],
      to: 'received',
      label: { zh: '运抵区内', en: 'Arrive in the zone' },
      basis: cited(CITES.returns45, CITES.centreWarehouse),
    },
    sort: {
      from: ['received'],
      to: 'sorted',
      label: { zh: '在中心仓分拣', en: 'Sort in the centre warehouse' },
      basis: cited(CITES.centreWarehouse),
    },
    'declare-restock': {
      from: ['sorted'],
      to: 'restocked',
      label: { zh: '正式申报退货并入库', en: 'Declare returned and restock' },
      basis: cited(CITES.centreWarehouse, CITES.returns45),
    },
    'ship-out': {
      from: ['sorted'],
      to: 'shipped-out',
      label: { zh: '复运出区', en: 'Ship out of the zone' },
      basis: cited(CITES.centreWarehouse),
    },
    destroy: {
      from: ['sorted'],
      to: 'destroyed',
      label: { zh: '销毁', en: 'Destroy' },
      basis: cited(CITES.disposal),
    },
    lapse: {
      from: ['requested', 'received', 'sorted'],
      to: 'levied',
      label: { zh: '期限届满，税款照征', en: 'Limit lapses, tax levied' },
      basis: cited(CITES.returns45),
    },
  },
});

/**
 * Starts the process of a return on the day it is requested. The machine checks the context
 * against its schema and `at` against its clock; this only names the context's one field.
 * @throws ValidationError naming `context.lineId` (an empty or blank id) or `at`.
 * @example
 * startReturn('L1', civilDate('2024-09-20')).state // 'requested'
 */
export function startReturn(lineId: string, at: CivilDate): ReturnProcess {
  return returnMachine.start({ lineId }, at);
}
