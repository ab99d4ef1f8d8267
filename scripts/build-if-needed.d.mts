export function buildIfNeeded(options?: { quiet?: boolean }): void;
