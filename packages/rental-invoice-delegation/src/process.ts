// The life of one authorisation as a pure state machine (core's defineMachine): requested → active
// (the lessor confirms after a face check) | declined | lapsed; active → used (按次: one invoice) |
// expired (按年: a year from applying) | revoked. Every transition cites its basis; a refused event
// is a value, bad input a ValidationError.
import {
  addYears,
  type CivilDate,
  cited,
  defineMachine,
  integerAt,
  legalBasisAt,
  type MachineSnapshot,
  type MachineTypes,
  parse,
  z,
} from '@gd-ftz/core';
import { ANNUAL_AUTHORISATION_YEARS, CITES } from './law';
import type { Agent, AuthorisationTerm, LeasePeriod, Person, PropertyRef } from './model';
import { civilDateSchema, periodSchema, personSchema, propertySchema, textSchema } from './schemas';

/** Every state of an authorisation. */
export type AuthorisationState =
  | 'requested'
  | 'active'
  | 'declined'
  | 'lapsed'
  | 'used'
  | 'expired'
  | 'revoked';

/** What can happen to an authorisation; `at` is the civil date it happens. */
export type AuthEvent =
  | { readonly type: 'confirm'; readonly at: CivilDate; readonly faceCheck: 'passed' | 'failed' }
  | { readonly type: 'decline'; readonly at: CivilDate }
  | { readonly type: 'lapse'; readonly at: CivilDate }
  | { readonly type: 'issue'; readonly at: CivilDate; readonly period: LeasePeriod }
  | { readonly type: 'expire'; readonly at: CivilDate }
  | { readonly type: 'revoke'; readonly at: CivilDate; readonly by: 'lessor' | 'lessee' | 'agent' };

/** What a transition asks the outside world to do, as data. */
export type AuthEffect =
  | { readonly type: 'notify-agent'; readonly state: AuthorisationState }
  | { readonly type: 'watch-expiry'; readonly lastDay: CivilDate }
  | { readonly type: 'record-invoiced'; readonly period: LeasePeriod };

/** What an authorisation carries besides its state (S60, S61). */
export interface AuthorisationContext {
  readonly id: string;
  readonly term: AuthorisationTerm;
  readonly lessor: Person;
  readonly agent: Agent;
  readonly property: PropertyRef;
  readonly appliedOn: CivilDate;
  /** 按年: the last day it may be used (a year from applying); null for 按次. */
  readonly lastDay: CivilDate | null;
  /** Invoices issued under it. */
  readonly invoices: number;
}

/** The immutable state of one authorisation: a snapshot of {@link authorisationMachine}. */
export type Authorisation = MachineSnapshot<AuthorisationState, AuthorisationContext, AuthEvent>;

const BASIS = cited(CITES.agentAuthorisation);
const notify = (state: AuthorisationState): readonly AuthEffect[] => [{ type: 'notify-agent', state }];

/**
 * The authorisation as a table: states, events, guards and the legal basis of each transition.
 * Start a case with `authorisationMachine.start(authorisationRequest(…), appliedOn)`.
 * @example
 * authorisationMachine.table.states.active.events // ['issue', 'expire', 'revoke']
 */
export const authorisationMachine = defineMachine({
  id: 'rental-invoice-delegation.authorisation',
  initial: 'requested',
  types: {} as MachineTypes<AuthorisationContext, AuthEvent, AuthEffect>,
  states: {
    requested: { label: { zh: '已申请授权', en: 'Requested' } },
    active: { label: { zh: '授权有效', en: 'Active' } },
    declined: { label: { zh: '出租方拒绝', en: 'Declined' }, final: true },
    lapsed: { label: { zh: '未确认失效', en: 'Lapsed unconfirmed' }, final: true },
    used: { label: { zh: '已使用（按次）', en: 'Used (per invoice)' }, final: true },
    expired: { label: { zh: '已到期（按年）', en: 'Expired (yearly)' }, final: true },
    revoked: { label: { zh: '已撤销', en: 'Revoked' }, final: true },
  },
  events: {
    confirm: {
      from: ['requested'],
      to: 'active',
      label: { zh: '出租方人脸识别后确认', en: 'Lessor confirms after a face check' },
      basis: BASIS,
      payload: z.object({ faceCheck: z.enum(['passed', 'failed']) }),
      guard: (_, e) =>
        e.faceCheck === 'passed'
          ? undefined
          : {
              code: 'face-check-failed',
              reason: { zh: '人脸识别未通过，不能确认授权', en: 'the face check failed: no confirmation' },
              basis: BASIS,
            },
      effect: (c) => [
        { type: 'notify-agent', state: 'active' },
        ...(c.lastDay === null ? [] : [{ type: 'watch-expiry' as const, lastDay: c.lastDay }]),
      ],
    },
    decline: {
      from: ['requested'],
      to: 'declined',
      label: { zh: '出租方拒绝', en: 'Lessor declines' },
      basis: BASIS,
      effect: () => notify('declined'),
    },
    lapse: {
      from: ['requested'],
      to: 'lapsed',
      label: { zh: '出租方未确认，申请失效', en: 'Request lapses unconfirmed' },
      basis: BASIS,
      effect: () => notify('lapsed'),
    },
    issue: {
      from: ['active'],
      to: (c) => (c.term === 'per-invoice' ? 'used' : 'active'),
      targets: ['used', 'active'],
      label: { zh: '完税后开具发票', en: 'Invoice issued after the tax is paid' },
      basis: cited(CITES.collectFirst, CITES.agentAuthorisation),
      payload: z.object({ period: periodSchema }),
      guard: ({ context }, e) =>
        context.lastDay !== null && e.at > context.lastDay
          ? {
              code: 'expired',
              reason: { zh: '按年授权已过期', en: 'the yearly authorisation has run out' },
              basis: legalBasisAt(ANNUAL_AUTHORISATION_YEARS, context.appliedOn),
            }
          : undefined,
      assign: (c) => ({ ...c, invoices: c.invoices + 1 }),
      effect: (_, e) => [{ type: 'record-invoiced', period: e.period }],
    },
    expire: {
      from: ['active'],
      to: 'expired',
      label: { zh: '按年授权到期', en: 'Yearly authorisation expires' },
      basis: legalBasisAt(ANNUAL_AUTHORISATION_YEARS, '2023-05-20'),
      guard: ({ context }, e) =>
        context.lastDay !== null && e.at > context.lastDay
          ? undefined
          : {
              code: 'not-due',
              reason: {
                zh: '按次授权不到期，按年授权未满一年',
                en: 'a per-invoice authorisation does not expire; a yearly one runs a year',
              },
              basis: BASIS,
            },
      effect: () => notify('expired'),
    },
    revoke: {
      from: ['active'],
      to: 'revoked',
      label: { zh: '出租方撤销授权', en: 'Lessor revokes' },
      basis: BASIS,
      payload: z.object({ by: z.enum(['lessor', 'lessee', 'agent']) }),
      guard: (_, e) =>
        e.by === 'lessor'
          ? undefined
          : {
              code: 'lessor-only',
              reason: { zh: '仅出租方可撤销授权', en: 'only the lessor may revoke' },
              basis: BASIS,
            },
      effect: () => notify('revoked'),
    },
  },
});

const requestSchema = z.object({
  id: textSchema(40),
  term: z.enum(['per-invoice', 'annual']),
  lessor: personSchema,
  agent: personSchema.extend({ role: z.enum(['lessee', 'agent']) }),
  property: propertySchema,
  appliedOn: civilDateSchema,
});

/** The input of {@link authorisationRequest}. */
export type AuthorisationRequest = Omit<AuthorisationContext, 'lastDay' | 'invoices'>;

/**
 * A checked authorisation request, ready for `authorisationMachine.start(request, request.appliedOn)`:
 * the names, phones and resident IDs of both sides, the property (at least one key) and the term;
 * a yearly one gets its last day a year after applying (an assumption, see
 * {@link ANNUAL_AUTHORISATION_YEARS}). The agent must not be the lessor.
 * @throws ValidationError naming each bad field (`lessor.idNumber`, `property`, …).
 * @example
 * const ctx = authorisationRequest({ id: 'AU1', term: 'annual', appliedOn: '2024-03-01',
 *   lessor: { name: '张三', phone: '13800000000', idNumber: '11010519491231002X' },
 *   agent: { name: '李四', phone: '13900000000', idNumber: '440106199001011237', role: 'lessee' },
 *   property: { unitNo: '440106001001GB00001F00010001' } });
 * ctx.lastDay // '2025-03-01'
 */
export function authorisationRequest(input: AuthorisationRequest): AuthorisationContext {
  const r = parse(
    requestSchema.refine((x) => x.agent.idNumber !== x.lessor.idNumber, {
      message: 'the agent must not be the lessor',
      path: ['agent', 'idNumber'],
    }),
    input,
  );
  return termed(
    {
      id: r.id,
      term: r.term,
      lessor: { name: r.lessor.name, phone: r.lessor.phone, idNumber: r.lessor.idNumber },
      agent: { name: r.agent.name, phone: r.agent.phone, idNumber: r.agent.idNumber, role: r.agent.role },
      property: { ...r.property },
      appliedOn: r.appliedOn as CivilDate,
    },
    r.term,
    r.appliedOn as CivilDate,
    r.id,
  );
}

/**
 * A checked request with another term, date and id (internal: the simulation checks a lease's
 * parties once and files one request per invoice or per year from them).
 * @example
 * termed(request, 'per-invoice', '2024-04-01', 'AU2').lastDay // null
 */
export function termed(
  request: AuthorisationRequest,
  term: AuthorisationTerm,
  appliedOn: CivilDate,
  id: string,
): AuthorisationContext {
  const lastDay =
    term === 'annual' ? addYears(appliedOn, integerAt(ANNUAL_AUTHORISATION_YEARS, appliedOn)) : null;
  return { ...request, id, term, appliedOn, lastDay, invoices: 0 };
}
