// Public surface of core/audit: explicit named re-exports only.
export type { AuditFailure, AuditHead, AuditLog, AuditVerification, AuditVerifyOptions } from './audit-log';
export { createAuditLog, parseAuditLog, toAuditJsonLines, verifyAuditLog } from './audit-log';
export { canonicalJson, MAX_JSON_DEPTH } from './canonical';
export type { AuditEntry, AuditRecord } from './record';
export { auditHash, GENESIS_HASH, isCivilDateTime } from './record';
