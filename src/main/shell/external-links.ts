/**
 * Links the app may hand to the system browser: PandaPon, the marketplaces and their payment
 * pages. Anything else is refused, so a product description cannot send the user anywhere.
 */
const ALLOWED_HOSTS = [
  'pandapon.com',
  '1688.com',
  'taobao.com',
  'tmall.com',
  'alipay.com',
  'alibaba.com',
  'tb.cn',
];

export function isAllowedExternalUrl(raw: string, extraOrigins: readonly string[] = []): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (extraOrigins.includes(url.origin)) return true;
  if (url.protocol !== 'https:') return false;
  if (url.username || url.password) return false;
  const host = url.hostname.toLowerCase();
  return ALLOWED_HOSTS.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}
