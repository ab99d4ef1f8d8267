// Bridge calls and events of the profiles domain. Filled in by the profiles work.
export const profilesCalls = {};

export const profilesEvents = {};
