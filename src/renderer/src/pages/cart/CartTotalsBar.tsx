import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Price } from '../../components/product/Price';
import { formatNumber } from '../../i18n/format';
import type { SelectionTotals } from './cart-selection';

/** The selected lines' totals in yuan and the display currency, and the way to checkout. */
export function CartTotalsBar({
  totals,
  onCheckout,
}: {
  totals: SelectionTotals;
  onCheckout(): void;
}) {
  const { t } = useTranslation('cart');
  const figure = (label: string, value: number) => (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{formatNumber(value)}</Text>
    </Stack>
  );
  return (
    <Card
      withBorder
      shadow="sm"
      padding="sm"
      component="section"
      aria-label={t('totals.label')}
      style={{ position: 'sticky', bottom: 0, zIndex: 2 }}
    >
      <Group justify="space-between" wrap="wrap" gap="md">
        <Group gap="xl">
          {figure(t('totals.lines'), totals.lineCount)}
          {figure(t('totals.units'), totals.units)}
          {figure(t('totals.sellers'), totals.sellerCount)}
          <Stack gap={0} data-testid="cart-goods-total">
            <Text size="xs" c="dimmed">
              {t('totals.goods')}
            </Text>
            <Price fen={totals.goodsFen} size="lg" />
          </Stack>
        </Group>
        <Stack gap={4} align="flex-end">
          <Button
            size="md"
            rightSection={<IconArrowRight size={18} />}
            disabled={totals.lineCount === 0}
            onClick={onCheckout}
          >
            {t('checkout')}
          </Button>
          <Text size="xs" c="dimmed">
            {totals.lineCount === 0 ? t('checkoutHint') : t('totals.freightLater')}
          </Text>
        </Stack>
      </Group>
    </Card>
  );
}
