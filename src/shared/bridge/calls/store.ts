// Bridge calls and events of the store domain. Filled in by the store work.
export const storeCalls = {};

export const storeEvents = {};
