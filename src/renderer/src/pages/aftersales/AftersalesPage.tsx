import {
  Alert,
  Button,
  Grid,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconReceiptRefund } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REVERSE_FILTERS, type ReverseFilter } from '../../../../shared/bridge/calls/aftersales';
import { useBridgeEvent, useBridgeQuery } from '../../bridge/hooks';
import { FreshnessBadge } from '../../components/FreshnessBadge';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { useConnection } from '../../stores/connection';
import { useNavigation } from '../../stores/navigation';
import { RequestForm } from './RequestForm';
import { ReverseDetail } from './ReverseDetail';
import { ReverseList, type CaseKey } from './ReverseList';

type PlatformChoice = 'all' | '1688' | 'taobao';

/** After-sales: the cases with status filters, one case's detail, and the request form. */
export function AftersalesPage() {
  const { t } = useTranslation('aftersales');
  const route = useNavigation((state) => state.route);
  const fromOrder = route.page === 'aftersales' && route.orderId ? route : null;
  const online = useConnection((state) => state.online);
  const client = useQueryClient();
  const [filter, setFilter] = useState<ReverseFilter>('all');
  const [platform, setPlatform] = useState<PlatformChoice>('all');
  const [selected, setSelected] = useState<CaseKey | null>(null);
  const [formOpen, setFormOpen] = useState(!!fromOrder);
  const input = { filter, ...(platform === 'all' ? {} : { platform }) };
  const list = useBridgeQuery('aftersales.list', input);

  useBridgeEvent(
    'aftersales.changed',
    useCallback(() => void client.invalidateQueries({ queryKey: ['aftersales.list'] }), [client]),
  );

  const rows = list.data?.data ?? [];
  return (
    <Stack gap="lg" maw={1280}>
      <Group justify="space-between" align="end">
        <div>
          <Title order={1} size="h2">
            {t('title')}
          </Title>
          <Text c="dimmed">{t('subtitle')}</Text>
        </div>
        <Group>
          {list.data ? <FreshnessBadge answer={list.data} /> : null}
          <Button variant="default" onClick={() => void list.refetch()} loading={list.isFetching}>
            {t('refresh')}
          </Button>
          <Button onClick={() => setFormOpen(true)} disabled={formOpen}>
            {t('newRequest')}
          </Button>
        </Group>
      </Group>

      {formOpen ? (
        <RequestForm
          key={fromOrder ? `${fromOrder.platform}:${fromOrder.orderId}` : 'new'}
          initial={
            fromOrder ? { orderId: fromOrder.orderId, platform: fromOrder.platform } : undefined
          }
          onClose={() => setFormOpen(false)}
          onFiled={(submission, filedOn) => {
            setFormOpen(false);
            if (submission.refundId)
              setSelected({ platform: filedOn, refundId: submission.refundId });
          }}
        />
      ) : null}

      <Group align="end">
        <div>
          <Text size="sm" fw={500} id="filter-label">
            {t('filter.label')}
          </Text>
          <SegmentedControl
            aria-labelledby="filter-label"
            value={filter}
            onChange={(value) => setFilter(value as ReverseFilter)}
            data={REVERSE_FILTERS.map((value) => ({ value, label: t(`filter.${value}`) }))}
          />
        </div>
        <Select
          label={t('platform.label')}
          value={platform}
          onChange={(value) => setPlatform((value as PlatformChoice | null) ?? 'all')}
          data={(['all', '1688', 'taobao'] as const).map((value) => ({
            value,
            label: t(`platform.${value}`),
          }))}
          allowDeselect={false}
          w={160}
        />
      </Group>
      {!online && list.data ? (
        <Alert color="gray" variant="light" role="status">
          {t('form.offline')}
        </Alert>
      ) : null}

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          {list.isPending ? <LoadingState /> : null}
          {list.error ? (
            <ErrorState error={list.error} onRetry={() => void list.refetch()} />
          ) : null}
          {list.data && rows.length === 0 ? (
            <EmptyState
              icon={<IconReceiptRefund size={26} />}
              title={filter === 'all' ? t('list.emptyTitle') : t('list.emptyFiltered')}
              hint={filter === 'all' ? t('list.emptyHint') : undefined}
            />
          ) : null}
          {rows.length > 0 ? (
            <ReverseList rows={rows} selected={selected} onOpen={setSelected} />
          ) : null}
          {platform !== 'taobao' ? (
            <Text size="xs" c="dimmed" mt="xs">
              {t('list.note1688')}
            </Text>
          ) : null}
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          {selected ? (
            <ReverseDetail key={`${selected.platform}:${selected.refundId}`} caseKey={selected} />
          ) : (
            <Text c="dimmed" size="sm">
              {t('detail.choose')}
            </Text>
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
