// Public surface of core/audit: explicit named re-exports only (filled in by the audit module).
export {};
