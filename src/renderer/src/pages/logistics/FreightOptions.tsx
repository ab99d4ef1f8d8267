import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FreightOption } from '../../../../shared/bridge/calls/logistics';
import { formatAmount } from '../../i18n/format';

/** The shipping options, cheapest first, with the fastest one marked. */
export function FreightOptions(props: {
  country: string;
  options: readonly FreightOption[];
  onChoose(option: FreightOption): void;
}) {
  const { t } = useTranslation('logistics');
  const fastest = [...props.options]
    .filter((option) => option.days)
    .sort((a, b) => a.days!.max - b.days!.max)[0];
  return (
    <Table striped aria-label={t('options.label', { country: props.country })}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('options.carrier')}</Table.Th>
          <Table.Th>{t('options.category')}</Table.Th>
          <Table.Th ta="right">{t('options.price')}</Table.Th>
          <Table.Th>{t('options.time')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {props.options.map((option, index) => (
          <Table.Tr key={option.serviceId}>
            <Table.Td>
              <Group gap="xs">
                <Text size="sm" fw={500}>
                  {option.carrier}
                </Text>
                {index === 0 && option.priceMinor !== null ? (
                  <Badge size="xs" color="teal" variant="light">
                    {t('options.cheapest')}
                  </Badge>
                ) : null}
                {fastest?.serviceId === option.serviceId ? (
                  <Badge size="xs" color="blue" variant="light">
                    {t('options.fastest')}
                  </Badge>
                ) : null}
              </Group>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{option.category ?? '—'}</Text>
            </Table.Td>
            <Table.Td ta="right">
              {option.priceMinor === null
                ? t('options.unknown')
                : formatAmount(option.priceMinor / 100, option.currency)}
            </Table.Td>
            <Table.Td>
              {!option.days
                ? t('options.unknown')
                : option.days.min === option.days.max
                  ? t('options.day', { count: option.days.max })
                  : t('options.days', option.days)}
            </Table.Td>
            <Table.Td>
              <Button size="compact-sm" variant="light" onClick={() => props.onChoose(option)}>
                {t('options.choose', { carrier: option.carrier })}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
