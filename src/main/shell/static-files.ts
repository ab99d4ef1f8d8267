import { readFile, stat } from 'node:fs/promises';
import { normalize, resolve, sep } from 'node:path';
import { contentTypeOf } from './content-security';

export interface StaticFile {
  readonly body: Buffer;
  readonly contentType: string;
}

/**
 * Resolves a URL path inside the built renderer folder. Paths that escape the folder are refused;
 * unknown paths without an extension fall back to index.html (the app's own routes).
 */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const base = resolve(root);
  const relative = normalize(decoded === '/' ? '/index.html' : decoded).replace(/^([/\\])+/, '');
  const full = resolve(base, relative);
  if (full !== base && !full.startsWith(base + sep)) return null;

  const candidates = /\.[a-z0-9]+$/i.test(relative) ? [full] : [full, resolve(base, 'index.html')];
  for (const candidate of candidates) {
    try {
      if (!(await stat(candidate)).isFile()) continue;
      return { body: await readFile(candidate), contentType: contentTypeOf(candidate) };
    } catch {
      // try the next candidate
    }
  }
  return null;
}
