/** The English messages of PandaponError: what happened and what to do next. */
export const say = {
  network: (title: string) =>
    `PandaPon could not be reached for "${title}". Check the internet connection and try again.`,
  timeout: (title: string, ms: number) =>
    `PandaPon did not answer "${title}" within ${Math.round(ms / 1000)} s. Try again; a slow ` +
    'line to China can cause this.',
  rateLimited: (title: string, waitMs: number | null) =>
    `PandaPon asked to slow down on "${title}". ` +
    (waitMs ? `Wait ${Math.ceil(waitMs / 1000)} s and try again.` : 'Wait a moment and try again.'),
  signature: (title: string) =>
    `PandaPon refused the access key or secret for "${title}". Check both in the profile ` +
    'settings (a reset secret invalidates the old one at once).',
  clock: (title: string, skewMs: number | null) =>
    `PandaPon refused the request time of "${title}"` +
    (skewMs === null
      ? ''
      : `: this computer's clock is off by about ${Math.round(Math.abs(skewMs) / 1000)} s`) +
    '. Set the clock automatically and try again.',
  business: (title: string, msg: string, code: number) =>
    `PandaPon refused "${title}": ${msg || 'no reason given'} (code ${code}).`,
  serverError: (title: string, status: number) =>
    `PandaPon had a server error on "${title}" (HTTP ${status}). Try again later.`,
  foreign: (title: string, status: number) =>
    `The answer to "${title}" is not PandaPon's (HTTP ${status}). Check the base URL of the profile.`,
  mismatch: (title: string, field: string, problem: string) =>
    `PandaPon's answer to "${title}" has an unexpected ${field} (${problem}). The app may need ` +
    'an update; quote the request id when reporting it.',
  unknownOutcome: (title: string) =>
    `The answer to "${title}" was lost after it was sent, so it may or may not have happened. ` +
    'Check the orders before trying again; it will not be repeated automatically.',
};
