import { create } from 'zustand';
import type { ConnectionTestResult } from '../../../../../shared/bridge/calls/profiles';

export interface ConnectionTestState {
  readonly running: boolean;
  readonly result?: ConnectionTestResult;
  /** The bridge call itself failed (the profile vanished, main is gone), not the connection. */
  readonly error?: unknown;
}

/**
 * The last connection test of each profile, kept while the app runs so the answer is still there
 * after a visit to another page.
 */
interface ConnectionTests {
  readonly byProfile: Readonly<Record<string, ConnectionTestState>>;
  record(profileId: string, state: ConnectionTestState): void;
  forget(profileId: string): void;
}

export const useConnectionTests = create<ConnectionTests>((set) => ({
  byProfile: {},
  record: (profileId, state) =>
    set((current) => ({
      byProfile: {
        ...current.byProfile,
        // A running test keeps showing the previous answer's age until the new one arrives.
        [profileId]: state.running ? { ...current.byProfile[profileId], ...state } : state,
      },
    })),
  forget: (profileId) =>
    set((current) => {
      const { [profileId]: _gone, ...rest } = current.byProfile;
      return { byProfile: rest };
    }),
}));
