// Public surface of @gd-ftz/overpayment-refund: named re-exports only.
export type { OverpaymentRefundParams } from './params';
export { PARAMS } from './params';
export { measure } from './measure';
