// fast-check arbitraries of core/random values.
export {};
