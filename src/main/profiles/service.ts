import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type {
  ConnectionTestResult,
  ProfileList,
  profilesCalls,
  ProfileView,
} from '../../shared/bridge/calls/profiles';
import { BridgeError } from '../../shared/bridge/errors';
import type { EventHub } from '../events';
import type { KeyVault, VaultStatus } from '../keychain';
import type { Logger } from '../log';
import type { NetworkState } from '../network-state';
import type { ClientFactory } from './client-port';
import { testProfileConnection, type ConnectionProber } from './connection-test';
import { DEMO_PROFILE_ID, DemoSandbox, demoProfileView, type DemoSandboxSource } from './demo';
import { loadProfilesFile, profilesPath, saveProfilesFile } from './file';
import type { ProfilesFile, StoredProfile } from './schema';
import {
  demoIsBuiltIn,
  fileMovedAside,
  nameTaken,
  noSecretSaved,
  profileGone,
  sandboxOff,
  secretLeftInKeychain,
} from './messages';
import { profileView, secretHintOf } from './views';

export type CreateProfileInput = z.output<(typeof profilesCalls)['profiles.create']['input']>;
export type UpdateProfileInput = z.output<(typeof profilesCalls)['profiles.update']['input']>;

export interface ProfileServiceOptions<C> {
  readonly dataDir: string;
  readonly vault: KeyVault;
  readonly log: Logger;
  readonly events: EventHub;
  readonly network: NetworkState;
  /** The allowlist extension shared with the shell; the sandbox origin is added on start. */
  readonly extraExternalOrigins: string[];
  /** null when the embedded sandbox is turned off (tests, `embeddedSandbox: false`). */
  readonly demo: DemoSandboxSource | null;
  readonly createClient: ClientFactory<C>;
  /** One cheap signed read with a client; see `testProfileConnection`. */
  readonly probeConnection: ConnectionProber<C>;
}

/**
 * The PandaPon accounts on this machine and which one is in use. Profile details live in
 * `<dataDir>/profiles.json`; secrets live only in the key vault. Mutations run one at a time so
 * the file and the vault never disagree because of two overlapping edits.
 */
export class ProfileService<C> {
  private readonly log: Logger;
  private readonly path: string;
  private readonly demo: DemoSandbox;
  private state: ProfilesFile;
  private pendingNotice: { code: string; message: string; values?: Record<string, string> } | null =
    null;
  private queue: Promise<unknown> = Promise.resolve();
  private cachedClient: { key: string; client: C } | null = null;

  constructor(private readonly options: ProfileServiceOptions<C>) {
    this.log = options.log.child('profiles');
    this.path = profilesPath(options.dataDir);
    this.demo = new DemoSandbox(options.demo, this.log, (origin) => {
      if (!options.extraExternalOrigins.includes(origin)) options.extraExternalOrigins.push(origin);
    });
    this.state = this.load();
  }

  // reading

  list(): ProfileList {
    this.flushNotice();
    const { activeId, profiles } = this.state;
    return {
      activeId,
      profiles: [
        demoProfileView(this.demo, activeId),
        ...profiles.map((profile) => profileView(profile, activeId)),
      ],
    };
  }

  get(profileId: string): ProfileView {
    if (profileId === DEMO_PROFILE_ID) return demoProfileView(this.demo, this.state.activeId);
    return profileView(this.stored(profileId), this.state.activeId);
  }

  active(): ProfileView {
    return this.get(this.state.activeId);
  }

  /** Main side only: the secret that signs this profile's requests. Never send it anywhere. */
  async secretFor(profileId: string): Promise<string> {
    if (profileId === DEMO_PROFILE_ID) {
      const credentials = this.demo.credentials;
      if (!credentials) throw sandboxOff();
      return credentials.secret;
    }
    const profile = this.stored(profileId);
    const secret = await this.options.vault.get(profileId);
    if (secret !== null) return secret;

    // With a D-Bus session but a locked keyring, libsecret answers reads with "nothing
    // stored"; ask the vault so the user hears about the keyring, not a missing secret.
    const status = await this.options.vault.available();
    if (!status.available) {
      throw new BridgeError({ code: 'keychain_unavailable', message: status.message });
    }
    throw noSecretSaved(profile.name, profileId);
  }

  /** Tests a saved profile's connection; never throws for the outcomes a user can fix. */
  test(profileId: string): Promise<ConnectionTestResult> {
    return testProfileConnection(this, profileId, this.options.probeConnection);
  }

  keychainStatus(): Promise<VaultStatus> {
    return this.options.vault.available();
  }

  // changing

  create(input: CreateProfileInput): Promise<ProfileView> {
    return this.serial(async () => {
      this.assertNameFree(input.name, null);
      const id = `p_${randomBytes(8).toString('hex')}`;
      const now = new Date().toISOString();

      // The secret goes first: when the keychain refuses, nothing is saved and the user's
      // form still holds what they typed.
      await this.options.vault.set(id, input.secret);
      const profile: StoredProfile = {
        id,
        name: input.name,
        baseUrl: input.baseUrl,
        accessKey: input.accessKey,
        userId: input.userId,
        timestampUnit: input.timestampUnit,
        secretHint: secretHintOf(input.secret),
        createdAt: now,
        updatedAt: now,
      };
      const activeId = input.activate ? id : this.state.activeId;
      try {
        this.commit({ ...this.state, activeId, profiles: [...this.state.profiles, profile] });
      } catch (error) {
        await this.options.vault.delete(id).catch(() => false);
        throw error;
      }
      this.log.info('profile created', { profileId: id, activated: input.activate });
      this.changed('created', id);
      return this.get(id);
    });
  }

  update(input: UpdateProfileInput): Promise<ProfileView> {
    return this.serial(async () => {
      if (input.id === DEMO_PROFILE_ID) throw demoIsBuiltIn('changed');
      const current = this.stored(input.id);
      if (input.name !== undefined) this.assertNameFree(input.name, input.id);

      if (input.secret !== undefined) await this.options.vault.set(input.id, input.secret);
      const next: StoredProfile = {
        ...current,
        name: input.name ?? current.name,
        baseUrl: input.baseUrl ?? current.baseUrl,
        accessKey: input.accessKey ?? current.accessKey,
        userId: input.userId ?? current.userId,
        timestampUnit: input.timestampUnit ?? current.timestampUnit,
        secretHint: input.secret !== undefined ? secretHintOf(input.secret) : current.secretHint,
        updatedAt: laterThan(current.updatedAt),
      };
      this.replace(next);
      this.log.info('profile updated', {
        profileId: input.id,
        secretRotated: input.secret !== undefined,
      });
      this.changed('updated', input.id);
      return this.get(input.id);
    });
  }

  delete(profileId: string): Promise<{ deleted: true; activeId: string }> {
    return this.serial(async () => {
      if (profileId === DEMO_PROFILE_ID) throw demoIsBuiltIn('deleted');
      const profile = this.stored(profileId);
      const activeId = this.state.activeId === profileId ? DEMO_PROFILE_ID : this.state.activeId;
      this.commit({
        ...this.state,
        activeId,
        profiles: this.state.profiles.filter((item) => item.id !== profileId),
      });

      try {
        await this.options.vault.delete(profileId);
      } catch (error) {
        // The profile is gone either way; say where the orphaned secret is so it can be removed.
        this.log.warn('secret of a deleted profile left in the keychain', { profileId, error });
        this.options.events.emit('app.notice', {
          kind: 'warning',
          code: 'profiles.secret_left_in_keychain',
          message: secretLeftInKeychain(profile.name, profileId),
          values: { name: profile.name, id: profileId },
        });
      }
      this.log.info('profile deleted', { profileId });
      this.changed('deleted', profileId);
      return { deleted: true as const, activeId };
    });
  }

  activate(profileId: string): Promise<ProfileView> {
    return this.serial(async () => {
      if (profileId !== DEMO_PROFILE_ID) this.stored(profileId);
      if (this.state.activeId !== profileId) {
        this.commit({ ...this.state, activeId: profileId });
        this.log.info('profile activated', { profileId });
        this.changed('activated', profileId);
      }
      return this.get(profileId);
    });
  }

  /** Saves the timestamp unit a connection test found to work. */
  rememberTimestampUnit(profileId: string, unit: 'ms' | 's'): Promise<void> {
    return this.serial(async () => {
      if (profileId === DEMO_PROFILE_ID) return;
      const current = this.stored(profileId);
      if (current.timestampUnit === unit) return;
      this.replace({ ...current, timestampUnit: unit, updatedAt: laterThan(current.updatedAt) });
      this.log.info('timestamp unit remembered', { profileId, unit });
      this.changed('updated', profileId);
    });
  }

  // clients

  /** A PandaPon client for the active profile; rebuilt when the profile changes. */
  async activeClient(): Promise<C> {
    const profile = this.active();
    const key = `${profile.id}@${profile.updatedAt}`;
    if (this.cachedClient?.key === key) return this.cachedClient.client;
    const client = await this.clientFor(profile.id);
    this.cachedClient = { key, client };
    return client;
  }

  /** A client for any profile (the connection test uses it for profiles not in use). */
  async clientFor(profileId: string): Promise<C> {
    const profile = this.get(profileId);
    let baseUrl = profile.baseUrl;
    if (profile.demo) {
      if (!this.demo.enabled) throw sandboxOff();
      baseUrl = (await this.demo.ensureStarted()).origin;
    }
    if (baseUrl === null) throw sandboxOff();
    return this.options.createClient({
      baseUrl,
      accessKey: profile.accessKey,
      userId: profile.userId,
      timestampUnit: profile.timestampUnit,
      getSecret: () => this.secretFor(profileId),
      log: this.options.log,
      onReachability: (online) => this.options.network.report(online),
    });
  }

  async close(): Promise<void> {
    await this.demo.close();
  }

  // internals

  private load(): ProfilesFile {
    const fresh: ProfilesFile = { version: 1, activeId: DEMO_PROFILE_ID, profiles: [] };
    const result = loadProfilesFile(this.path);
    if (result.kind === 'missing') return fresh;
    if (result.kind === 'moved_aside') {
      this.log.warn('profiles file moved aside', {
        movedTo: result.movedTo,
        reason: result.reason,
      });
      this.pendingNotice = {
        code: 'profiles.file_moved_aside',
        message: fileMovedAside(result.reason, result.movedTo),
        values: { file: result.movedTo },
      };
      return fresh;
    }
    const file = result.file;
    const known =
      file.activeId === DEMO_PROFILE_ID || file.profiles.some((p) => p.id === file.activeId);
    return known ? file : { ...file, activeId: DEMO_PROFILE_ID };
  }

  /** The renderer subscribes after main starts, so a load-time notice waits for the first list. */
  private flushNotice(): void {
    if (!this.pendingNotice) return;
    const notice = this.pendingNotice;
    this.pendingNotice = null;
    this.options.events.emit('app.notice', { kind: 'warning', ...notice });
  }

  private stored(profileId: string): StoredProfile {
    const profile = this.state.profiles.find((item) => item.id === profileId);
    if (profile) return profile;
    throw profileGone(profileId);
  }

  private assertNameFree(name: string, exceptId: string | null): void {
    const taken = [{ id: DEMO_PROFILE_ID, name: 'Demo' }, ...this.state.profiles].some(
      (item) => item.id !== exceptId && item.name.toLowerCase() === name.toLowerCase(),
    );
    if (taken) throw nameTaken(name);
  }

  private replace(profile: StoredProfile): void {
    this.commit({
      ...this.state,
      profiles: this.state.profiles.map((item) => (item.id === profile.id ? profile : item)),
    });
  }

  /** Writes first, then adopts: a failed write leaves memory matching the file on disk. */
  private commit(next: ProfilesFile): void {
    saveProfilesFile(this.path, next);
    this.state = next;
  }

  private changed(reason: 'created' | 'updated' | 'deleted' | 'activated', profileId: string) {
    this.options.events.emit('profiles.changed', {
      reason,
      profileId,
      activeId: this.state.activeId,
    });
  }

  private serial<T>(run: () => Promise<T>): Promise<T> {
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

/** A timestamp strictly after `previous`, so a cached client keyed by it is always rebuilt. */
function laterThan(previous: string): string {
  const now = Date.now();
  const last = Date.parse(previous);
  return new Date(now > last ? now : last + 1).toISOString();
}
