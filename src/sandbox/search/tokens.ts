/**
 * Tokens for the keyword index, the same for titles and queries: Latin words (lower case, a
 * trailing plural "s" dropped) and, for Chinese, character bigrams plus single characters, so
 * "T恤", "连衣裙" and "dress" all find what a buyer means without a dictionary.
 */
const CJK = /[\u3400-\u9fff]/;

function stem(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

function pushCjkRun(run: string, tokens: string[], forQuery: boolean): void {
  if (run.length === 1 || !forQuery) for (const char of run) tokens.push(char);
  for (let index = 0; index + 1 < run.length; index += 1) tokens.push(run.slice(index, index + 2));
}

export function tokenize(text: string, forQuery = false): string[] {
  const tokens: string[] = [];
  let word = '';
  let cjk = '';
  const flushWord = () => {
    if (word) tokens.push(stem(word));
    word = '';
  };
  const flushCjk = () => {
    if (cjk) pushCjkRun(cjk, tokens, forQuery);
    cjk = '';
  };
  for (const char of text.toLowerCase()) {
    if (CJK.test(char)) {
      flushWord();
      cjk += char;
    } else if (/[a-z0-9]/.test(char)) {
      flushCjk();
      word += char;
    } else {
      flushWord();
      flushCjk();
    }
  }
  flushWord();
  flushCjk();
  return forQuery ? [...new Set(tokens)] : tokens;
}
