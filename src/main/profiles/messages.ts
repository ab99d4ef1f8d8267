import { BridgeError } from '../../shared/bridge/errors';
import { KEYCHAIN_SERVICE } from '../keychain';

/** What the profile service tells a person, in one place (English; the renderer translates). */

export function noSecretSaved(profileName: string, profileId: string): BridgeError {
  return new BridgeError({
    code: 'not_found',
    message:
      `No access secret is saved for the profile "${profileName}". ` +
      'Edit the profile and enter its access secret.',
    details: { profileId },
  });
}

export function profileGone(profileId: string): BridgeError {
  return new BridgeError({
    code: 'not_found',
    message: 'This profile no longer exists. Reload the list of profiles.',
    details: { profileId },
  });
}

export function nameTaken(name: string): BridgeError {
  return new BridgeError({
    code: 'conflict',
    message: `A profile named "${name}" already exists. Choose another name.`,
    issues: [{ path: 'name', message: 'This name is already used by another profile.' }],
  });
}

export function demoIsBuiltIn(verb: 'changed' | 'deleted'): BridgeError {
  return new BridgeError({
    code: 'forbidden',
    message: `The Demo profile is built in and cannot be ${verb}. Add your own profile instead.`,
  });
}

export function sandboxOff(): BridgeError {
  return new BridgeError({
    code: 'no_profile',
    message:
      'The Demo profile is not available in this run (the embedded sandbox is turned off). ' +
      'Add a profile with your PandaPon access key.',
  });
}

export function secretLeftInKeychain(profileName: string, profileId: string): string {
  return (
    `The profile "${profileName}" was deleted, but its secret could not be removed from the ` +
    `OS keychain (entry "${KEYCHAIN_SERVICE}" / ${profileId}). ` +
    'Remove it there when the keychain is available.'
  );
}

export function fileMovedAside(reason: string, movedTo: string): string {
  return (
    `The saved profiles could not be read (${reason}). The file was kept as ${movedTo}; ` +
    'PandaPon Desk started with the Demo profile. Secrets in the OS keychain were not touched.'
  );
}
