/**
 * Turns whatever an agent pastes (a product page URL, a mobile URL, a share text from the Taobao
 * or 1688 app, a link wrapped by a redirector, or a bare id) into a product reference. Pure: it
 * never touches the network, so short links come back as `short-link` for the caller to resolve.
 */
export type ProductPlatform = '1688' | 'taobao';

export type ParsedProductLink =
  | {
      readonly kind: 'product';
      /** Null for a bare numeric id: 1688 and Taobao ids share one shape. */
      readonly platform: ProductPlatform | null;
      readonly id: string;
      readonly url: string | null;
    }
  | { readonly kind: 'short-link'; readonly url: string }
  | { readonly kind: 'none' };

const NONE: ParsedProductLink = { kind: 'none' };

/** Hosts whose links only redirect somewhere else; resolving them needs the network. */
const SHORT_LINK_HOSTS = [/^m\.tb\.cn$/, /^tb\.cn$/, /^qr\.1688\.com$/, /^s\.click\.taobao\.com$/];

/** Marketplace ids are 6–20 digits; anything longer is a timestamp or an order number. */
const NUMERIC_ID = /^\d{6,20}$/;

/** Query parameters that carry the product id on marketplace pages. */
const ID_PARAMS: Record<ProductPlatform, readonly string[]> = {
  taobao: ['id', 'itemId', 'item_id', 'itemIds'],
  '1688': ['offerId', 'offer_id', 'offerIds', 'id'],
};

/** Query parameters a redirector or agent site uses to wrap the real link. */
const WRAPPER_PARAMS = ['url', 'u', 'q', 'link', 'target', 'redirect', 'redirectUrl', 'to', 'goto'];

export function parseProductLink(text: string): ParsedProductLink {
  const trimmed = text.trim();
  if (trimmed === '') return NONE;
  if (NUMERIC_ID.test(trimmed)) return { kind: 'product', platform: null, id: trimmed, url: null };

  let shortLink: string | null = null;
  for (const candidate of findUrls(trimmed)) {
    const parsed = parseUrl(candidate, 0);
    if (parsed.kind === 'product') return parsed;
    if (parsed.kind === 'short-link' && shortLink === null) shortLink = parsed.url;
  }
  return shortLink === null ? NONE : { kind: 'short-link', url: shortLink };
}

/** URLs inside free text, with or without a scheme (share texts often drop it). */
function findUrls(text: string): string[] {
  const pattern =
    /(?:https?:\/\/|(?<![\w.])(?=[\w-]+(?:\.[\w-]+)*\.(?:com|cn|hk|global)(?:[/?]|$)))[^\s"'<>，。「」【】]+/gi;
  return [...text.matchAll(pattern)].map((match) => {
    const raw = match[0].replace(/[)\]}.,;!]+$/, '');
    return /^https?:\/\//i.test(raw) ? raw : `https://${raw}`;
  });
}

function parseUrl(candidate: string, depth: number): ParsedProductLink {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return NONE;
  }
  const host = url.hostname.toLowerCase();

  if (SHORT_LINK_HOSTS.some((pattern) => pattern.test(host))) {
    return { kind: 'short-link', url: url.toString() };
  }
  const platform = platformOfHost(host);
  if (platform !== null) {
    const id = idFromPath(platform, url.pathname) ?? idFromQuery(platform, url.searchParams);
    if (id !== null) return { kind: 'product', platform, id, url: canonicalUrl(platform, id) };
  }
  return depth < 3 ? unwrap(url, depth) : NONE;
}

function platformOfHost(host: string): ProductPlatform | null {
  if (/(^|\.)1688\.com$/.test(host)) return '1688';
  if (/(^|\.)(taobao|tmall)\.(com|hk)$/.test(host) || /(^|\.)taobao\.global$/.test(host)) {
    return 'taobao';
  }
  return null;
}

function idFromPath(platform: ProductPlatform, path: string): string | null {
  const patterns =
    platform === '1688'
      ? [/\/offer\/(\d{6,20})\.html?/i, /\/offer\/(\d{6,20})(?:\/|$)/i]
      : [/\/i(\d{6,20})\.htm/i, /\/item\/(\d{6,20})\.htm/i, /\/item\/(\d{6,20})(?:\/|$)/i];
  for (const pattern of patterns) {
    const match = pattern.exec(path);
    if (match?.[1]) return match[1];
  }
  return null;
}

function idFromQuery(platform: ProductPlatform, params: URLSearchParams): string | null {
  for (const name of ID_PARAMS[platform]) {
    const value = params.get(name)?.split(',')[0]?.trim();
    if (value && NUMERIC_ID.test(value)) return value;
  }
  return null;
}

/** A link inside a query parameter (Google redirect, agent sites, chat apps' link guards). */
function unwrap(url: URL, depth: number): ParsedProductLink {
  const values = [
    ...WRAPPER_PARAMS.map((name) => url.searchParams.get(name)),
    ...[...url.searchParams.values()],
  ];
  let shortLink: ParsedProductLink = NONE;
  for (const value of values) {
    if (!value || !/^(https?:\/\/|https?%3A)/i.test(value)) continue;
    const inner = parseUrl(decodeRepeatedly(value), depth + 1);
    if (inner.kind === 'product') return inner;
    if (inner.kind === 'short-link' && shortLink.kind === 'none') shortLink = inner;
  }
  return shortLink;
}

function decodeRepeatedly(value: string): string {
  let current = value;
  for (let round = 0; round < 3 && /%[0-9a-f]{2}/i.test(current); round++) {
    try {
      current = decodeURIComponent(current);
    } catch {
      break;
    }
  }
  return current;
}

/** The desktop page of a product, the form every agent recognises. */
export function canonicalUrl(platform: ProductPlatform, id: string): string {
  return platform === '1688'
    ? `https://detail.1688.com/offer/${id}.html`
    : `https://item.taobao.com/item.htm?id=${id}`;
}
