// fast-check arbitraries of core/sim values.
export {};
