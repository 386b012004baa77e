// fast-check arbitraries of core/ids values.
export {};
