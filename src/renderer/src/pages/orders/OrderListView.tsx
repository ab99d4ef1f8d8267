import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFilterOff, IconPackageOff, IconRefresh, IconWifiOff } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FreshnessBadge } from '../../components/FreshnessBadge';
import { EmptyState, ErrorState, LoadingState, useErrorText } from '../../components/states';
import { formatAge, formatNumber } from '../../i18n/format';
import { useConnection } from '../../stores/connection';
import { useNavigation } from '../../stores/navigation';
import { useOrderFilters } from './filters-store';
import { hasFilters, listRequestOf } from './order-filters';
import { OrderFiltersBar } from './OrderFiltersBar';
import { OrderList } from './OrderList';
import type { OrderRef } from './payment-watch';
import { PaidNotices, PaymentWatchHint } from './PaymentWatchNotices';
import { usePaymentWatch } from './usePaymentWatch';
import { useOrders } from './useOrders';

/** Every order of both platforms, newest first, filtered on this computer. */
export function OrderListView() {
  const { t } = useTranslation('orders');
  const errorText = useErrorText();
  const go = useNavigation((state) => state.go);
  const online = useConnection((state) => state.online);
  const filters = useOrderFilters((state) => state.filters);
  const clear = useOrderFilters((state) => state.clear);
  // Typing in the text box asks main once the user pauses.
  const [debounced] = useDebouncedValue(filters, 300);
  const { request, problem } = useMemo(() => listRequestOf(debounced), [debounced]);
  const { query, refresh } = useOrders(request);
  const orders = query.data?.data ?? [];
  const [unpaidInView, setUnpaidInView] = useState<readonly OrderRef[]>([]);
  const watch = usePaymentWatch(unpaidInView);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('title')}
        </Title>
        <Group gap="sm">
          {query.data ? <FreshnessBadge answer={query.data} /> : null}
          <Button
            size="xs"
            variant="light"
            leftSection={<IconRefresh size={14} />}
            loading={refresh.isPending}
            onClick={() => refresh.mutate()}
          >
            {t('refresh')}
          </Button>
        </Group>
      </Group>
      <OrderFiltersBar dateProblem={problem === 'dateOrder'} />
      <PaidNotices />
      {!online && query.data && query.data.source !== 'network' ? (
        <Group gap={6} wrap="nowrap">
          <IconWifiOff size={16} color="var(--mantine-color-orange-8)" aria-hidden />
          <Text size="sm" c="orange.9" role="status">
            {t('offlineHint', { age: formatAge(query.data.fetchedAt) })}
          </Text>
        </Group>
      ) : null}
      {refresh.isError ? (
        <Alert color="red" role="alert" withCloseButton onClose={() => refresh.reset()}>
          {errorText(refresh.error)}
        </Alert>
      ) : null}
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : orders.length === 0 ? (
        hasFilters(filters) ? (
          <EmptyState
            title={t('noMatchTitle')}
            hint={t('noMatchHint')}
            icon={<IconFilterOff size={26} />}
            action={
              <Button variant="light" onClick={clear}>
                {t('filters.clear')}
              </Button>
            }
          />
        ) : (
          <EmptyState
            title={t('emptyTitle')}
            hint={t('emptyHint')}
            icon={<IconPackageOff size={26} />}
          />
        )
      ) : (
        <>
          <Group justify="space-between" gap="sm">
            <Text size="sm" c="dimmed" role="status" data-testid="orders-count">
              {t('count', { count: formatNumber(orders.length) })}
            </Text>
            <PaymentWatchHint watch={watch} />
          </Group>
          <OrderList
            orders={orders}
            onOpen={(order) => go({ page: 'orders', orderId: order.id, platform: order.platform })}
            onUnpaidInView={setUnpaidInView}
          />
        </>
      )}
    </Stack>
  );
}
