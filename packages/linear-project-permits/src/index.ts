// Public surface of @gd-ftz/linear-project-permits: named re-exports only.
export type { LinearProjectPermitsParams } from './params';
export { PARAMS } from './params';
export { measure } from './measure';
