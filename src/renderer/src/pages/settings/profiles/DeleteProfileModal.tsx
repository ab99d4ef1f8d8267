import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProfileView } from '../../../../../shared/bridge/calls/profiles';
import { useErrorText } from '../../../components/states';
import { useDeleteProfile } from './useProfiles';

/** Asks before a profile and its keychain secret are removed; says what stays untouched. */
export function DeleteProfileModal({
  profile,
  onClose,
}: {
  profile: ProfileView | null;
  onClose(): void;
}) {
  const { t } = useTranslation('profiles');
  const errorText = useErrorText();
  const remove = useDeleteProfile();
  const close = () => {
    remove.reset();
    onClose();
  };

  return (
    <Modal
      opened={profile !== null}
      onClose={close}
      title={profile ? t('deleteDialog.title', { name: profile.name }) : ''}
      closeButtonProps={{ 'aria-label': t('deleteDialog.cancel') }}
    >
      {profile ? (
        <Stack gap="sm">
          <Text size="sm">{t('deleteDialog.body')}</Text>
          {profile.active ? (
            <Text size="sm" fw={500}>
              {t('deleteDialog.activeNote')}
            </Text>
          ) : null}
          {remove.isError ? (
            <Alert color="red" variant="light" role="alert">
              {errorText(remove.error)}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm" mt="sm">
            <Button variant="default" onClick={close} data-autofocus>
              {t('deleteDialog.cancel')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() => remove.mutate(profile.id, { onSuccess: close })}
            >
              {t('deleteDialog.confirm')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
