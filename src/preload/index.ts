import { contextBridge, ipcRenderer } from 'electron';
import { callNames, isEventName } from '../shared/bridge';

/**
 * The page gets one named function per declared call and a subscription to declared events,
 * nothing else: no generic invoke, no ipcRenderer.
 */
const call = Object.freeze(
  Object.fromEntries(
    callNames.map((name) => [
      name,
      (input: unknown) => ipcRenderer.invoke(`bridge:${name}`, input),
    ]),
  ),
);

contextBridge.exposeInMainWorld('pandaponDesk', {
  call,
  on(name: string, listener: (payload: unknown) => void): () => void {
    if (!isEventName(name) || typeof listener !== 'function') return () => undefined;
    const relay = (_event: unknown, eventName: string, payload: unknown) => {
      if (eventName === name) listener(payload);
    };
    ipcRenderer.on('bridge:event', relay);
    return () => ipcRenderer.removeListener('bridge:event', relay);
  },
});
