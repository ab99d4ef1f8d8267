import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pkg from '../../package.json';
import { createMainApp, type MainApp } from './app';
import { createLogger } from './log';
import { logFileIn } from './paths';
import { APP_ORIGIN, registerAppSchemePrivileges, serveRenderer } from './shell/app-protocol';
import { wireElectronBridge } from './shell/electron-ipc';
import { hardenWebContents } from './shell/hardening';
import { startUpdateChecks } from './shell/updater';
import { loadWindowState, saveWindowState } from './shell/window-state';

/**
 * The Electron shell: windows, the keychain prompt, updates. Everything below the bridge is the
 * same code the browser shell runs (src/main/app.ts).
 */
const here = fileURLToPath(new URL('.', import.meta.url));
let mainWindow: BrowserWindow | null = null;
let mainApp: MainApp | null = null;

if (process.env.PANDAPON_DESK_DATA) app.setPath('userData', process.env.PANDAPON_DESK_DATA);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppSchemePrivileges();
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.whenReady().then(start, (error: unknown) => {
    console.error('PandaPon Desk could not start:', error);
    app.exit(1);
  });
}

async function start(): Promise<void> {
  const dataDir = app.getPath('userData');
  const logFile = logFileIn(dataDir);
  const log = createLogger({ file: logFile });
  log.info('starting', { version: pkg.version, electron: process.versions.electron });

  mainApp = await createMainApp({
    version: pkg.version,
    dataDir,
    logFile,
    log,
    hooks: {
      shell: 'electron',
      openExternal: async (url) => {
        const { shell } = await import('electron');
        await shell.openExternal(url);
        return true;
      },
    },
  });
  const ctx = mainApp.ctx;

  hardenWebContents({
    appOrigin: APP_ORIGIN,
    log,
    extraExternalOrigins: () => ctx.extraExternalOrigins,
  });
  serveRenderer(join(here, '../renderer'));
  wireElectronBridge({
    router: mainApp.router,
    events: ctx.events,
    log,
    trustedContents: () => mainWindow?.webContents ?? null,
    appOrigin: APP_ORIGIN,
  });

  createWindow(dataDir);
  void startUpdateChecks(ctx.events, log);

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow(dataDir);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', () => {
    void mainApp?.close();
  });
}

function createWindow(dataDir: string): void {
  const state = loadWindowState(dataDir);
  mainWindow = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: 960,
    minHeight: 600,
    title: 'PandaPon Desk',
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // A middle click must not open a link in a new window behind the navigation checks.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (state.maximized) mainWindow.maximize();
  mainWindow.once('ready-to-show', () => mainWindow?.show());

  const remember = () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    const bounds = mainWindow.getNormalBounds();
    saveWindowState(dataDir, { ...bounds, maximized: mainWindow.isMaximized() });
  };
  mainWindow.on('close', remember);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });

  void mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}
