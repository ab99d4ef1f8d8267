import type { z } from 'zod';
import { endpointList } from '../../shared/pandapon';
import type { EndpointSpec } from '../../shared/pandapon/define';

/**
 * Finds the catalogue endpoint of a request (method + path, `{name}` segments allowed) and turns
 * its query, body and path segments into the endpoint's input, parsed by the catalogue's own
 * request schema so a handler sees the same types the client sent.
 */
export type RouteMatch =
  | {
      readonly kind: 'endpoint';
      readonly spec: EndpointSpec;
      readonly pathParams: Record<string, string>;
    }
  | { readonly kind: 'wrong-method'; readonly allowed: string }
  | { readonly kind: 'none' };

interface CompiledRoute {
  readonly spec: EndpointSpec;
  readonly pattern: RegExp | null;
  readonly names: readonly string[];
}

export interface EndpointRouter {
  match(method: string, path: string): RouteMatch;
}

export function createEndpointRouter(
  specs: readonly EndpointSpec[] = endpointList,
): EndpointRouter {
  const exact = new Map<string, EndpointSpec[]>();
  const templated: CompiledRoute[] = [];
  for (const spec of specs) {
    if (spec.path.includes('{')) {
      const names: string[] = [];
      const source = spec.path.replace(/\{(\w+)\}/g, (_match, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      templated.push({ spec, pattern: new RegExp(`^${source}$`), names });
    } else {
      const list = exact.get(spec.path) ?? [];
      list.push(spec);
      exact.set(spec.path, list);
    }
  }

  return {
    match(method, path) {
      const candidates: { spec: EndpointSpec; pathParams: Record<string, string> }[] = (
        exact.get(path) ?? []
      ).map((spec) => ({ spec, pathParams: {} }));
      for (const route of templated) {
        const found = route.pattern?.exec(path);
        if (!found) continue;
        const pathParams: Record<string, string> = {};
        route.names.forEach((name, index) => {
          pathParams[name] = decodeURIComponent(found[index + 1] ?? '');
        });
        candidates.push({ spec: route.spec, pathParams });
      }
      const hit = candidates.find((candidate) => candidate.spec.method === method);
      if (hit) return { kind: 'endpoint', ...hit };
      if (candidates.length) {
        return { kind: 'wrong-method', allowed: candidates.map((c) => c.spec.method).join(', ') };
      }
      return { kind: 'none' };
    },
  };
}

/** Query parameters that belong to the logistics signature, not to the endpoint's input. */
const SIGNING_QUERY = new Set(['timestamp', 'sign']);

/**
 * A query value is text; the schema may want a number, a boolean or a JSON array. Each field is
 * tried as sent, then as a number, then as JSON, and the first reading the schema takes wins.
 */
function coerceQueryValue(schema: z.ZodType | undefined, text: string): unknown {
  if (!schema) return text;
  const readings: unknown[] = [text];
  if (/^-?\d+(\.\d+)?$/.test(text)) readings.push(Number(text));
  if (text === 'true' || text === 'false') readings.push(text === 'true');
  try {
    readings.push(JSON.parse(text));
  } catch {
    // not JSON: the plain text reading stays
  }
  return readings.find((reading) => schema.safeParse(reading).success) ?? text;
}

function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
  return shape && typeof shape === 'object' ? shape : {};
}

export function inputFromQuery(
  spec: EndpointSpec,
  query: URLSearchParams,
): Record<string, unknown> {
  const shape = shapeOf(spec.request);
  const input: Record<string, unknown> = {};
  for (const [key, value] of query) {
    if (spec.auth === 'headers+querySign' && SIGNING_QUERY.has(key)) continue;
    input[key] = coerceQueryValue(shape[key], value);
  }
  return input;
}

export function inputFromPath(
  spec: EndpointSpec,
  pathParams: Record<string, string>,
): Record<string, unknown> {
  const shape = shapeOf(spec.request);
  return Object.fromEntries(
    Object.entries(pathParams).map(([key, value]) => [key, coerceQueryValue(shape[key], value)]),
  );
}

/** The first problem of a rejected input, as a person would read it: `pageSize: too big`. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'the input does not match';
  const field = issue.path.length ? issue.path.map(String).join('.') : 'input';
  return `${field}: ${issue.message}`;
}
