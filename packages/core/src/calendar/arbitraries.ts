// fast-check arbitraries of core/calendar values.
export {};
