// Bridge calls and events of the orders domain. Filled in by the orders work.
export const ordersCalls = {};

export const ordersEvents = {};
