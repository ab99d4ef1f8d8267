import { z } from 'zod';
import { defineCall, defineEvent } from '../define';

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly shell: 'electron' | 'browser';
  readonly platform: string;
  readonly dataDir: string;
  readonly logFile: string;
  readonly online: boolean;
  readonly profile: { readonly id: string; readonly name: string; readonly demo: boolean } | null;
  readonly startedAt: string;
}

export const appCalls = {
  'app.info': defineCall(z.object({}).strict()).returns<AppInfo>(),
  'app.openExternal': defineCall(z.object({ url: z.string().url().max(2048) }).strict()).returns<{
    opened: boolean;
  }>(),
};

export const appEvents = {
  'app.online': defineEvent<{ online: boolean; checkedAt: string }>(),
  /** Something the user should be told once (a database moved aside, an update ready …). */
  'app.notice': defineEvent<{
    kind: 'info' | 'warning' | 'error';
    code: string;
    /** English; the renderer shows its own translation of `code` with `values` when it has one. */
    message: string;
    /** The facts inside the message (a file name, a version), for the translations. */
    values?: Record<string, string | number>;
  }>(),
};
