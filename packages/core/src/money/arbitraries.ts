// fast-check arbitraries of core/money values.
export {};
