// Public surface of @gd-ftz/zero-window-service: named re-exports only. The measure, the domain
// functions a developer calls case by case, the law, and the types; simulation and report stay inside.
export type { ServiceDeadlineExplanation } from './deadline';
export { explainServiceDeadline, serviceDeadline } from './deadline';
export type { ItemClass, ItemClassSpec } from './items';
export { ITEM_CLASSES } from './items';
export type { ServiceItem, ServiceLimit } from './law';
export { CITES, DAY_OFF_RECEIPT, FIRST_INVOICE_WORKING_DAYS, SERVICE_LIMITS } from './law';
export { measure } from './measure';
export type { ZeroWindowServiceParams } from './params';
export type { Channel, Route, ServiceRequest } from './route';
export { routeRequest } from './route';
export type { RedeployShares, StaffPlan } from './staff';
export { redeploy } from './staff';
