import { z } from 'zod';

/**
 * How one PandaPon endpoint is declared. Every endpoint of the v2 navigation is declared once in
 * the group files next to this one; the client, the sandbox and the coverage table read these
 * declarations and nothing else.
 */
export type Platform = 'taobao' | '1688' | 'basis' | 'logistics';
export type HttpMethod = 'GET' | 'POST';
/** Where the request input travels: query string, JSON body, or `{name}` segments of the path. */
export type ParamsIn = 'query' | 'body' | 'path';
/**
 * How sure we are of the declaration (REFERENCE §4.1):
 * - `documented`: path and fields from a v2 page;
 * - `v1`: fields from the v1 page only; the v2 path is derived from the v1 path (see `v1Path`);
 * - `inferred`: the page body was never read; built from documented siblings.
 */
export type DocStatus = 'documented' | 'v1' | 'inferred';
/**
 * What a call does, which decides timeouts and retries: `read` is safe to repeat, `write` changes
 * something but moves no money, `money` creates, pays, cancels, confirms or refunds and is never
 * repeated by the transport.
 */
export type EndpointKind = 'read' | 'write' | 'money';
/** `headers`: the §2.2 header set. `headers+querySign`: also query `timestamp` + `sign` (§2.2b). */
export type AuthStyle = 'headers' | 'headers+querySign';

export interface EndpointSpec<
  N extends string = string,
  Req extends z.ZodType = z.ZodType,
  Res extends z.ZodType = z.ZodType,
> {
  readonly name: N;
  readonly title: string;
  readonly platform: Platform;
  readonly group: string;
  readonly method: HttpMethod;
  /** Path on the base URL; `{name}` segments are filled from the input when `params` is 'path'. */
  readonly path: string;
  readonly params: ParamsIn;
  readonly status: DocStatus;
  readonly kind: EndpointKind;
  readonly auth: AuthStyle;
  readonly request: Req;
  /** The `data` inside the envelope. */
  readonly response: Res;
  readonly notes: string;
  /** The v1 path this declaration was read from, when it differs from `path`. */
  readonly v1Path?: string;
}

type SpecInput<N extends string, Req extends z.ZodType, Res extends z.ZodType> = Omit<
  EndpointSpec<N, Req, Res>,
  'params' | 'auth'
> & { readonly params?: ParamsIn };

export function defineEndpoint<
  const N extends string,
  Req extends z.ZodType,
  Res extends z.ZodType,
>(spec: SpecInput<N, Req, Res>): EndpointSpec<N, Req, Res> {
  const params = spec.params ?? (spec.method === 'GET' ? 'query' : 'body');
  const auth: AuthStyle = spec.platform === 'logistics' ? 'headers+querySign' : 'headers';
  return Object.freeze({ ...spec, params, auth });
}

/** A message PandaPon pushes to the developer's callback URL (§2.8); not called by the client. */
export interface MessageSpec<N extends string = string, Body extends z.ZodType = z.ZodType> {
  readonly name: N;
  readonly title: string;
  readonly platform: 'taobao' | '1688';
  readonly group: string;
  readonly messageType: string;
  readonly status: DocStatus;
  /** The `messageBody` of the push. */
  readonly body: Body;
  readonly notes: string;
}

export function defineMessage<const N extends string, Body extends z.ZodType>(
  spec: MessageSpec<N, Body>,
): MessageSpec<N, Body> {
  return Object.freeze({ ...spec });
}

/** Input of an endpoint without parameters. */
export const noInput = z.object({});

/** Helpers for response fields: PandaPon examples show nulls almost anywhere. */
export const str = z.string().nullish();
export const int = z.number().int().nullish();
export const num = z.number().nullish();
export const bool = z.boolean().nullish();
/** Ids that are numbers in v1 and strings (often encrypted) in v2. */
export const anyId = z.union([z.string(), z.number().int()]);
export const idField = anyId.nullish();
