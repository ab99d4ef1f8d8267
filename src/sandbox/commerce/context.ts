import type { CommerceDeps, SandboxCall, SandboxMessage } from '../routes';
import {
  accountKey,
  emptyAccount,
  nextSequence,
  type AccountState,
  type CommerceState,
} from './state';

/**
 * What every route module of the commerce part shares: the state (replaced whole on restore and
 * reset, so it is always read through `state()`), the clock, ids and callbacks.
 */
export interface CommerceContext {
  readonly deps: CommerceDeps;
  state(): CommerceState;
  /** The caller's account, brought up to the clock first (so no answer shows stale status). */
  account(call: SandboxCall): AccountState;
  nowIso(): string;
  nextId(): number;
  notify(account: AccountState, message: SandboxMessage): void;
}

export function createContext(
  deps: CommerceDeps,
  holder: { state: CommerceState },
  settle: (account: AccountState) => void,
): CommerceContext {
  return {
    deps,
    state: () => holder.state,
    account(call) {
      const key = accountKey(call.accessKey, call.userId);
      let account = holder.state.accounts[key];
      if (!account) {
        account = emptyAccount(call.accessKey, call.userId);
        holder.state.accounts[key] = account;
      }
      settle(account);
      return account;
    },
    nowIso: () => deps.now().toISOString(),
    nextId: () => nextSequence(holder.state),
    notify: (account, message) => deps.notify(account.accessKey, message),
  };
}
