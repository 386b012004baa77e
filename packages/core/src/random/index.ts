// Public surface of core/random: explicit named re-exports only (filled in by the random module).
export {};
