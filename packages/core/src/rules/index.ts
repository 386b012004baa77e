// Public surface of core/rules: explicit named re-exports only (filled in by the rules module).
export {};
