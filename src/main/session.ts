import { basename, join } from 'node:path';
import type { EventPayload } from '../shared/bridge';
import type { ProfileView } from '../shared/bridge/calls/profiles';
import type { Sourced } from '../shared/bridge/sourced';
import type { EventHub } from './events';
import type { Logger } from './log';
import { createOutbox, type Outbox } from './outbox';
import type { DeskClient, DeskProfileService } from './profiles';
import {
  createCachedReader,
  openProfileStore,
  type CachedReader,
  type ProfileStore,
} from './store';

/**
 * Everything that works on one profile's behalf: its PandaPon client (signing with the secret from
 * the keychain), its local store file, a cached reader over both, and its outbox. Features reach
 * it through `ctx.session()`, which always answers for the active profile.
 */
export interface ProfileSession {
  readonly profile: ProfileView;
  readonly client: DeskClient;
  readonly store: ProfileStore;
  readonly outbox: Outbox;
  /** A read through the local store: fresh cache, stale-while-revalidate, offline fallback. */
  read(endpoint: string, input: unknown, options?: SessionReadOptions): Promise<Sourced<unknown>>;
}

export interface SessionReadOptions {
  /** Ask PandaPon now even when a fresh answer is cached (still falls back to it offline). */
  readonly refresh?: boolean;
  readonly fresh?: boolean;
  /** Do not keep the answer (an image search: its input is a picture). */
  readonly noCache?: boolean;
  readonly maxAgeMs?: number;
}

export interface SessionManagerOptions {
  readonly dataDir: string;
  readonly profiles: DeskProfileService;
  readonly events: EventHub;
  readonly log: Logger;
}

interface OpenSession extends ProfileSession {
  readonly reader: CachedReader;
}

/** The store file of a profile: `<dataDir>/profiles/<id>/store.sqlite`. */
export function storeFileOf(dataDir: string, profileId: string): string {
  return join(dataDir, 'profiles', profileId, 'store.sqlite');
}

export class SessionManager {
  private readonly sessions = new Map<string, Promise<OpenSession>>();
  private readonly opened = new Map<string, OpenSession>();
  private readonly log: Logger;
  private readonly unsubscribe: () => void;

  constructor(private readonly options: SessionManagerOptions) {
    this.log = options.log.child('session');
    this.unsubscribe = options.events.subscribe((name, payload) => {
      if (name !== 'profiles.changed') return;
      const change = payload as EventPayload<'profiles.changed'>;
      // A deleted profile's file stays on disk (it may hold unsent intents) but is closed now;
      // an edited one is reopened so a new key or address takes effect.
      if (change.reason === 'deleted' || change.reason === 'updated') {
        void this.closeProfile(change.profileId);
      }
    });
  }

  /** The active profile's session, opened on first use and kept for the run. */
  active(): Promise<ProfileSession> {
    return this.open(this.options.profiles.active().id);
  }

  /** The active profile's store when it is already open (the store.* calls), else null. */
  activeStore(): ProfileStore | null {
    return this.opened.get(this.options.profiles.active().id)?.store ?? null;
  }

  /** Opens the active profile's store if needed and returns it. */
  async openActiveStore(): Promise<ProfileStore> {
    return (await this.active()).store;
  }

  private open(profileId: string): Promise<OpenSession> {
    let session = this.sessions.get(profileId);
    if (!session) {
      session = this.create(profileId).then(
        (opened) => {
          this.opened.set(profileId, opened);
          return opened;
        },
        (error: unknown) => {
          this.sessions.delete(profileId); // let the next call try again
          throw error;
        },
      );
      this.sessions.set(profileId, session);
    }
    return session;
  }

  private async create(profileId: string): Promise<OpenSession> {
    const { profiles, events, dataDir } = this.options;
    const client = await profiles.clientFor(profileId);
    const profile = profiles.get(profileId);
    const store = openProfileStore({
      file: storeFileOf(dataDir, profileId),
      profileId,
      log: this.options.log,
      onNotice: (notice) =>
        events.emit('app.notice', {
          kind: notice.kind,
          code: notice.code,
          message: notice.message,
          values: {
            file: basename(notice.movedTo),
            outbox: notice.carriedOver.outbox,
            batches: notice.carriedOver.batches,
          },
        }),
    });
    const reader = createCachedReader({
      store,
      fetch: (endpoint, input) => client.call(endpoint as never, input as never),
      log: this.options.log,
      onRefreshed: (refreshed) =>
        events.emit('store.refreshed', {
          endpoint: refreshed.endpoint,
          cacheKey: refreshed.cacheKey,
          fetchedAt: refreshed.fetchedAt,
        }),
    });
    const outbox = createOutbox({
      db: store.db,
      client: { call: (endpoint, input) => client.call(endpoint as never, input as never) },
      log: this.options.log,
    });
    void outbox.reconcilePending().catch((error: unknown) => {
      this.log.warn('start-up reconciliation failed', { error });
    });
    this.log.info('profile session opened', { profileId, demo: profile.demo });

    return {
      profile,
      client,
      store,
      outbox,
      reader,
      read: async (endpoint, input, options = {}) => {
        if (options.noCache) {
          const data = await client.call(endpoint as never, input as never);
          return { data, source: 'network', fetchedAt: new Date().toISOString(), stale: false };
        }
        const answer = await reader.read(endpoint, input, {
          forceRefresh: options.refresh === true || options.fresh === true,
          ...(options.maxAgeMs === undefined ? {} : { maxAgeMs: options.maxAgeMs }),
        });
        return {
          data: answer.data,
          source: answer.source,
          fetchedAt: answer.fetchedAt,
          stale: answer.stale,
        };
      },
    };
  }

  private async closeProfile(profileId: string): Promise<void> {
    const session = this.opened.get(profileId);
    this.sessions.delete(profileId);
    this.opened.delete(profileId);
    if (!session) return;
    await session.reader.settled();
    session.store.close();
  }

  async close(): Promise<void> {
    this.unsubscribe();
    for (const profileId of [...this.opened.keys()]) await this.closeProfile(profileId);
  }
}
