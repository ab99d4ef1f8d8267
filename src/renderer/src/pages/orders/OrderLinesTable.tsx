import { Button, CopyButton, Group, Image, Stack, Table, Text } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OrderLine } from '../../../../shared/bridge/calls/orders';
import { Price } from '../../components/product/Price';
import { formatNumber } from '../../i18n/format';

/** The order's lines (sub-orders) with their ids, quantities and amounts. */
export function OrderLinesTable({ lines }: { lines: readonly OrderLine[] }) {
  const { t } = useTranslation('orders');
  return (
    <Table verticalSpacing="xs" aria-label={t('detail.lines')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('detail.product')}</Table.Th>
          <Table.Th ta="right">{t('detail.quantity')}</Table.Th>
          <Table.Th ta="right">{t('detail.unitPrice')}</Table.Th>
          <Table.Th ta="right">{t('detail.amount')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((line, index) => (
          <Table.Tr key={line.id ?? index}>
            <Table.Td>
              <Group gap="sm" wrap="nowrap">
                {line.imageUrl ? (
                  <Image src={line.imageUrl} alt="" w={44} h={44} radius="sm" fit="cover" />
                ) : null}
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text size="sm" lineClamp={2}>
                    {line.title}
                  </Text>
                  {line.properties ? (
                    <Text size="xs" c="dimmed">
                      {line.properties}
                    </Text>
                  ) : null}
                  {line.id ? (
                    <CopyButton value={line.id}>
                      {({ copied, copy }) => (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="gray"
                          w="fit-content"
                          px={0}
                          leftSection={<IconCopy size={12} />}
                          onClick={copy}
                          aria-label={t('detail.copyLineId', { id: line.id })}
                        >
                          {copied ? t('detail.copied') : line.id}
                        </Button>
                      )}
                    </CopyButton>
                  ) : null}
                </Stack>
              </Group>
            </Table.Td>
            <Table.Td ta="right">{formatNumber(line.quantity)}</Table.Td>
            <Table.Td>
              <Group justify="flex-end">
                <Price fen={line.priceFen} size="sm" />
              </Group>
            </Table.Td>
            <Table.Td>
              <Group justify="flex-end">
                <Price fen={line.amountFen} size="sm" />
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
