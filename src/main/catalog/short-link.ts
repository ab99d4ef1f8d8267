import { parseProductLink, type ParsedProductLink } from '../../shared/links/parse-product-link';

/**
 * Short links (m.tb.cn, qr.1688.com …) only redirect. Follows at most a few redirects, without
 * reading any body, and parses each Location until one names a product. Resolves `none` when the
 * network or the redirector does not cooperate; the caller then searches the text as a keyword.
 */
export async function resolveShortLink(
  url: string,
  options: { timeoutMs?: number; fetchImpl?: typeof fetch } = {},
): Promise<ParsedProductLink> {
  const fetchImpl = options.fetchImpl ?? fetch;
  let current = url;
  for (let hop = 0; hop < 4; hop++) {
    let response: Response;
    try {
      response = await fetchImpl(current, {
        method: 'GET',
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs ?? 4000),
        headers: { 'user-agent': 'Mozilla/5.0 (PandaPon Desk link resolver)' },
      });
    } catch {
      return { kind: 'none' };
    }
    const location = response.headers.get('location');
    // Taobao's short-link page carries the target in its HTML instead of a redirect.
    const body = location ? '' : (await response.text().catch(() => '')).slice(0, 20_000);
    void response.body?.cancel().catch(() => undefined);
    const next = location ? new URL(location, current).toString() : urlInPage(body);
    if (!next) return { kind: 'none' };
    const parsed = parseProductLink(next);
    if (parsed.kind === 'product') return parsed;
    if (parsed.kind !== 'short-link') return { kind: 'none' };
    current = parsed.url;
  }
  return { kind: 'none' };
}

function urlInPage(html: string): string | null {
  const match =
    /var\s+url\s*=\s*['"]([^'"]+)['"]/.exec(html) ??
    /https?:\/\/[^\s"'<>]+(?:id|offer)[^\s"'<>]*/.exec(html);
  return match ? (match[1] ?? match[0]) : null;
}
