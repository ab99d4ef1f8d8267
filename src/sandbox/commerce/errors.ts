import { endpoints, type EndpointName } from '../../shared/pandapon';
import { SandboxError, type SandboxCall } from '../routes';

/**
 * The commerce part's refusals, all answered with HTTP 200 in PandaPon's envelope. PandaPon's
 * error-code table was never reachable (REFERENCE §2.5): these codes are the sandbox's own and
 * extend its table in src/sandbox/auth/codes.ts.
 */
export const CommerceCode = {
  /** A field is missing, has the wrong type or a value the endpoint does not take. */
  badInput: 40001,
  /** No such offer, item, spec or SKU (the goods part's code). */
  noSuchGoods: 40410,
  /** The order, cart line, reverse order, address or freight preview does not exist here. */
  notFound: 40411,
  /** The order or reverse order is not in a status that allows the action. */
  wrongStatus: 40901,
  /** The goods cannot be ordered: sold out, not enough stock, below the minimum order quantity. */
  notOrderable: 42201,
} as const;

export function badInput(message: string): SandboxError {
  return new SandboxError(CommerceCode.badInput, message);
}

export function notFound(message: string): SandboxError {
  return new SandboxError(CommerceCode.notFound, message);
}

export function noSuchGoods(message: string): SandboxError {
  return new SandboxError(CommerceCode.noSuchGoods, message);
}

export function wrongStatus(message: string): SandboxError {
  return new SandboxError(CommerceCode.wrongStatus, message);
}

export function notOrderable(message: string): SandboxError {
  return new SandboxError(CommerceCode.notOrderable, message);
}

/**
 * The call's input checked against the catalogue's request schema, so the sandbox refuses exactly
 * what the declaration refuses; the message names the first bad field.
 */
export function parseInput<N extends EndpointName>(
  name: N,
  call: SandboxCall,
): ReturnType<(typeof endpoints)[N]['request']['parse']> {
  const result = endpoints[name].request.safeParse(call.input ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.length ? issue.path.join('.') : 'input';
    throw badInput(`${name}: ${field}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data as ReturnType<(typeof endpoints)[N]['request']['parse']>;
}
