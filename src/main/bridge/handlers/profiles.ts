import type { profilesCalls } from '../../../shared/bridge/calls/profiles';
import type { MainContext } from '../../context';
import type { DomainHandlers } from './types';

export function profilesHandlers(ctx: MainContext): DomainHandlers<typeof profilesCalls> {
  return {
    'profiles.list': async () => ctx.profiles.list(),
    'profiles.create': (input) => ctx.profiles.create(input),
    'profiles.update': (input) => ctx.profiles.update(input),
    'profiles.delete': ({ id }) => ctx.profiles.delete(id),
    'profiles.activate': ({ id }) => ctx.profiles.activate(id),
    'profiles.test': ({ id }) => ctx.profiles.test(id),
    'profiles.keychainStatus': () => ctx.profiles.keychainStatus(),
  };
}
