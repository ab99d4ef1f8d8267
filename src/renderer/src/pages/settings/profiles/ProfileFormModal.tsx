import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  PasswordInput,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconLock } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileView, TimestampUnit } from '../../../../../shared/bridge/calls/profiles';
import { bridge } from '../../../bridge/client';
import { errorInfoOf, useErrorText } from '../../../components/states';
import { KeychainNotice } from './KeychainNotice';
import {
  changesOf,
  draftOf,
  emptyDraft,
  problemsFromIssues,
  problemsOf,
  type DraftField,
  type DraftProblems,
  type ProfileDraft,
} from './profile-form';
import { useKeychainStatus, useTestConnection } from './useProfiles';

/**
 * Adds a profile, or edits one (`profile` given). Saving runs a connection test at once, so the
 * user learns straight away whether the key and secret work. A refusal keeps what was typed.
 */
export function ProfileFormModal({
  opened,
  profile,
  onClose,
}: {
  opened: boolean;
  profile: ProfileView | null;
  onClose(): void;
}) {
  const { t } = useTranslation('profiles');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={profile ? t('form.editTitle', { name: profile.name }) : t('form.addTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('form.cancel') }}
    >
      {/* Mounted per opening, so a closed form forgets the secret that was typed into it. */}
      {opened ? <ProfileForm profile={profile} onDone={onClose} /> : null}
    </Modal>
  );
}

function ProfileForm({ profile, onDone }: { profile: ProfileView | null; onDone(): void }) {
  const { t } = useTranslation('profiles');
  const client = useQueryClient();
  const errorText = useErrorText();
  const keychain = useKeychainStatus();
  const test = useTestConnection();
  const editing = profile !== null;
  const [draft, setDraft] = useState<ProfileDraft>(() =>
    profile ? draftOf(profile) : emptyDraft(),
  );
  const [shown, setShown] = useState<DraftProblems>({});
  const [triedToSave, setTriedToSave] = useState(false);

  const save = useMutation({
    mutationFn: async (value: ProfileDraft): Promise<ProfileView> => {
      if (profile) return bridge.call('profiles.update', changesOf(profile, value));
      return bridge.call('profiles.create', {
        name: value.name,
        accessKey: value.accessKey,
        secret: value.secret,
        userId: value.userId,
        baseUrl: value.baseUrl,
        timestampUnit: value.timestampUnit,
        activate: value.activate,
      });
    },
    onSuccess: async (saved, value) => {
      await client.invalidateQueries(
        !editing && value.activate ? {} : { queryKey: ['profiles.list'] },
      );
      test(saved.id);
      onDone();
    },
    onError: (error) => {
      const info = errorInfoOf(error);
      setShown(problemsFromIssues(info.issues, info.code));
      if (info.code === 'keychain_unavailable') void keychain.refetch();
    },
  });

  const problems = problemsOf(draft, editing);
  const set = <K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    if (key in shown) setShown(({ [key as DraftField]: _fixed, ...rest }) => rest);
  };
  const errorOf = (field: DraftField) => {
    const key = shown[field] ?? (triedToSave ? problems[field] : undefined);
    return key ? t(key) : undefined;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTriedToSave(true);
    if (Object.keys(problems).length > 0) return;
    save.mutate(draft);
  };

  const failure = save.isError ? errorInfoOf(save.error) : null;
  const keychainDown = keychain.data?.available === false;
  const secretHint = !editing
    ? t('form.secretHintNew')
    : profile.secretHint
      ? t('form.secretHintEdit', { hint: profile.secretHint })
      : t('form.secretHintEditNone');

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={editing ? t('form.editTitle', { name: profile.name }) : t('form.addTitle')}
    >
      <Stack gap="sm">
        {/* Said before anything is typed: a secret cannot be saved until the keychain works. */}
        {keychain.data && keychainDown ? (
          <KeychainNotice
            status={keychain.data}
            checking={keychain.isFetching}
            onRecheck={() => void keychain.refetch()}
          />
        ) : null}
        <TextInput
          label={t('form.name')}
          description={t('form.nameHint')}
          required
          data-autofocus
          value={draft.name}
          onChange={(event) => set('name', event.currentTarget.value)}
          error={errorOf('name')}
          maxLength={60}
        />
        <TextInput
          label={t('accessKey')}
          description={t('form.accessKeyHint')}
          required
          autoComplete="off"
          spellCheck={false}
          value={draft.accessKey}
          onChange={(event) => set('accessKey', event.currentTarget.value)}
          error={errorOf('accessKey')}
        />
        <PasswordInput
          label={t('secret')}
          description={secretHint}
          required={!editing}
          autoComplete="new-password"
          leftSection={<IconLock size={16} aria-hidden />}
          value={draft.secret}
          onChange={(event) => set('secret', event.currentTarget.value)}
          error={errorOf('secret')}
        />
        <TextInput
          label={t('userId')}
          description={t('form.userIdHint')}
          required
          autoComplete="off"
          spellCheck={false}
          value={draft.userId}
          onChange={(event) => set('userId', event.currentTarget.value)}
          error={errorOf('userId')}
        />
        <TextInput
          label={t('baseUrl')}
          description={t('form.baseUrlHint')}
          required
          type="url"
          spellCheck={false}
          value={draft.baseUrl}
          onChange={(event) => set('baseUrl', event.currentTarget.value)}
          error={errorOf('baseUrl')}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="timestamp-unit-label">
            {t('timestampUnit')}
          </Text>
          <Text size="xs" c="dimmed" id="timestamp-unit-hint">
            {t('form.timestampHint')}
          </Text>
          <SegmentedControl
            aria-labelledby="timestamp-unit-label"
            aria-describedby="timestamp-unit-hint"
            value={draft.timestampUnit}
            onChange={(value) => set('timestampUnit', value as TimestampUnit)}
            data={[
              { value: 'ms', label: t('unit.ms') },
              { value: 's', label: t('unit.s') },
            ]}
            style={{ alignSelf: 'flex-start' }}
          />
        </Stack>
        {!editing ? (
          <Checkbox
            label={t('form.activate')}
            checked={draft.activate}
            onChange={(event) => set('activate', event.currentTarget.checked)}
          />
        ) : null}

        {failure && !(failure.code === 'keychain_unavailable' && keychainDown) ? (
          <Alert color="red" variant="light" role="alert">
            {errorText(save.error)}
          </Alert>
        ) : null}

        <Group justify="flex-end" gap="sm" mt="sm">
          <Button variant="default" onClick={onDone} type="button">
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
