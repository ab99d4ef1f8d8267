import { app } from 'electron';
import type { EventHub } from '../events';
import type { Logger } from '../log';

/**
 * Checks for a new release in the background and installs it on the next quit. It never restarts
 * the running app on its own: an agent mid-batch must not lose the window.
 */
export async function startUpdateChecks(events: EventHub, log: Logger): Promise<void> {
  if (!app.isPackaged || process.env.PANDAPON_DESK_NO_UPDATES) return;
  const updateLog = log.child('updater');
  try {
    const { autoUpdater } = (await import('electron-updater')).default;
    autoUpdater.autoInstallOnAppQuit = true;
    autoUpdater.on('update-downloaded', (info) => {
      updateLog.info('update downloaded', { version: info.version });
      events.emit('app.notice', {
        kind: 'info',
        code: 'update_ready',
        message: `PandaPon Desk ${info.version} is ready and will be installed when you quit.`,
        values: { version: info.version },
      });
    });
    autoUpdater.on('error', (error) => updateLog.warn('update check failed', { error }));
    await autoUpdater.checkForUpdates();
  } catch (error) {
    updateLog.warn('update check failed', { error });
  }
}
