import {
  ActionIcon,
  Button,
  CloseButton,
  FileButton,
  Group,
  SegmentedControl,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconPhotoSearch, IconSearch } from '@tabler/icons-react';
import type { ClipboardEvent, FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Platform } from '../../../../shared/bridge/calls/catalog';
import { useSearch } from '../../stores/search';
import { ACCEPT_ATTRIBUTE, imageIn } from './image-file';

export interface SearchBarProps {
  onSubmit(query: string, platform: Platform): void;
  onImage(file: File): void;
  onPlatform(platform: Platform): void;
  readonly platform: Platform;
}

/** The one search box: keyword, link, id or share text; a picture by button or paste. */
export function SearchBar({ onSubmit, onImage, onPlatform, platform }: SearchBarProps) {
  const { t } = useTranslation('search');
  const draft = useSearch((state) => state.draft);
  const setDraft = useSearch((state) => state.setDraft);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const query = draft.trim();
    if (query) onSubmit(query, platform);
  };
  const paste = (event: ClipboardEvent<HTMLInputElement>) => {
    const file = imageIn(event.clipboardData?.items);
    if (file) {
      event.preventDefault();
      onImage(file);
    }
  };

  return (
    <form onSubmit={submit} role="search" aria-label={t('title')}>
      <Group gap="sm" align="flex-start" wrap="wrap">
        <SegmentedControl
          aria-label={t('platform')}
          value={platform}
          onChange={(value) => onPlatform(value as Platform)}
          data={[
            { value: '1688', label: t('platform1688') },
            { value: 'taobao', label: t('platformTaobao') },
          ]}
        />
        <TextInput
          style={{ flex: 1, minWidth: 260 }}
          type="search"
          aria-label={t('box')}
          placeholder={t('boxPlaceholder')}
          description={t('boxHint')}
          inputWrapperOrder={['label', 'input', 'description']}
          value={draft}
          onChange={(event) => setDraft(event.currentTarget.value)}
          onPaste={paste}
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={
            draft ? <CloseButton aria-label={t('clear')} onClick={() => setDraft('')} /> : null
          }
          autoFocus
        />
        <Button type="submit">{t('submit')}</Button>
        <FileButton onChange={(file) => file && onImage(file)} accept={ACCEPT_ATTRIBUTE}>
          {(props) => (
            <Tooltip label={t('image.drop')}>
              <ActionIcon {...props} size={36} variant="light" aria-label={t('image.pick')}>
                <IconPhotoSearch size={20} />
              </ActionIcon>
            </Tooltip>
          )}
        </FileButton>
      </Group>
    </form>
  );
}
