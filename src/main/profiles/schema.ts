import { z } from 'zod';
import {
  accessKeySchema,
  baseUrlSchema,
  profileNameSchema,
  timestampUnitSchema,
  userIdSchema,
} from '../../shared/bridge/calls/profiles';

/** One saved profile as written in `profiles.json`. The secret is never part of it. */
export const storedProfileSchema = z.object({
  id: z.string().regex(/^p_[0-9a-f]{8,40}$/),
  name: profileNameSchema,
  baseUrl: baseUrlSchema,
  accessKey: accessKeySchema,
  userId: userIdSchema,
  timestampUnit: timestampUnitSchema,
  /**
   * The last four characters of the secret, kept so listing profiles never has to open the
   * keychain (which can prompt on macOS). The renderer is shown these four anyway.
   */
  secretHint: z.string().max(4).nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export type StoredProfile = z.infer<typeof storedProfileSchema>;

export const profilesFileSchema = z.object({
  version: z.literal(1),
  activeId: z.string(),
  profiles: z.array(storedProfileSchema).max(200),
});

export type ProfilesFile = z.infer<typeof profilesFileSchema>;
