import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../../src/sandbox';
import { clientOf, SMALL_CATALOGUE } from './core-helpers';

/**
 * The optional state file: what a person did in the sandbox (addresses, orders, the clock, the
 * callback URL) is still there after a restart, and a damaged file stops the start unchanged.
 */
const dir = mkdtempSync(join(tmpdir(), 'ppd-sandbox-state-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ADDRESS = {
  name: 'Li Si',
  province: '浙江省',
  city: '杭州市',
  district: '西湖区',
  address: '转塘街道 8 号',
  phone: '13800000000',
};

describe('state file', () => {
  it('survives a restart: saved addresses, the clock offset and the callback URL', async () => {
    const stateFile = join(dir, 'state.json');
    const first = await startSandbox({ catalogueSize: SMALL_CATALOGUE, stateFile });
    await clientOf(first).call('basis.address.addOrUpdate', ADDRESS);
    first.control.advance(3 * 86_400_000);
    first.control.setCallbackUrl('http://127.0.0.1:9/hook');
    await first.close();
    expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toMatchObject({ version: 1 });

    const second = await startSandbox({ catalogueSize: SMALL_CATALOGUE, stateFile });
    try {
      const addresses = await clientOf(second).call('basis.address.get', {});
      expect(JSON.stringify(addresses)).toContain('转塘街道 8 号');
      expect(second.control.state().clockOffsetMs).toBeGreaterThanOrEqual(3 * 86_400_000);
      expect(second.control.state().callbackUrls).toEqual({
        [second.credentials.accessKey]: 'http://127.0.0.1:9/hook',
      });
    } finally {
      await second.close();
    }
  });

  it('saves soon after a change, without waiting for close', async () => {
    const stateFile = join(dir, 'debounced.json');
    const sandbox = await startSandbox({ catalogueSize: SMALL_CATALOGUE, stateFile });
    try {
      await clientOf(sandbox).call('basis.address.addOrUpdate', {
        ...ADDRESS,
        address: '九溪 2 号',
      });
      await expect
        .poll(() => {
          try {
            return readFileSync(stateFile, 'utf8');
          } catch {
            return '';
          }
        })
        .toContain('九溪 2 号');
    } finally {
      await sandbox.close();
    }
  });

  it('a damaged state file stops the start with its path and is left as it was', async () => {
    const stateFile = join(dir, 'damaged.json');
    writeFileSync(stateFile, '{"version": 1, "commerce": ');
    await expect(startSandbox({ catalogueSize: SMALL_CATALOGUE, stateFile })).rejects.toThrow(
      /damaged\.json is not JSON/,
    );
    expect(readFileSync(stateFile, 'utf8')).toBe('{"version": 1, "commerce": ');
  });
});
