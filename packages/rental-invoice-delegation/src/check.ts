// May this application go ahead under this authorisation? Every reason it may not, each with its
// basis (a "why not" answer), as a value: the e-tax bureau refuses the application, it is no error.
import {
  cited,
  describeValue,
  type LegalBasis,
  type Localized,
  parse,
  ValidationError,
  z,
} from '@gd-ftz/core';
import { CITES } from './law';
import type { LeasePeriod, PropertyRef } from './model';
import { type Authorisation, authorisationMachine } from './process';
import { civilDateSchema, periodSchema, propertySchema, residentIdSchema } from './schemas';

/** What the applicant asks for: an invoice, or (the lessor only) to void one or claim a refund. */

/** An application on the e-tax bureau, made by the lessor or the authorised person. */
export interface InvoiceApplication {
  /** An invoice, or (the lessor only) to void one or claim a refund. */
  readonly action: 'issue' | 'void' | 'refund';
  readonly on: string;
  readonly applicant: { readonly idNumber: string; readonly role: 'lessor' | 'lessee' | 'agent' };
  /** The lessor named on the lease (the authoriser). */
  readonly lessorId: string;
  readonly property: PropertyRef;
  readonly period: LeasePeriod;
  /** Whether the taxes of the period are paid (发票管理办法 第十六条: tax first, then the invoice). */
  readonly taxPaid: boolean;
}

/** Why an application may not go ahead. */
export type RefusalCode =
  | 'lessor-only'
  | 'not-confirmed'
  | 'already-used'
  | 'expired'
  | 'revoked'
  | 'not-the-agent'
  | 'other-lessor'
  | 'other-property'
  | 'period-invoiced'
  | 'tax-unpaid';

/** One reason of a refusal: code, text and basis. */
export interface RefusalReason {
  readonly code: RefusalCode;
  readonly reason: Localized;
  readonly basis: LegalBasis;
}

/** The application may go ahead. */
export interface Allowed {
  readonly ok: true;
  readonly basis: LegalBasis;
}

/** The application is refused, with every reason. */
export interface Refused {
  readonly ok: false;
  readonly reasons: readonly RefusalReason[];
}

/**
 * Every refusal reason, in the order {@link checkApplication} reports them.
 * @example
 * REFUSAL_CODES[0] // 'lessor-only'
 */
export const REFUSAL_CODES: readonly RefusalCode[] = Object.freeze([
  'lessor-only',
  'not-confirmed',
  'already-used',
  'expired',
  'revoked',
  'not-the-agent',
  'other-lessor',
  'other-property',
  'period-invoiced',
  'tax-unpaid',
]);

const AUTH = cited(CITES.agentAuthorisation);
const TEXT: Readonly<Record<RefusalCode, readonly [Localized, LegalBasis]>> = {
  'lessor-only': [
    { zh: '仅出租方可作废发票或申请退税', en: 'only the lessor may void an invoice or claim a refund' },
    AUTH,
  ],
  'not-confirmed': [{ zh: '授权未经出租方确认', en: 'the lessor has not confirmed the authorisation' }, AUTH],
  'already-used': [{ zh: '按次授权已使用', en: 'the per-invoice authorisation is used' }, AUTH],
  expired: [{ zh: '按年授权已过期', en: 'the yearly authorisation has run out' }, AUTH],
  revoked: [{ zh: '授权已撤销', en: 'the authorisation was revoked' }, AUTH],
  'not-the-agent': [{ zh: '申请人不是被授权人', en: 'the applicant is not the authorised person' }, AUTH],
  'other-lessor': [{ zh: '出租方与授权人不一致', en: 'the lessor is not the authoriser' }, AUTH],
  'other-property': [
    {
      zh: '不是授权的同一不动产（单元号、证号或地址均不符）',
      en: 'not the authorised property (no unit, certificate or address matches)',
    },
    AUTH,
  ],
  'period-invoiced': [
    { zh: '该租赁期间已开具发票', en: 'the lease period has been invoiced already' },
    cited(CITES.agentAuthorisation, CITES.collectFirst),
  ],
  'tax-unpaid': [
    { zh: '未缴清税款，先征税后开票', en: 'tax unpaid: the tax is collected before the invoice' },
    cited(CITES.collectFirst),
  ],
};

const applicationSchema = z.object({
  action: z.enum(['issue', 'void', 'refund']),
  on: civilDateSchema,
  applicant: z.object({ idNumber: residentIdSchema, role: z.enum(['lessor', 'lessee', 'agent']) }),
  lessorId: residentIdSchema,
  property: propertySchema,
  period: periodSchema,
  taxPaid: z.boolean(),
});

/** Same property: the same key on both sides for at least one of unit, certificate, address (S60). */
function sameProperty(a: PropertyRef, b: PropertyRef): boolean {
  const same = (x?: string, y?: string) => x !== undefined && y !== undefined && x.trim() === y.trim();
  return same(a.unitNo, b.unitNo) || same(a.certNo, b.certNo) || same(a.address, b.address);
}

function checkAuthorisation(auth: unknown): Authorisation {
  const a = auth as Authorisation | null;
  const states = authorisationMachine.table.states as Record<string, unknown>;
  if (
    typeof a !== 'object' ||
    a === null ||
    a.machine !== authorisationMachine.id ||
    typeof a.state !== 'string' ||
    !Object.hasOwn(states, a.state) ||
    typeof a.context !== 'object' ||
    a.context === null
  ) {
    throw ValidationError.of(
      'auth',
      `must be a snapshot of ${authorisationMachine.id}, got ${describeValue(auth)}`,
      `必须是 ${authorisationMachine.id} 的快照，收到 ${describeValue(auth)}`,
    );
  }
  return a;
}

/**
 * The refusal codes of a checked application (internal: the simulation calls it on the
 * applications it builds, which are valid by construction).
 * @example
 * refusalsOf(auth, app, []) // ['tax-unpaid']
 */
export function refusalsOf(
  a: Authorisation,
  p: InvoiceApplication,
  done: readonly LeasePeriod[],
): RefusalCode[] {
  const ctx = a.context;
  const codes: RefusalCode[] = [];
  const byLessor = p.applicant.role === 'lessor' && p.applicant.idNumber === ctx.lessor.idNumber;
  if (p.action !== 'issue' && !byLessor) codes.push('lessor-only');
  if (!byLessor && p.action === 'issue') {
    if (a.state === 'requested' || a.state === 'declined' || a.state === 'lapsed')
      codes.push('not-confirmed');
    if (a.state === 'used') codes.push('already-used');
    if (a.state === 'expired' || (ctx.lastDay !== null && p.on > ctx.lastDay)) codes.push('expired');
    if (a.state === 'revoked') codes.push('revoked');
    if (p.applicant.idNumber !== ctx.agent.idNumber) codes.push('not-the-agent');
  }
  if (p.lessorId !== ctx.lessor.idNumber) codes.push('other-lessor');
  if (!sameProperty(p.property, ctx.property)) codes.push('other-property');
  if (p.action === 'issue') {
    if (done.some((d) => d.from <= p.period.to && p.period.from <= d.to)) codes.push('period-invoiced');
    if (!p.taxPaid) codes.push('tax-unpaid');
  }
  return codes;
}

/**
 * Whether an application may go ahead under an authorisation, given the periods of the property
 * already invoiced: the lessor may always act himself (but only he may void or claim refunds); an
 * agent needs a confirmed, unused, unexpired, unrevoked authorisation of the same lessor and the
 * same property (单元号, 证号 or address); a period is invoiced once; the tax is paid first
 * (发票管理办法 第十六条). Returns every reason that applies.
 * @throws ValidationError naming `auth`, `app.<field>` or `invoiced[i].<field>`.
 * @example
 * checkApplication(activeAuth, { ...app, applicant: { idNumber: lesseeId, role: 'lessee' }, action: 'void' })
 * // { ok: false, reasons: [{ code: 'lessor-only', … }] }
 */
export function checkApplication(
  auth: Authorisation,
  app: InvoiceApplication,
  invoiced: readonly LeasePeriod[],
): Allowed | Refused {
  const a = checkAuthorisation(auth);
  const p = parse(applicationSchema, app, 'app');
  const done = parse(z.array(periodSchema).max(10_000), invoiced, 'invoiced');
  const codes = refusalsOf(a, p, done);
  if (codes.length === 0) return { ok: true, basis: cited(CITES.agentAuthorisation, CITES.collectFirst) };
  return {
    ok: false,
    reasons: codes.map((code) => {
      const [reason, basis] = TEXT[code];
      return { code, reason, basis };
    }),
  };
}
