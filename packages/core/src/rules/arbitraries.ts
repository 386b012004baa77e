// fast-check arbitraries of core/rules values.
export {};
