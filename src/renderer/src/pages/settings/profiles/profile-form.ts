import {
  accessKeySchema,
  baseUrlSchema,
  DEFAULT_BASE_URL,
  profileNameSchema,
  secretSchema,
  userIdSchema,
  type ProfileView,
  type TimestampUnit,
} from '../../../../../shared/bridge/calls/profiles';
import type { BridgeIssue } from '../../../../../shared/bridge/errors';

/** What the profile form holds while the user types; the secret stays here only until sent. */
export interface ProfileDraft {
  readonly name: string;
  readonly accessKey: string;
  readonly secret: string;
  readonly userId: string;
  readonly baseUrl: string;
  readonly timestampUnit: TimestampUnit;
  readonly activate: boolean;
}

export type DraftField = 'name' | 'accessKey' | 'secret' | 'userId' | 'baseUrl';

/** Field → i18n key (profiles namespace) of what is wrong with it. */
export type DraftProblems = Partial<Record<DraftField, string>>;

export function emptyDraft(): ProfileDraft {
  return {
    name: '',
    accessKey: '',
    secret: '',
    userId: '',
    baseUrl: DEFAULT_BASE_URL,
    timestampUnit: 'ms',
    activate: true,
  };
}

export function draftOf(profile: ProfileView): ProfileDraft {
  return {
    name: profile.name,
    accessKey: profile.accessKey,
    secret: '',
    userId: profile.userId,
    baseUrl: profile.baseUrl ?? DEFAULT_BASE_URL,
    timestampUnit: profile.timestampUnit,
    activate: false,
  };
}

/**
 * Checks the draft with the same schemas main uses, so a mistake is shown at the field before
 * anything is sent. When editing, an empty secret means "keep the saved one".
 */
export function problemsOf(draft: ProfileDraft, editing: boolean): DraftProblems {
  const problems: DraftProblems = {};
  if (!profileNameSchema.safeParse(draft.name).success) problems.name = 'form.invalid.name';
  if (!accessKeySchema.safeParse(draft.accessKey).success)
    problems.accessKey = 'form.invalid.accessKey';
  if (!userIdSchema.safeParse(draft.userId).success) problems.userId = 'form.invalid.userId';
  if (!baseUrlSchema.safeParse(draft.baseUrl).success) problems.baseUrl = 'form.invalid.baseUrl';
  const keepSecret = editing && draft.secret === '';
  if (!keepSecret && !secretSchema.safeParse(draft.secret).success)
    problems.secret = 'form.invalid.secret';
  return problems;
}

/** Main's field issues (a bad input, a name already taken) mapped onto the form's fields. */
export function problemsFromIssues(
  issues: readonly BridgeIssue[] | undefined,
  code: string,
): DraftProblems {
  const problems: DraftProblems = {};
  for (const issue of issues ?? []) {
    const field = issue.path.split('.')[0] as DraftField;
    if (!['name', 'accessKey', 'secret', 'userId', 'baseUrl'].includes(field)) continue;
    problems[field] =
      code === 'conflict' && field === 'name' ? 'form.invalid.nameTaken' : `form.invalid.${field}`;
  }
  return problems;
}

/** Only what changed is sent; the secret only when a new one was typed. */
export function changesOf(profile: ProfileView, draft: ProfileDraft) {
  const trimmed = {
    name: draft.name.trim(),
    accessKey: draft.accessKey.trim(),
    userId: draft.userId.trim(),
    baseUrl: draft.baseUrl.trim().replace(/\/+$/, ''),
  };
  return {
    id: profile.id,
    ...(trimmed.name !== profile.name ? { name: trimmed.name } : {}),
    ...(trimmed.accessKey !== profile.accessKey ? { accessKey: trimmed.accessKey } : {}),
    ...(trimmed.userId !== profile.userId ? { userId: trimmed.userId } : {}),
    ...(trimmed.baseUrl !== profile.baseUrl ? { baseUrl: trimmed.baseUrl } : {}),
    ...(draft.timestampUnit !== profile.timestampUnit
      ? { timestampUnit: draft.timestampUnit }
      : {}),
    ...(draft.secret !== '' ? { secret: draft.secret } : {}),
  };
}
