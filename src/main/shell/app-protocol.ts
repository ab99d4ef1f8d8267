import { protocol } from 'electron';
import { contentSecurityPolicy, SECURITY_HEADERS } from './content-security';
import { readStaticFile } from './static-files';

/** The renderer is served from app://desk/, never file://, so the page has no file-system powers. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = 'app://desk';

export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'desk') return new Response('Not found', { status: 404 });
    const file = await readStaticFile(rendererDir, url.pathname);
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: {
        'Content-Type': file.contentType,
        'Content-Security-Policy': contentSecurityPolicy(),
        ...SECURITY_HEADERS,
      },
    });
  });
}
