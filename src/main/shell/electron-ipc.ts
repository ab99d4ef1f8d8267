import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { callNames } from '../../shared/bridge';
import type { Router } from '../bridge/router';
import type { EventHub } from '../events';
import type { Logger } from '../log';

export const IPC_CALL_PREFIX = 'bridge:';
export const IPC_EVENT_CHANNEL = 'bridge:event';

/**
 * The Electron transport: one `ipcMain.handle` per declared call. A call is answered only when it
 * comes from the app's own window, from its main frame, showing the app's own origin.
 */
export function wireElectronBridge(options: {
  router: Router;
  events: EventHub;
  log: Logger;
  trustedContents: () => WebContents | null;
  appOrigin: string;
}): () => void {
  const log = options.log.child('ipc');

  const senderTrusted = (event: IpcMainInvokeEvent): boolean => {
    const trusted = options.trustedContents();
    const frame = event.senderFrame;
    if (!trusted || event.sender.id !== trusted.id || !frame) return false;
    if (frame !== event.sender.mainFrame) return false;
    try {
      return new URL(frame.url).origin === options.appOrigin;
    } catch {
      return false;
    }
  };

  for (const name of callNames) {
    ipcMain.handle(`${IPC_CALL_PREFIX}${name}`, async (event, input: unknown) => {
      if (!senderTrusted(event)) {
        log.warn('call from an untrusted sender refused', { call: name });
        return { ok: false, error: { code: 'forbidden', message: 'Refused: not the app window.' } };
      }
      return options.router.dispatch(name, input);
    });
  }

  const unsubscribe = options.events.subscribe((name, payload) => {
    const contents = options.trustedContents();
    if (contents && !contents.isDestroyed()) contents.send(IPC_EVENT_CHANNEL, name, payload);
  });

  return () => {
    unsubscribe();
    for (const name of callNames) ipcMain.removeHandler(`${IPC_CALL_PREFIX}${name}`);
  };
}
