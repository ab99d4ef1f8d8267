import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BridgeError } from '../../../src/shared/bridge/errors';
import { MemoryVault } from '../../../src/main/keychain';
import { DEMO_PROFILE_ID } from '../../../src/main/profiles';
import { ACCOUNT, makeService, makeTempDir } from './helpers';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

describe('profiles', () => {
  it('starts a fresh install on the built-in Demo profile', () => {
    const { service } = makeService(temp.dir);
    const list = service.list();
    expect(list.activeId).toBe(DEMO_PROFILE_ID);
    expect(list.profiles.map((p) => p.name)).toEqual(['Demo']);
    expect(service.active()).toMatchObject({ id: 'demo', demo: true, active: true });
  });

  it('saves a new profile with its secret in the vault and only a hint on disk', async () => {
    const { service, vault, seen } = makeService(temp.dir);
    const created = await service.create(ACCOUNT);

    expect(created).toMatchObject({ name: 'Shop A', hasSecret: true, secretHint: '5b4a' });
    expect(await vault.get(created.id)).toBe(ACCOUNT.secret);
    const onDisk = readFileSync(join(temp.dir, 'profiles.json'), 'utf8');
    expect(onDisk).toContain('Shop A');
    expect(onDisk).not.toContain(ACCOUNT.secret);
    expect(seen).toContainEqual({
      name: 'profiles.changed',
      payload: { reason: 'created', profileId: created.id, activeId: 'demo' },
    });
  });

  it('keeps profiles across restarts', async () => {
    const first = makeService(temp.dir);
    const created = await first.service.create({ ...ACCOUNT, activate: true });
    const second = makeService(temp.dir, { vault: first.vault });
    expect(second.service.active()).toMatchObject({ id: created.id, name: 'Shop A' });
    expect(await second.service.secretFor(created.id)).toBe(ACCOUNT.secret);
  });

  it('edits fields without touching the secret unless a new one is given', async () => {
    const { service, vault } = makeService(temp.dir);
    const created = await service.create(ACCOUNT);

    const renamed = await service.update({ id: created.id, name: 'Shop B', timestampUnit: 's' });
    expect(renamed).toMatchObject({ name: 'Shop B', timestampUnit: 's', secretHint: '5b4a' });
    expect(await vault.get(created.id)).toBe(ACCOUNT.secret);

    const rotated = await service.update({ id: created.id, secret: 'new-secret-WXYZ' });
    expect(rotated.secretHint).toBe('WXYZ');
    expect(await service.secretFor(created.id)).toBe('new-secret-WXYZ');
  });

  it('refuses a second profile with the same name, whatever the case', async () => {
    const { service } = makeService(temp.dir);
    await service.create(ACCOUNT);
    await expect(service.create({ ...ACCOUNT, name: 'shop a' })).rejects.toMatchObject({
      code: 'conflict',
    });
    await expect(service.create({ ...ACCOUNT, name: 'demo' })).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('deletes a profile and its secret, falling back to Demo when it was active', async () => {
    const { service, vault, seen } = makeService(temp.dir);
    const created = await service.create({ ...ACCOUNT, activate: true });

    const result = await service.delete(created.id);
    expect(result).toEqual({ deleted: true, activeId: 'demo' });
    expect(vault.size).toBe(0);
    expect(service.list().profiles.map((p) => p.id)).toEqual(['demo']);
    expect(seen.at(-1)).toMatchObject({ name: 'profiles.changed', payload: { reason: 'deleted' } });
  });

  it('never deletes or edits the Demo profile', async () => {
    const { service } = makeService(temp.dir);
    await expect(service.delete(DEMO_PROFILE_ID)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(service.update({ id: DEMO_PROFILE_ID, name: 'Mine' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(service.list().profiles[0]).toMatchObject({ id: 'demo', name: 'Demo' });
  });

  it('switches the active profile without a restart and says so once', async () => {
    const { service, seen } = makeService(temp.dir);
    const created = await service.create(ACCOUNT);
    seen.length = 0;

    await service.activate(created.id);
    await service.activate(created.id); // already active: nothing to announce
    expect(service.active().id).toBe(created.id);
    expect(seen).toEqual([
      {
        name: 'profiles.changed',
        payload: { reason: 'activated', profileId: created.id, activeId: created.id },
      },
    ]);
  });

  it('builds the active client from the active profile and rebuilds it after an edit', async () => {
    const { service, built } = makeService(temp.dir);
    const created = await service.create({ ...ACCOUNT, activate: true });

    const client = await service.activeClient();
    expect(await service.activeClient()).toBe(client);
    expect(client.config).toMatchObject({ baseUrl: ACCOUNT.baseUrl, userId: ACCOUNT.userId });
    expect(await client.config.getSecret()).toBe(ACCOUNT.secret);

    await service.update({ id: created.id, baseUrl: 'https://eu.pandapon.example' });
    const rebuilt = await service.activeClient();
    expect(rebuilt).not.toBe(client);
    expect(rebuilt.config.baseUrl).toBe('https://eu.pandapon.example');
    expect(built).toHaveLength(2);
  });

  it('saves nothing when the keychain refuses the secret', async () => {
    const vault = new MemoryVault();
    vault.breakWith('keyring_locked');
    const { service } = makeService(temp.dir, { vault });

    const attempt = service.create(ACCOUNT);
    await expect(attempt).rejects.toBeInstanceOf(BridgeError);
    await expect(attempt).rejects.toMatchObject({
      code: 'keychain_unavailable',
      message: expect.stringMatching(/unlock/i),
    });
    expect(service.list().profiles).toHaveLength(1);
    expect(existsSync(join(temp.dir, 'profiles.json'))).toBe(false);
  });

  it('moves a corrupt profiles.json aside, starts on Demo and tells the user once', () => {
    writeFileSync(join(temp.dir, 'profiles.json'), '{"version":1,"activeId":"p_1", "profiles": [');
    const { service, seen } = makeService(temp.dir);

    service.list();
    service.list();
    const notices = seen.filter((event) => event.name === 'app.notice');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.payload).toMatchObject({
      kind: 'warning',
      code: 'profiles.file_moved_aside',
    });
    const kept = readdirSync(temp.dir).filter((name) => name.startsWith('profiles.json.corrupt-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(temp.dir, kept[0] ?? ''), 'utf8')).toContain('"activeId":"p_1"');
    expect(service.active().id).toBe('demo');
  });

  it('moves aside a file that is valid JSON but not a profiles file', () => {
    writeFileSync(join(temp.dir, 'profiles.json'), JSON.stringify({ version: 1, profiles: 3 }));
    const { service } = makeService(temp.dir);
    expect(service.list().profiles).toHaveLength(1);
    expect(readdirSync(temp.dir).some((name) => name.startsWith('profiles.json.corrupt-'))).toBe(
      true,
    );
  });

  it('leaves no temporary file behind after saving', async () => {
    const { service } = makeService(temp.dir);
    await service.create(ACCOUNT);
    await service.create({ ...ACCOUNT, name: 'Shop C' });
    expect(readdirSync(temp.dir)).toEqual(['profiles.json']);
  });

  it('runs overlapping edits one after another so none is lost', async () => {
    const { service } = makeService(temp.dir);
    await Promise.all(
      ['One', 'Two', 'Three', 'Four'].map((name) => service.create({ ...ACCOUNT, name })),
    );
    const reread = makeService(temp.dir).service.list();
    expect(reread.profiles.map((p) => p.name).sort()).toEqual(
      ['Demo', 'Four', 'One', 'Three', 'Two'].sort(),
    );
  });
});
