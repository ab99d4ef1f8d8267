/**
 * Tokens for the keyword index, the same for titles and queries: Latin words (lower case, a
 * trailing plural "s" dropped) and, for Chinese, character bigrams plus single characters, so
 * "T恤", "连衣裙" and "dress" all find what a buyer means without a dictionary.
 *
 * Characters are classified by code, not by regular expression: the index tokenizes 30,000
 * titles at startup, and this loop is most of that cost.
 */
function isCjk(code: number): boolean {
  return code >= 0x3400 && code <= 0x9fff;
}

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

function stem(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

function pushCjkRun(run: string, tokens: string[], forQuery: boolean): void {
  if (run.length === 1 || !forQuery) for (const char of run) tokens.push(char);
  for (let index = 0; index + 1 < run.length; index += 1) tokens.push(run.slice(index, index + 2));
}

export function tokenize(text: string, forQuery = false): string[] {
  const tokens: string[] = [];
  const lower = text.toLowerCase();
  let start = -1;
  let kind: 'word' | 'cjk' | null = null;
  const flush = (end: number) => {
    if (kind === 'word') tokens.push(stem(lower.slice(start, end)));
    else if (kind === 'cjk') pushCjkRun(lower.slice(start, end), tokens, forQuery);
    kind = null;
  };
  for (let index = 0; index < lower.length; index += 1) {
    const code = lower.charCodeAt(index);
    const next = isCjk(code) ? 'cjk' : isWordChar(code) ? 'word' : null;
    if (next !== kind) {
      flush(index);
      kind = next;
      start = index;
    }
  }
  flush(lower.length);
  return forQuery ? [...new Set(tokens)] : tokens;
}
