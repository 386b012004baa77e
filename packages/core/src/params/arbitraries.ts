// fast-check arbitraries of core/params values.
export {};
