import { Button, Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Platform } from '../../../../shared/bridge/calls/catalog';
import { ORDER_STATUSES, type OrderStatus } from '../../../../shared/bridge/calls/orders';
import { useOrderFilters } from './filters-store';
import { LocaleDateInput } from './LocaleDateInput';
import { hasFilters } from './order-filters';

/** Platform, status, date range and free text over the order list. */
export function OrderFiltersBar({ dateProblem }: { dateProblem: boolean }) {
  const { t } = useTranslation('orders');
  const { filters, change, clear } = useOrderFilters();
  return (
    <Group align="flex-end" gap="sm" wrap="wrap" role="search" aria-label={t('filters.label')}>
      <SegmentedControl
        aria-label={t('filters.platform')}
        value={filters.platform}
        onChange={(value) => change({ platform: value as Platform | 'all' })}
        data={[
          { value: 'all', label: t('filters.all') },
          { value: '1688', label: '1688' },
          { value: 'taobao', label: 'Taobao' },
        ]}
      />
      <Select
        label={t('filters.status')}
        w={190}
        allowDeselect={false}
        value={filters.status}
        onChange={(value) => value && change({ status: value as OrderStatus | 'any' })}
        data={[
          { value: 'any', label: t('filters.anyStatus') },
          ...ORDER_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) })),
        ]}
      />
      <LocaleDateInput
        label={t('filters.from')}
        value={filters.from}
        onChange={(from) => change({ from })}
        error={dateProblem ? t('filters.dateOrder') : undefined}
      />
      <LocaleDateInput
        label={t('filters.to')}
        value={filters.to}
        onChange={(to) => change({ to })}
      />
      <TextInput
        type="search"
        label={t('filters.text')}
        placeholder={t('filters.textPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        style={{ flex: 1, minWidth: 220 }}
        value={filters.text}
        maxLength={100}
        onChange={(event) => change({ text: event.currentTarget.value })}
      />
      {hasFilters(filters) ? (
        <Button variant="subtle" leftSection={<IconFilterOff size={16} />} onClick={clear}>
          {t('filters.clear')}
        </Button>
      ) : null}
    </Group>
  );
}
