import { Badge, Group, Image, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconPackage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OrderSummary } from '../../../../shared/bridge/calls/orders';
import { Price } from '../../components/product/Price';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { STATUS_COLOURS } from './order-filters';

/** One order in the list; the whole row opens it. */
export function OrderRow({ order, onOpen }: { order: OrderSummary; onOpen(): void }) {
  const { t } = useTranslation('orders');
  return (
    <UnstyledButton
      onClick={onOpen}
      aria-label={t('openOrder', { id: order.id })}
      data-testid={`order-row-${order.id}`}
      w="100%"
      p="xs"
      style={{ borderRadius: 8 }}
      className="order-row"
    >
      <Group wrap="nowrap" gap="md" align="center">
        {order.imageUrl ? (
          <Image src={order.imageUrl} alt="" w={56} h={56} radius="sm" fit="cover" />
        ) : (
          <Group w={56} h={56} justify="center" bg="gray.1" style={{ borderRadius: 6 }} aria-hidden>
            <IconPackage size={22} color="var(--mantine-color-gray-5)" />
          </Group>
        )}
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Group gap={6} wrap="nowrap">
            <Badge size="sm" variant="outline" color="gray">
              {order.platform === '1688' ? '1688' : 'Taobao'}
            </Badge>
            <Badge size="sm" variant="light" color={STATUS_COLOURS[order.status]}>
              {t(`status.${order.status}`)}
            </Badge>
            <Text size="sm" fw={500} lineClamp={1}>
              {order.title || order.id}
            </Text>
          </Group>
          <Text size="xs" c="dimmed" lineClamp={1}>
            {[
              order.id,
              order.sellerName,
              order.createdAt ? formatDateTime(order.createdAt) : null,
              t('lines', { count: formatNumber(order.lineCount) }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Stack>
        <Price fen={order.totalFen} size="sm" />
      </Group>
    </UnstyledButton>
  );
}
