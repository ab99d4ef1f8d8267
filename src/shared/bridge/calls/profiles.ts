import { z } from 'zod';
import { defineCall, defineEvent } from '../define';

/**
 * Profiles: the PandaPon accounts on this machine. The secret goes in (create, update) and never
 * comes back out: answers and events carry only `hasSecret` and `secretHint` (last four).
 */

export const DEFAULT_BASE_URL = 'https://api.pandapon.com';

export const profileNameSchema = z
  .string()
  .trim()
  .min(1, 'Give the profile a name.')
  .max(60, 'A profile name has at most 60 characters.');

export const baseUrlSchema = z
  .string()
  .trim()
  .max(300)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (
        (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password
      );
    } catch {
      return false;
    }
  }, 'The base URL must be an http:// or https:// address without a user name or password.')
  // One spelling for one server: no trailing slash, so paths join the same way everywhere.
  .transform((value) => value.replace(/\/+$/, ''));

/** PandaPon access keys are 32 hex characters; other lengths are allowed for white-label hosts. */
export const accessKeySchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{8,128}$/, 'The access key has 8 to 128 letters, digits, "-" or "_".');

/** PandaPon user-ids are digits (e.g. 2100007341207); letters are allowed for sub-accounts. */
export const userIdSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'The user-id has 1 to 64 letters, digits, "-" or "_".');

export const secretSchema = z
  .string()
  .trim()
  .min(8, 'The access secret has at least 8 characters.')
  .max(256, 'The access secret has at most 256 characters.')
  .regex(/^[\x21-\x7e]+$/, 'The access secret has no spaces or non-ASCII characters.');

export const timestampUnitSchema = z.enum(['ms', 's']);
export type TimestampUnit = z.infer<typeof timestampUnitSchema>;

const profileId = z.string().min(1).max(64);

export interface ProfileView {
  readonly id: string;
  readonly name: string;
  /** null for the Demo profile until its embedded sandbox has started. */
  readonly baseUrl: string | null;
  readonly accessKey: string;
  readonly userId: string;
  readonly timestampUnit: TimestampUnit;
  readonly demo: boolean;
  readonly active: boolean;
  readonly hasSecret: boolean;
  /** The last four characters of the secret, or null when none is saved. */
  readonly secretHint: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface ProfileList {
  readonly activeId: string;
  readonly profiles: readonly ProfileView[];
}

export type ConnectionOutcome =
  | 'ok'
  | 'auth_rejected'
  | 'clock_skew'
  | 'unreachable'
  | 'not_pandapon'
  | 'no_secret'
  | 'keychain_unavailable'
  | 'pandapon_error';

export interface ConnectionTestResult {
  readonly profileId: string;
  readonly outcome: ConnectionOutcome;
  /** English, says what happened and what to do; the renderer translates by `outcome`. */
  readonly message: string;
  /** How far this computer's clock is from PandaPon's, in seconds (positive = ahead). */
  readonly skewSeconds?: number;
  /** The unit that worked, now saved on the profile. */
  readonly timestampUnit?: TimestampUnit;
  readonly latencyMs?: number;
  readonly requestId?: string;
  readonly testedAt: string;
}

export type KeychainStatus =
  | { readonly available: true; readonly backend: 'os-keychain' | 'memory' }
  | {
      readonly available: false;
      readonly backend: 'os-keychain' | 'memory';
      readonly problem:
        'module_missing' | 'no_session_bus' | 'keyring_locked' | 'access_denied' | 'unknown';
      readonly message: string;
    };

export const profilesCalls = {
  'profiles.list': defineCall(z.object({}).strict()).returns<ProfileList>(),
  'profiles.create': defineCall(
    z
      .object({
        name: profileNameSchema,
        baseUrl: baseUrlSchema.default(DEFAULT_BASE_URL),
        accessKey: accessKeySchema,
        userId: userIdSchema,
        timestampUnit: timestampUnitSchema.default('ms'),
        secret: secretSchema,
        /** Make it the active profile right away. */
        activate: z.boolean().default(false),
      })
      .strict(),
  ).returns<ProfileView>(),
  /** Fields left out stay as they are; the secret is replaced only when one is given. */
  'profiles.update': defineCall(
    z
      .object({
        id: profileId,
        name: profileNameSchema.optional(),
        baseUrl: baseUrlSchema.optional(),
        accessKey: accessKeySchema.optional(),
        userId: userIdSchema.optional(),
        timestampUnit: timestampUnitSchema.optional(),
        secret: secretSchema.optional(),
      })
      .strict(),
  ).returns<ProfileView>(),
  'profiles.delete': defineCall(z.object({ id: profileId }).strict()).returns<{
    deleted: true;
    activeId: string;
  }>(),
  'profiles.activate': defineCall(z.object({ id: profileId }).strict()).returns<ProfileView>(),
  /** One cheap signed read with the saved profile; tries the other timestamp unit if needed. */
  'profiles.test': defineCall(z.object({ id: profileId }).strict()).returns<ConnectionTestResult>(),
  'profiles.keychainStatus': defineCall(z.object({}).strict()).returns<KeychainStatus>(),
};

export type ProfilesChangeReason = 'created' | 'updated' | 'deleted' | 'activated' | 'tested';

export const profilesEvents = {
  /** The list or the active profile changed; `activeId` is the profile now in use. */
  'profiles.changed': defineEvent<{
    reason: ProfilesChangeReason;
    profileId: string;
    activeId: string;
  }>(),
};
