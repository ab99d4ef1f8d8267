// Bridge calls and events of the settings domain. Filled in by the settings work.
export const settingsCalls = {};

export const settingsEvents = {};
