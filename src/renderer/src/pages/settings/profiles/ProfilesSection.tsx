import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileView } from '../../../../../shared/bridge/calls/profiles';
import { ErrorState, LoadingState, useErrorText } from '../../../components/states';
import { DeleteProfileModal } from './DeleteProfileModal';
import { KeychainNotice } from './KeychainNotice';
import { ProfileCard, type ProfileCardActions } from './ProfileCard';
import { ProfileFormModal } from './ProfileFormModal';
import {
  useActivateProfile,
  useKeychainStatus,
  useProfileList,
  useTestConnection,
} from './useProfiles';

/** The built-in Demo profile first, then the user's own in the order they were added. */
function ordered(profiles: readonly ProfileView[]): ProfileView[] {
  return [...profiles].sort((a, b) => Number(b.demo) - Number(a.demo));
}

/** Settings → Profiles: list, add, edit, test, switch and delete PandaPon accounts. */
export function ProfilesSection() {
  const { t } = useTranslation('profiles');
  const errorText = useErrorText();
  const list = useProfileList();
  const keychain = useKeychainStatus();
  const activate = useActivateProfile();
  const test = useTestConnection();
  const [form, setForm] = useState<{ open: boolean; profile: ProfileView | null }>({
    open: false,
    profile: null,
  });
  const [deleting, setDeleting] = useState<ProfileView | null>(null);

  const actions: ProfileCardActions = {
    onUse: (profile) => activate.mutate(profile.id),
    onTest: (profile) => test(profile.id),
    onEdit: (profile) => setForm({ open: true, profile }),
    onDelete: setDeleting,
    activating: activate.isPending ? (activate.variables ?? null) : null,
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text size="sm" c="dimmed" maw={640}>
          {t('hint')}
        </Text>
        <Button
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setForm({ open: true, profile: null })}
        >
          {t('actions.add')}
        </Button>
      </Group>

      {keychain.data ? (
        <KeychainNotice
          status={keychain.data}
          checking={keychain.isFetching}
          onRecheck={() => void keychain.refetch()}
        />
      ) : null}

      {activate.isError ? (
        <Alert
          color="red"
          variant="light"
          role="alert"
          withCloseButton
          onClose={() => activate.reset()}
        >
          {errorText(activate.error)}
        </Alert>
      ) : null}

      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Stack
          component="ul"
          gap="sm"
          aria-label={t('listLabel')}
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
        >
          {ordered(list.data.profiles).map((profile) => (
            <ProfileCard key={profile.id} profile={profile} actions={actions} />
          ))}
        </Stack>
      )}

      <ProfileFormModal
        opened={form.open}
        profile={form.profile}
        onClose={() => setForm((current) => ({ ...current, open: false }))}
      />
      <DeleteProfileModal profile={deleting} onClose={() => setDeleting(null)} />
    </Stack>
  );
}
