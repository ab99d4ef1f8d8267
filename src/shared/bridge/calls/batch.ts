// Bridge calls and events of the batch domain. Filled in by the batch work.
export const batchCalls = {};

export const batchEvents = {};
