// fast-check arbitraries of core/audit values.
export {};
