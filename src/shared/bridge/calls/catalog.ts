// Bridge calls and events of the catalog domain. Filled in by the catalog work.
export const catalogCalls = {};

export const catalogEvents = {};
