import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PriceTier } from '../../../../shared/bridge/calls/catalog';
import { formatNumber } from '../../i18n/format';
import { Price } from './Price';

/** 1688 wholesale tiers: the unit price from each quantity on; the reached tier is marked. */
export function PriceTiers({ tiers, quantity }: { tiers: readonly PriceTier[]; quantity: number }) {
  const { t } = useTranslation('product');
  if (tiers.length === 0) return null;
  const reached = [...tiers].reverse().find((tier) => quantity >= tier.startQuantity);
  return (
    <Table
      withTableBorder
      withColumnBorders={false}
      w="auto"
      aria-label={t('tiers')}
      data-testid="price-tiers"
    >
      <Table.Tbody>
        <Table.Tr>
          {tiers.map((tier) => (
            <Table.Td
              key={tier.startQuantity}
              bg={tier === reached ? 'orange.0' : undefined}
              aria-current={tier === reached ? 'true' : undefined}
            >
              <Price fen={tier.priceFen} size="sm" />
              {t('tierFrom', {
                count: tier.startQuantity,
                formatted: formatNumber(tier.startQuantity),
              })}
            </Table.Td>
          ))}
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}
