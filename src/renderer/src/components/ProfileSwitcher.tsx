import { Badge, Button, Menu, Text } from '@mantine/core';
import { IconCheck, IconChevronDown, IconSettings, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  useActivateProfile,
  useProfileChangeSync,
  useProfileList,
} from '../pages/settings/profiles/useProfiles';
import { useNavigation } from '../stores/navigation';
import { useErrorText } from './states';

/**
 * The header's profile switcher: which PandaPon account is in use, and a one-step switch to
 * another. It also keeps every view in step with profile changes made anywhere.
 */
export function ProfileSwitcher() {
  const { t } = useTranslation('profiles');
  const go = useNavigation((state) => state.go);
  const errorText = useErrorText();
  const list = useProfileList();
  const activate = useActivateProfile();
  useProfileChangeSync();

  const profiles = list.data?.profiles ?? [];
  const active = profiles.find((profile) => profile.active) ?? null;
  const name = active?.name ?? '…';

  return (
    <Menu position="bottom-end" shadow="md" width={260} withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconUserCircle size={16} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          loading={activate.isPending}
          aria-label={t('switcher.label', { name })}
          data-testid="profile-switcher"
          maw={220}
        >
          <Text span size="xs" truncate>
            {name}
          </Text>
          {active?.demo ? (
            <Badge size="xs" variant="light" color="grape" ml={6}>
              {t('demo')}
            </Badge>
          ) : null}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('switcher.heading')}</Menu.Label>
        {profiles.map((profile) => (
          <Menu.Item
            key={profile.id}
            leftSection={
              profile.active ? <IconCheck size={14} aria-hidden /> : <span style={{ width: 14 }} />
            }
            aria-current={profile.active ? 'true' : undefined}
            onClick={() => !profile.active && activate.mutate(profile.id)}
            rightSection={
              profile.demo ? (
                <Badge size="xs" variant="light" color="grape">
                  {t('demo')}
                </Badge>
              ) : null
            }
          >
            {profile.name}
          </Menu.Item>
        ))}
        {activate.isError ? (
          <Text size="xs" c="red" px="sm" py={4} role="alert">
            {t('switcher.failed')} {errorText(activate.error)}
          </Text>
        ) : null}
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconSettings size={14} aria-hidden />}
          onClick={() => go({ page: 'settings', section: 'profiles' })}
        >
          {t('switcher.manage')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
