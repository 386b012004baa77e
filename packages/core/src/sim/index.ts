// Public surface of core/sim: explicit named re-exports only (filled in by the sim module).
export {};
