import { Alert, Card, Divider, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CheckoutPreview, SellerPreview } from '../../../../shared/bridge/calls/orders';
import { Price } from '../../components/product/Price';
import { formatNumber } from '../../i18n/format';

function Amount({
  label,
  fen,
  strong = false,
}: {
  label: string;
  fen: number | null;
  strong?: boolean;
}) {
  const { t } = useTranslation('orders');
  return (
    <Group justify="space-between" gap="xl">
      <Text size="sm" fw={strong ? 700 : 400}>
        {label}
      </Text>
      {fen === null ? (
        <Text size="sm" c="dimmed">
          {t('checkout.notQuoted')}
        </Text>
      ) : (
        <Price fen={fen} size={strong ? 'lg' : 'sm'} />
      )}
    </Group>
  );
}

function SellerPart({ seller }: { seller: SellerPreview }) {
  const { t } = useTranslation('orders');
  const headingId = `preview-${seller.sellerId}`;
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={3} size="h5" id={headingId}>
          {seller.sellerName}
        </Title>
        {!seller.orderable ? (
          <Alert color="red" role="alert" variant="light">
            {t('checkout.sellerCannot', { problem: seller.problem ?? '' })}
          </Alert>
        ) : null}
        <Table verticalSpacing={4} aria-labelledby={headingId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('detail.product')}</Table.Th>
              <Table.Th ta="right">{t('detail.quantity')}</Table.Th>
              <Table.Th ta="right">{t('detail.unitPrice')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {seller.lines.map((line) => (
              <Table.Tr key={line.lineId}>
                <Table.Td>
                  <Text size="sm" lineClamp={1}>
                    {line.title}
                  </Text>
                  {line.properties ? (
                    <Text size="xs" c="dimmed">
                      {line.properties}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td ta="right">{formatNumber(line.quantity)}</Table.Td>
                <Table.Td>
                  <Group justify="flex-end">
                    <Price fen={line.priceFen} size="sm" />
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Divider />
        <Amount label={t('checkout.goods')} fen={seller.goodsFen} />
        <Amount label={t('checkout.freight')} fen={seller.freightFen} />
        <Amount label={t('checkout.total')} fen={seller.totalFen} strong />
      </Stack>
    </Card>
  );
}

/** Each seller's part with freight and totals as PandaPon quoted them, then the sum. */
export function PreviewSection({ preview }: { preview: CheckoutPreview }) {
  const { t } = useTranslation('orders');
  return (
    <Stack gap="sm">
      {preview.sellers.map((seller) => (
        <SellerPart key={seller.sellerId} seller={seller} />
      ))}
      <Card withBorder padding="sm" bg="orange.0" data-testid="checkout-totals">
        <Stack gap={4}>
          <Amount label={t('checkout.goods')} fen={preview.goodsFen} />
          <Amount label={t('checkout.freight')} fen={preview.freightFen} />
          <Amount label={t('checkout.toPay')} fen={preview.totalFen} strong />
        </Stack>
      </Card>
    </Stack>
  );
}
