// Bridge calls and events of the cart domain. Filled in by the cart work.
export const cartCalls = {};

export const cartEvents = {};
