import { failureFor, vaultUnavailableError } from './failures';
import type { KeyVault, VaultProblem, VaultStatus } from './types';

/**
 * A vault in process memory, for unit tests only: production never keeps a secret outside the
 * OS keychain. `breakWith` makes it behave like an unusable keychain.
 */
export class MemoryVault implements KeyVault {
  readonly backend = 'memory' as const;
  private readonly secrets = new Map<string, string>();
  private problem: VaultProblem | null = null;

  breakWith(problem: VaultProblem | null): void {
    this.problem = problem;
  }

  /** Test helper: how many secrets are stored. */
  get size(): number {
    return this.secrets.size;
  }

  async available(): Promise<VaultStatus> {
    if (!this.problem) return { available: true, backend: 'memory' };
    const failure = failureFor(this.problem);
    return { available: false, backend: 'memory', ...failure };
  }

  async get(profileId: string): Promise<string | null> {
    this.check();
    return this.secrets.get(profileId) ?? null;
  }

  async set(profileId: string, secret: string): Promise<void> {
    this.check();
    this.secrets.set(profileId, secret);
  }

  async delete(profileId: string): Promise<boolean> {
    this.check();
    return this.secrets.delete(profileId);
  }

  private check(): void {
    if (this.problem) throw vaultUnavailableError(failureFor(this.problem));
  }
}
