import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpointList, type EndpointName } from '../../../src/shared/pandapon';
import { createPandaponClient } from '../../../src/main/pandapon';
import { silentLogger } from '../../../src/main/log';
import { sampleInputs } from './sample-inputs';
import {
  startTestServer,
  TEST_ACCESS_KEY,
  TEST_SECRET,
  TEST_USER_ID,
  type TestServer,
} from './test-server';

/**
 * Every catalogue endpoint once, through the real client, against a loopback server that checks
 * the signature. Uses the test server until the sandbox (src/sandbox) serves the whole catalogue.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('the client against every catalogue endpoint', () => {
  it.each(endpointList.map((entry) => [entry.name, entry] as const))(
    '%s: signed, sent to its path, answer parsed',
    async (name, entry) => {
      const client = createPandaponClient({
        baseUrl: server.baseUrl,
        accessKey: TEST_ACCESS_KEY,
        userId: TEST_USER_ID,
        timestampUnit: 's',
        getSecret: () => TEST_SECRET,
        log: silentLogger,
      });
      const before = server.seen.length;
      const typedName = name as EndpointName;
      await client.callWithMeta(typedName, sampleInputs[typedName] as never);
      const request = server.seen[before];
      expect(request?.endpoint).toBe(name);
      expect(request?.signatureOk).toBe(true);
      expect(request?.method).toBe(entry.method);
      expect(server.seen.length - before).toBe(1);
    },
  );

  it('covers all 67 callable endpoints', () => {
    expect(Object.keys(sampleInputs).sort()).toEqual(endpointList.map((e) => e.name).sort());
  });
});
