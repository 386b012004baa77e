// Public surface of core/ids: explicit named re-exports only (filled in by the ids module).
export {};
