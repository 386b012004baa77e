// Public surface of core/audit: explicit named re-exports only.
export type {
  AuditChain,
  AuditChainOptions,
  AuditFailure,
  AuditHead,
  AuditLog,
  AuditSink,
  AuditVerification,
  AuditVerifier,
  AuditVerifyOptions,
} from './audit-log';
export {
  createAuditChain,
  createAuditLog,
  createAuditVerifier,
  parseAuditLog,
  toAuditJsonLines,
  verifyAuditLog,
} from './audit-log';
export { canonicalJson, MAX_JSON_DEPTH } from './canonical';
export type { AuditDigest, AuditEntry, AuditRecord } from './record';
export { auditHash, GENESIS_HASH, isCivilDateTime, sha256Hex } from './record';
