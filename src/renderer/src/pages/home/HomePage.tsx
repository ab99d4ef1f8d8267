import { Alert, Grid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Platform } from '../../../../shared/bridge/calls/catalog';
import { useBridgeQuery } from '../../bridge/hooks';
import { ErrorState } from '../../components/states';
import { useNavigation } from '../../stores/navigation';
import { useSearch } from '../../stores/search';
import { readSearchImage } from '../search/image-file';
import { SearchBar } from '../search/SearchBar';
import { AboutCard } from './AboutCard';
import { RecentProducts } from './RecentProducts';
import { Shortcuts } from './Shortcuts';
import { WorkingAs } from './WorkingAs';

/**
 * The start screen of a purchasing agent's day: the search box (keyword, link or picture), the
 * other starting points, what was seen lately, and which account the work goes to.
 */
export function HomePage() {
  const { t } = useTranslation('app');
  const { t: tSearch } = useTranslation('search');
  const go = useNavigation((state) => state.go);
  const { platform, setPlatform, setImage } = useSearch();
  const [imageError, setImageError] = useState<string | null>(null);
  // When main does not answer at all (a refused page, a stopped app), one alert says so instead
  // of one per block.
  const info = useBridgeQuery('app.info', {});
  if (info.isError) {
    return (
      <Stack gap="lg" maw={1200}>
        <Title order={1} size="h2">
          {t('home.title')}
        </Title>
        <ErrorState error={info.error} onRetry={() => void info.refetch()} />
      </Stack>
    );
  }

  const search = (query: string, chosen: Platform) => {
    setImage(null);
    go({ page: 'search', query, platform: chosen });
  };
  const searchByImage = async (file: File) => {
    const read = await readSearchImage(file);
    if (!read.ok) {
      setImageError(tSearch(`image.${read.reason}`));
      return;
    }
    setImage(read.image);
    setPlatform('1688');
    go({ page: 'search', platform: '1688' });
  };

  return (
    <Stack gap="xl" maw={1200}>
      <Stack gap="sm">
        <div>
          <Title order={1} size="h2">
            {t('home.title')}
          </Title>
          <Text c="dimmed">{t('home.subtitle')}</Text>
        </div>
        <SearchBar
          platform={platform}
          onPlatform={setPlatform}
          onSubmit={search}
          onImage={(file) => void searchByImage(file)}
        />
        {imageError ? (
          <Alert
            color="red"
            role="alert"
            withCloseButton
            onClose={() => setImageError(null)}
            closeButtonLabel={t('dismiss')}
          >
            {imageError}
          </Alert>
        ) : null}
      </Stack>

      <Shortcuts />

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <RecentProducts />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <WorkingAs />
        </Grid.Col>
      </Grid>

      <AboutCard />
    </Stack>
  );
}
