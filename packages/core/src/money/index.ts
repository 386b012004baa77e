// Public surface of core/money: explicit named re-exports only (filled in by the money module).
export {};
