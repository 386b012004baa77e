// Public surface of @gd-ftz/invoice-type-approval: named re-exports only.
export type { InvoiceTypeApprovalParams } from './params';
export { PARAMS } from './params';
export { measure } from './measure';
