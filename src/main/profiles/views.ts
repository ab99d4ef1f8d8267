import type { ProfileView } from '../../shared/bridge/calls/profiles';
import type { StoredProfile } from './schema';

/** What the renderer may learn about a saved profile: never the secret, only its last four. */
export function profileView(profile: StoredProfile, activeId: string): ProfileView {
  return {
    id: profile.id,
    name: profile.name,
    baseUrl: profile.baseUrl,
    accessKey: profile.accessKey,
    userId: profile.userId,
    timestampUnit: profile.timestampUnit,
    demo: false,
    active: profile.id === activeId,
    hasSecret: profile.secretHint !== null,
    secretHint: profile.secretHint,
    createdAt: profile.createdAt,
    updatedAt: profile.updatedAt,
  };
}

/** Four characters are enough to tell two secrets apart and too few to guess the rest. */
export function secretHintOf(secret: string): string {
  return secret.slice(-4);
}
