// Public surface of core/calendar: explicit named re-exports only (filled in by the calendar module).
export {};
