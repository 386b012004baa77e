// Public surface of @gd-ftz/digital-space-authorization: named re-exports only. The measure, the
// domain functions a developer calls case by case, the law, and the types; simulation and report
// internals stay inside.
export type { AccessDecision, AccessRequest, DenyReason } from './access';
export { DENY_BASIS, decideAccess, usesOf } from './access';
export type { DataCategory } from './categories';
export { DATA_CATEGORIES, isSensitiveCategory } from './categories';
export type { ConsentKind, Subject, Use } from './consent';
export { requiredConsent } from './consent';
export type { GrantInput } from './grant';
export { grant, revoke } from './grant';
export { CITES, GUARDIAN_CONSENT_AGE, RECORD_RETENTION_YEARS } from './law';
export { measure } from './measure';
export type { DigitalSpaceAuthorizationParams } from './params';
export type { Replay } from './replay';
export { replayLog } from './replay';
export type {
  AnySpace,
  Grant,
  Revocation,
  Space,
  SpaceOptions,
  SpaceRecordData,
  StreamedSpace,
  StreamedSpaceOptions,
} from './space';
export { createSpace, createStreamedSpace } from './space';
