// The zod schemas of the public API's inputs, typed against the domain types (a schema that drifts
// from its type does not compile). `parse` from core turns a failure into a ValidationError naming
// the path of each bad field. Internal functions take already-checked values and do not re-check.
import { type CivilDate, isCivilDate, Money, z } from '@gd-ftz/core';
import type { OffsetLine, Overpayment, RefundComputation } from './model';
import { TAX_TYPES } from './model';
import type { RefundOptions } from './refund';

/** A real civil date `YYYY-MM-DD` (typed as the branded CivilDate it is). */
export const civilDateSchema: z.ZodType<CivilDate> = z.custom<CivilDate>((s) => isCivilDate(s), {
  message: 'must be a real date YYYY-MM-DD',
});

/** A Money amount of whole fen, not negative. */
const moneySchema: z.ZodType<Money> = z.custom<Money>(
  (m) => m instanceof Money && m.isWholeFen() && !m.isNegative(),
  {
    message: 'must be a Money of whole fen, not negative',
  },
);

const periodSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'must be a period YYYY-MM' });

/** Who discovered an overpayment for the processing periods (实施细则 第七十八条). */
export const discoverySchema: z.ZodType<'authority' | 'taxpayer'> = z.enum(['authority', 'taxpayer']);

/** An overpayment as `detectOverpayments` returns it. */
export const overpaymentSchema: z.ZodType<Overpayment> = z.object({
  id: z.string().min(1),
  taxpayerId: z.string().min(1),
  taxType: z.enum(TAX_TYPES),
  period: periodSchema,
  paymentId: z.string().min(1),
  amount: z.custom<Money>((m) => m instanceof Money && m.isPositive() && m.isWholeFen(), {
    message: 'must be a positive Money of whole fen',
  }),
  settledOn: civilDateSchema,
  visibleOn: civilDateSchema,
  cause: z.enum(['duplicate-payment', 'correction', 'no-liability']),
  refundType: z.enum(['overpaid', 'prepayment-settlement', 'export', 'relief']),
});

/** One offset line of a computation. */
const offsetLineSchema: z.ZodType<OffsetLine> = z.object({
  taxType: z.enum(TAX_TYPES),
  period: periodSchema,
  tax: moneySchema,
  lateFee: moneySchema,
});

const dateString = z.string().refine((s) => isCivilDate(s), { message: 'must be a real date YYYY-MM-DD' });

/** The options of `computeRefund` and `processOverpayments`. */
export const refundOptionsSchema: z.ZodType<RefundOptions> = z.object({
  asOf: dateString,
  discoveredBy: z.enum(['authority', 'taxpayer', 'system-reminder']),
  reminderCounts: z.enum(['taxpayer-claim', 'authority-discovery']).optional(),
  appliedOn: dateString.optional(),
  discoveredOn: dateString.optional(),
  offsetArrears: z.boolean().optional(),
});

/** The fields of a computation that booking it reads (the rest is its trace). */
export const computationSchema = z.object({
  overpaymentId: z.string().min(1, { message: 'must be an id' }),
  outcome: z.enum(['refunded', 'offset-and-refunded', 'offset', 'lapsed', 'nothing-due']),
  asOf: civilDateSchema,
  principal: moneySchema,
  interest: moneySchema,
  refund: moneySchema,
  offsets: z.array(offsetLineSchema),
}) satisfies z.ZodType<
  Pick<
    RefundComputation,
    'overpaymentId' | 'outcome' | 'asOf' | 'principal' | 'interest' | 'refund' | 'offsets'
  >
>;

/** The options of `prefillApplication`. */
export const prefillOptionsSchema = z.object({
  asOf: civilDateSchema,
  overpaymentIds: z.array(z.string()).optional(),
});
