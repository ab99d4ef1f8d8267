import { app, session, shell, type WebContents } from 'electron';
import type { Logger } from '../log';
import { isAllowedExternalUrl } from './external-links';

/**
 * Every web contents the app creates: no navigation away from the app, no new windows, no
 * webviews, no permissions. Allowed external links go to the system browser instead.
 */
export function hardenWebContents(options: {
  appOrigin: string;
  log: Logger;
  extraExternalOrigins: () => readonly string[];
}): void {
  const log = options.log.child('hardening');

  const openOutside = (url: string) => {
    if (isAllowedExternalUrl(url, options.extraExternalOrigins())) {
      void shell.openExternal(url);
    } else {
      log.warn('external link refused', { origin: safeOrigin(url) });
    }
  };

  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (safeOrigin(url) === options.appOrigin) return;
      event.preventDefault();
      openOutside(url);
    });
    contents.on('will-redirect', (event, url) => {
      if (safeOrigin(url) !== options.appOrigin) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      openOutside(url);
      return { action: 'deny' };
    });
  });

  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'invalid';
  }
}
