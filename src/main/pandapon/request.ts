import type { EndpointSpec } from '../../shared/pandapon/define';

/**
 * Turns a validated input into the URL and body of one request: query parameters for GET,
 * `{name}` path segments, or a JSON body. Signing is added per attempt by the client.
 */
export interface BuiltRequest {
  readonly url: URL;
  readonly body: string | undefined;
}

function queryValue(value: unknown): string {
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

export function buildRequest(
  baseUrl: string,
  endpoint: EndpointSpec,
  input: Record<string, unknown>,
): BuiltRequest {
  let path = endpoint.path;
  const rest: Record<string, unknown> = { ...input };

  if (endpoint.params === 'path') {
    path = path.replace(/\{(\w+)\}/g, (_match, name: string) => {
      const value = rest[name];
      delete rest[name];
      return encodeURIComponent(String(value));
    });
  }

  const url = new URL(path, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  if (endpoint.method === 'GET' || endpoint.params !== 'body') {
    for (const [key, value] of Object.entries(rest)) {
      if (value !== undefined && value !== null) url.searchParams.set(key, queryValue(value));
    }
    return { url, body: undefined };
  }
  return { url, body: JSON.stringify(rest) };
}

/** Adds the warehouse-logistics query signature (REFERENCE §2.2b): same MD5 as the header. */
export function withQuerySign(url: URL, timestamp: string, signature: string): URL {
  const signed = new URL(url);
  signed.searchParams.set('timestamp', timestamp);
  signed.searchParams.set('sign', signature);
  return signed;
}
