import { Group, Text, type MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatAmount, formatFen } from '../../i18n/format';
import { convertFen, useDisplayCurrency } from './useDisplayCurrency';

/**
 * A price in yuan, with the user's own currency beside it when one is chosen ("¥19.90 · about
 * $2.78"). Yuan stays first: it is what the seller charges and what the agent pays.
 */
export function Price({
  fen,
  size = 'md',
  inline = false,
}: {
  fen: number | null;
  size?: MantineSize;
  inline?: boolean;
}) {
  const { t } = useTranslation('product');
  const currency = useDisplayCurrency();
  if (fen === null) return <Text size={size}>—</Text>;
  const converted =
    currency && currency.code !== 'CNY'
      ? formatAmount(convertFen(fen, currency.perCny), currency.code)
      : null;
  return (
    <Group gap={6} wrap={inline ? 'nowrap' : 'wrap'} align="baseline">
      <Text size={size} fw={700} c="orange.8" data-testid="price-cny">
        {formatFen(fen)}
      </Text>
      {converted ? (
        <Text size="xs" c="dimmed" data-testid="price-converted">
          {t('approx', { amount: converted })}
        </Text>
      ) : null}
    </Group>
  );
}
