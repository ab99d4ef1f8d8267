/**
 * The accounts the sandbox accepts: an access key with its secret, and the user-ids (sub-accounts)
 * allowed to call with it. One access key may appear with several user-ids.
 */
export interface SandboxCredentials {
  readonly accessKey: string;
  readonly secret: string;
  readonly userId: string;
}

export interface AccountRegistry {
  secretOf(accessKey: string): string | undefined;
  knowsUser(accessKey: string, userId: string): boolean;
  accessKeys(): string[];
  /** Access keys with their user-ids, without secrets (for the control API's state). */
  describe(): { accessKey: string; userIds: string[] }[];
}

export function createAccountRegistry(accounts: readonly SandboxCredentials[]): AccountRegistry {
  if (!accounts.length) throw new Error('The sandbox needs at least one account');
  const byKey = new Map<string, { secret: string; userIds: Set<string> }>();
  for (const account of accounts) {
    for (const [name, value] of Object.entries(account)) {
      if (typeof value !== 'string' || !value.trim()) {
        throw new Error(`A sandbox account has an empty ${name}`);
      }
    }
    const known = byKey.get(account.accessKey);
    if (known && known.secret !== account.secret) {
      throw new Error(`Access key ${account.accessKey} is given twice with different secrets`);
    }
    if (known) known.userIds.add(account.userId);
    else
      byKey.set(account.accessKey, { secret: account.secret, userIds: new Set([account.userId]) });
  }
  return {
    secretOf: (accessKey) => byKey.get(accessKey)?.secret,
    knowsUser: (accessKey, userId) => byKey.get(accessKey)?.userIds.has(userId) ?? false,
    accessKeys: () => [...byKey.keys()],
    describe: () =>
      [...byKey].map(([accessKey, { userIds }]) => ({ accessKey, userIds: [...userIds] })),
  };
}
