import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpointList } from '../../../src/shared/pandapon';
import { buildRequest, withQuerySign } from '../../../src/main/pandapon/request';
import { signRequest } from '../../../src/main/pandapon/signer';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox';
import { sampleInputs } from '../pandapon/sample-inputs';
import { SMALL_CATALOGUE } from './core-helpers';

/**
 * The server side of the contract: every endpoint of the catalogue is routed by its method and
 * path to a handler (none answers 404, 405, 500 or 501), and every answer is PandaPon's envelope
 * whose `data`, when the call succeeds, matches the catalogue's response schema. The inputs are
 * the REFERENCE examples, so many commerce calls are refused for unknown ids; the refusal must
 * still be an envelope with a `msg`.
 */
let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ catalogueSize: SMALL_CATALOGUE });
});
afterAll(async () => {
  await sandbox.close();
});

describe('every catalogue endpoint is served', () => {
  it.each(endpointList.map((spec) => [spec.name, spec] as const))('%s', async (_name, spec) => {
    const built = buildRequest(
      sandbox.origin,
      spec,
      sampleInputs[spec.name] as Record<string, unknown>,
    );
    const signed = signRequest({ ...sandbox.credentials, epochMs: Date.now(), unit: 's' });
    const url =
      spec.auth === 'headers+querySign'
        ? withQuerySign(built.url, signed.timestamp, signed.signature)
        : built.url;
    const response = await fetch(url, {
      method: spec.method,
      headers: { 'content-type': 'application/json', ...signed.headers },
      body: built.body,
    });
    const body = (await response.json()) as {
      code: number;
      msg: string;
      requestId: string;
      data: unknown;
    };
    expect([404, 405, 500, 501]).not.toContain(response.status);
    expect(body.requestId).toMatch(/^[0-9a-f]{32}$/);
    expect(typeof body.msg).toBe('string');
    if (body.code === 200) {
      const parsed = spec.response.safeParse(body.data);
      expect(parsed.success, parsed.error?.message).toBe(true);
    } else {
      expect(body.data).toBeNull();
      expect(body.msg.length).toBeGreaterThan(5);
    }
  });
});
