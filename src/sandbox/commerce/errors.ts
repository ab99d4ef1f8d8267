import { endpoints, type EndpointName } from '../../shared/pandapon';
import { SandboxError, type SandboxCall } from '../routes';

/**
 * The commerce part's refusals. PandaPon's error-code table was never reachable (REFERENCE §2.5):
 * these codes are the sandbox's own, chosen so a test or a reader can tell the reasons apart.
 */
export const CommerceCode = {
  /** A field is missing, has the wrong type or a value the endpoint does not take. */
  badInput: 4000,
  /** The order, cart line, reverse order, address or product does not exist for this account. */
  notFound: 4040,
  /** The order or reverse order is not in a status that allows the action. */
  wrongStatus: 4090,
  /** The goods cannot be ordered: sold out, not enough stock, below the minimum order quantity. */
  notOrderable: 4220,
} as const;

export function badInput(message: string): SandboxError {
  return new SandboxError(CommerceCode.badInput, message);
}

export function notFound(message: string): SandboxError {
  return new SandboxError(CommerceCode.notFound, message);
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
