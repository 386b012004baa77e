// Public surface of core/params: explicit named re-exports only (filled in by the params module).
export {};
