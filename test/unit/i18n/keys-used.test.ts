import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every literal key the renderer asks for exists in English. i18next shows a missing key as the
 * key itself ("home.recentTitle"), which no test of a page notices; this check does, for every
 * `t('…')` whose namespace can be read from the file's `useTranslation('…')`.
 */

const RENDERER = join(__dirname, '../../../src/renderer/src');
const I18N_DIR = join(RENDERER, 'i18n');
const NOT_TEXTS = new Set(['index.ts', 'format.ts']);

type Texts = { readonly [key: string]: string | Texts };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === I18N_DIR ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

async function englishKeys(): Promise<Map<string, Set<string>>> {
  const byNamespace = new Map<string, Set<string>>();
  for (const file of readdirSync(I18N_DIR).filter((f) => f.endsWith('.ts') && !NOT_TEXTS.has(f))) {
    const module = (await import(join(I18N_DIR, file))) as Record<string, { en?: Texts }>;
    for (const [name, table] of Object.entries(module)) {
      if (table?.en) byNamespace.set(name, new Set(flatKeys(table.en)));
    }
  }
  return byNamespace;
}

function flatKeys(texts: Texts, prefix = ''): string[] {
  return Object.entries(texts).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [path] : flatKeys(value, path);
  });
}

/** `const { t: tApp } = useTranslation('app')` → tApp → ['app']; no argument means `app`. */
function translatorsIn(source: string): Map<string, Set<string>> {
  const translators = new Map<string, Set<string>>();
  const binding = /const\s*\{([^}]*)\}\s*=\s*useTranslation\(\s*(?:'([^']+)')?\s*\)/g;
  for (const match of source.matchAll(binding)) {
    const namespace = match[2] ?? 'app';
    for (const part of match[1]!.split(',')) {
      const [from, to] = part.split(':').map((word) => word.trim());
      if (from !== 't') continue;
      const name = to ?? 't';
      translators.set(name, (translators.get(name) ?? new Set()).add(namespace));
    }
  }
  return translators;
}

interface KeyUse {
  readonly file: string;
  readonly key: string;
  /** A template literal: only its fixed start is known. */
  readonly prefixOnly: boolean;
  readonly namespaces: ReadonlySet<string>;
}

function usesIn(file: string): KeyUse[] {
  const source = readFileSync(file, 'utf8');
  const uses: KeyUse[] = [];
  for (const [name, namespaces] of translatorsIn(source)) {
    const call = new RegExp(`(?<![\\w.])${name}\\(\\s*(?:'([^']+)'|\`([^\`]+)\`)`, 'g');
    for (const match of source.matchAll(call)) {
      const literal = match[1];
      const template = match[2];
      if (literal !== undefined) {
        uses.push({ file, key: literal, prefixOnly: false, namespaces });
      } else if (template !== undefined) {
        const fixed = template.split('${')[0]!;
        if (fixed !== '') uses.push({ file, key: fixed, prefixOnly: true, namespaces });
      }
    }
  }
  return uses;
}

function exists(use: KeyUse, keys: Map<string, Set<string>>): boolean {
  const [namespaces, key] = use.key.includes(':')
    ? [[use.key.split(':')[0]!], use.key.split(':').slice(1).join(':')]
    : [[...use.namespaces], use.key];
  return namespaces.some((namespace) => {
    const known = keys.get(namespace);
    if (!known) return false;
    if (use.prefixOnly) return [...known].some((candidate) => candidate.startsWith(key));
    return known.has(key) || known.has(`${key}_one`) || known.has(`${key}_other`);
  });
}

describe('keys the renderer asks for', () => {
  it('all exist in English, in the namespace the file translates with', async () => {
    const keys = await englishKeys();
    const uses = sourceFiles(RENDERER).flatMap(usesIn);
    const missing = uses
      .filter((use) => !exists(use, keys))
      .map((use) => `${relative(RENDERER, use.file)}: ${[...use.namespaces].join('|')}:${use.key}`);

    // The check reads enough of the code to mean something.
    expect(uses.length).toBeGreaterThan(200);
    expect(missing, `Keys with no English text:\n${missing.join('\n')}`).toEqual([]);
  });
});

describe('error codes', () => {
  it('each have a sentence in the errors namespace, so no user reads main’s English', async () => {
    const source = readFileSync(join(__dirname, '../../../src/shared/bridge/errors.ts'), 'utf8');
    const union = /export type BridgeErrorCode =([^;]+);/.exec(source)?.[1] ?? '';
    const codes = [...union.matchAll(/'([a-z_]+)'/g)].map((match) => match[1]!);
    const known = (await englishKeys()).get('errors') ?? new Set();

    expect(codes.length).toBeGreaterThan(10);
    expect(codes.filter((code) => !known.has(code))).toEqual([]);
  });
});
