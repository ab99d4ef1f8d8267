import { create } from 'zustand';
import { bridge } from '../bridge/client';

/** Whether main last reached PandaPon; fed by the `app.online` event. */
interface ConnectionState {
  readonly online: boolean;
  setOnline(online: boolean): void;
}

export const useConnection = create<ConnectionState>((set) => ({
  online: true,
  setOnline: (online) => set({ online }),
}));

export function watchConnection(): () => void {
  return bridge.on('app.online', ({ online }) => useConnection.getState().setOnline(online));
}
