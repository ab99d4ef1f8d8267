export type ElectronRuntime =
  { ok: true; path: string; version: string } | { ok: false; reason: string };
export function findElectronRuntime(): ElectronRuntime;
