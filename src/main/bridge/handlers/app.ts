import { platform } from 'node:os';
import type { AppInfo, appCalls } from '../../../shared/bridge/calls/app';
import { BridgeError } from '../../../shared/bridge/errors';
import type { MainContext } from '../../context';
import { isAllowedExternalUrl } from '../../shell/external-links';
import type { DomainHandlers } from './types';

export function appHandlers(ctx: MainContext): DomainHandlers<typeof appCalls> {
  return {
    'app.info': async () => ({
      name: 'PandaPon Desk',
      version: ctx.version,
      shell: ctx.hooks.shell,
      platform: platform(),
      dataDir: ctx.dataDir,
      logFile: ctx.logFile,
      online: ctx.network.online,
      profile: activeProfileSummary(ctx),
      startedAt: ctx.startedAt.toISOString(),
    }),

    'app.openExternal': async ({ url }) => {
      if (!isAllowedExternalUrl(url, ctx.extraExternalOrigins)) {
        throw new BridgeError({
          code: 'forbidden',
          message:
            'This link is not one PandaPon Desk opens (only PandaPon, 1688, Taobao, Tmall and Alipay).',
        });
      }
      return { opened: await ctx.hooks.openExternal(url) };
    },
  };
}

function activeProfileSummary(ctx: MainContext): AppInfo['profile'] {
  const { id, name, demo } = ctx.profiles.active();
  return { id, name, demo };
}
