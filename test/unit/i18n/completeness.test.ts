import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every text the app shows exists in the three languages. English is the reference: a key in
 * English that is missing, empty or not a string in 简体中文 or ไทย fails here, named in full
 * (`namespace:path.to.key [zh-CN]`), so the fix is a search away.
 */

const I18N_DIR = join(__dirname, '../../../src/renderer/src/i18n');
const LANGUAGES = ['en', 'zh-CN', 'th'] as const;
const TRANSLATIONS = ['zh-CN', 'th'] as const;

/** Files in the i18n folder that are code, not texts. */
const NOT_TEXTS = new Set(['index.ts', 'format.ts']);

/**
 * i18next plural suffixes. Chinese and Thai have one plural form: `_other`, or the bare key
 * (i18next falls back to it), stands in for every English form.
 */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Texts = { readonly [key: string]: string | Texts };
type Namespace = { readonly name: string; readonly texts: Record<string, Texts> };

async function loadNamespaces(): Promise<Namespace[]> {
  const files = readdirSync(I18N_DIR).filter(
    (file) => file.endsWith('.ts') && !NOT_TEXTS.has(file),
  );
  const namespaces: Namespace[] = [];
  for (const file of files) {
    const module = (await import(join(I18N_DIR, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (isLanguageTable(value)) namespaces.push({ name, texts: value });
    }
  }
  return namespaces;
}

function isLanguageTable(value: unknown): value is Record<string, Texts> {
  return typeof value === 'object' && value !== null && 'en' in value;
}

/** `{ a: { b: 'x' } }` → `[['a.b', 'x']]`; non-string leaves are kept so they can be reported. */
function flatten(texts: unknown, prefix = ''): Array<[string, unknown]> {
  if (typeof texts !== 'object' || texts === null) return [[prefix, texts]];
  return Object.entries(texts).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? flatten(value, prefix ? `${prefix}.${key}` : key)
      : [[prefix ? `${prefix}.${key}` : key, value] as [string, unknown]],
  );
}

/** `{{count}}` and `$t(…)` references a translation must keep so the sentence still works. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((match) => match[1]!).sort();
}

function problemsOf(namespace: Namespace): string[] {
  const english = new Map(flatten(namespace.texts.en));
  const problems: string[] = [];

  for (const [key, text] of english) {
    if (typeof text !== 'string' || text.trim() === '') {
      problems.push(`${namespace.name}:${key} [en] is empty or not a text`);
    }
  }

  for (const language of TRANSLATIONS) {
    const table = namespace.texts[language];
    if (table === undefined) {
      problems.push(`${namespace.name} has no ${language} texts at all`);
      continue;
    }
    const translated = new Map(flatten(table));
    for (const [key, text] of english) {
      const base = key.replace(PLURAL_SUFFIX, '');
      // One translated form serves every count, so it is held to English's `_other` form.
      if (key !== base && !key.endsWith('_other') && english.has(`${base}_other`)) continue;
      const lookup =
        [key, `${base}_other`, base].find((candidate) => translated.has(candidate)) ?? key;
      const value = translated.get(lookup);
      if (value === undefined) {
        problems.push(`${namespace.name}:${key} [${language}] is missing`);
      } else if (typeof value !== 'string' || value.trim() === '') {
        problems.push(`${namespace.name}:${key} [${language}] is empty`);
      } else if (typeof text === 'string') {
        const wanted = placeholders(text).join(',');
        const got = placeholders(value).join(',');
        if (wanted !== got) {
          problems.push(
            `${namespace.name}:${key} [${language}] uses {{${got}}} where English uses {{${wanted}}}`,
          );
        }
      }
    }
    const englishBases = new Set([...english.keys()].map((key) => key.replace(PLURAL_SUFFIX, '')));
    for (const key of translated.keys()) {
      if (!english.has(key) && !englishBases.has(key.replace(PLURAL_SUFFIX, ''))) {
        problems.push(`${namespace.name}:${key} [${language}] has no English original`);
      }
    }
  }
  return problems;
}

describe('the texts of every namespace', () => {
  it('finds the namespaces the app registers', async () => {
    const names = (await loadNamespaces()).map((namespace) => namespace.name);
    const index = readFileSync(join(I18N_DIR, 'index.ts'), 'utf8');
    const registered = /const domains = \{([^}]*)\}/.exec(index)?.[1] ?? '';
    const registeredNames = registered
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);

    expect(names).toContain('app');
    expect(names).toContain('settings');
    // A texts file that is not registered is never shown; a registered one must be checked here.
    expect(names.filter((name) => !registeredNames.includes(name))).toEqual([]);
    expect(registeredNames.filter((name) => !names.includes(name))).toEqual([]);
  });

  it('exist in English, 简体中文 and ไทย with no empty strings and the same placeholders', async () => {
    const namespaces = await loadNamespaces();
    const problems = namespaces.flatMap(problemsOf);
    expect(problems, `Texts to fix:\n${problems.join('\n')}`).toEqual([]);
  });

  it('names a missing key in full so the fix is a search away', () => {
    const broken: Namespace = {
      name: 'sample',
      texts: {
        en: {
          greeting: 'Hello {{name}}',
          nested: { deep: 'Deep' },
          items_one: 'One',
          items_other: 'Many',
        },
        'zh-CN': { greeting: '你好', nested: { deep: '' }, items_other: '多个' },
        th: { greeting: 'สวัสดี {{name}}', nested: {}, items_other: 'หลาย', extra: 'x' },
      },
    };
    expect(problemsOf(broken).sort()).toEqual(
      [
        'sample:greeting [zh-CN] uses {{}} where English uses {{name}}',
        'sample:nested.deep [zh-CN] is empty',
        'sample:nested.deep [th] is missing',
        'sample:extra [th] has no English original',
      ].sort(),
    );
    expect(LANGUAGES).toHaveLength(3);
  });
});
