import {
  Badge,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchPreview, BatchSummary } from '../../../../shared/batch/types';
import { bridge } from '../../bridge/client';
import { ErrorState } from '../../components/states';
import { convertFen, useDisplayCurrency } from '../../components/product/useDisplayCurrency';
import { formatAmount, formatDate, formatFen } from '../../i18n/format';

const ADDRESS_FIELDS = [
  'fullName',
  'mobile',
  'provinceText',
  'cityText',
  'areaText',
  'address',
] as const;
type AddressForm = Record<(typeof ADDRESS_FIELDS)[number], string>;
const EMPTY: AddressForm = {
  fullName: '',
  mobile: '',
  provinceText: '',
  cityText: '',
  areaText: '',
  address: '',
};

/** The batch address, the preview per seller with totals, and the confirmation that submits. */
export function PreviewPanel(props: { summary: BatchSummary; preview: BatchPreview | null }) {
  const { t } = useTranslation('batch');
  const queryClient = useQueryClient();
  const [address, setAddress] = useState<AddressForm>(EMPTY);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const { summary, preview } = props;
  const batchId = summary.id;

  const run = async (name: string, work: () => Promise<unknown>) => {
    setBusy(name);
    setError(null);
    try {
      await work();
      await queryClient.invalidateQueries({ queryKey: ['batch.get'] });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };
  const currency = useDisplayCurrency();
  const previewed = summary.state === 'previewed' && preview !== null;
  const ready = summary.counts.ready;
  const previewable = ready + summary.counts.reconfirm + summary.counts.needs_attention;
  const converted =
    preview && currency && currency.code !== 'CNY'
      ? t('preview.inCurrency', {
          amount: formatAmount(convertFen(preview.totalFen, currency.perCny), currency.code),
          rate: currency.perCny,
          code: currency.code,
          date: currency.rateDate ? formatDate(currency.rateDate) : t('preview.noRateDate'),
        })
      : null;

  return (
    <Card withBorder component="section" aria-labelledby="batch-preview">
      <Stack gap="sm">
        <Title order={2} size="h4" id="batch-preview">
          {t('preview.heading')}
        </Title>
        <Text size="sm" fw={600}>
          {t('address.heading')}
        </Text>
        <Text size="sm" c="dimmed">
          {summary.hasAddress ? t('address.saved') : t('address.hint')}
        </Text>
        <SimpleGrid cols={{ base: 2, md: 3 }}>
          {ADDRESS_FIELDS.map((field) => (
            <TextInput
              key={field}
              label={t(`address.${field}`)}
              value={address[field]}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setAddress((current) => ({ ...current, [field]: value }));
              }}
            />
          ))}
        </SimpleGrid>
        <Group>
          <Button
            variant="default"
            loading={busy === 'address'}
            disabled={!address.fullName || !address.mobile || !address.address}
            onClick={() =>
              void run('address', () => bridge.call('batch.setAddress', { batchId, address }))
            }
          >
            {t('address.save')}
          </Button>
          <Button
            loading={busy === 'preview'}
            disabled={previewable === 0}
            onClick={() => void run('preview', () => bridge.call('batch.preview', { batchId }))}
          >
            {t('preview.run')}
          </Button>
        </Group>
        {error ? <ErrorState error={error} /> : null}
        {preview ? (
          <Table striped aria-label={t('preview.heading')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('preview.seller')}</Table.Th>
                <Table.Th>{t('preview.lines')}</Table.Th>
                <Table.Th>{t('preview.goods')}</Table.Th>
                <Table.Th>{t('preview.freight')}</Table.Th>
                <Table.Th>{t('preview.total')}</Table.Th>
                <Table.Th>{t('preview.warnings')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.sellers.map((seller) => (
                <Table.Tr
                  key={`${seller.platform}-${seller.sellerId}`}
                  bg={seller.ok ? undefined : 'var(--mantine-color-orange-0)'}
                >
                  <Table.Td>
                    <Badge component="span" size="xs" variant="outline" mr={4}>
                      {t(`platform.${seller.platform}`)}
                    </Badge>
                    {seller.sellerName}
                  </Table.Td>
                  <Table.Td>{seller.lineNos.length}</Table.Td>
                  <Table.Td>{formatFen(seller.goodsFen)}</Table.Td>
                  <Table.Td>{formatFen(seller.freightFen)}</Table.Td>
                  <Table.Td>{formatFen(seller.totalFen)}</Table.Td>
                  <Table.Td>
                    {seller.ok
                      ? seller.warnings.join('; ')
                      : `${t('preview.refused')}: ${seller.warnings.join('; ')}`}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th>{t('preview.grandTotal')}</Table.Th>
                <Table.Th>
                  {preview.sellers.reduce((sum, seller) => sum + seller.lineNos.length, 0)}
                </Table.Th>
                <Table.Th>{formatFen(preview.goodsFen)}</Table.Th>
                <Table.Th>{formatFen(preview.freightFen)}</Table.Th>
                <Table.Th data-testid="batch-grand-total">{formatFen(preview.totalFen)}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        ) : null}
        {converted ? (
          <Text size="sm" data-testid="batch-grand-total-converted">
            {converted}
          </Text>
        ) : null}
        {previewed && ready > 0 ? (
          <Stack gap={4}>
            <Text size="sm" c="dimmed">
              {t('preview.confirmHint')}
            </Text>
            <Group>
              <Button
                color="green"
                loading={busy === 'submit'}
                onClick={() => void run('submit', () => bridge.call('batch.submit', { batchId }))}
              >
                {t('preview.confirm', { count: ready })}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}
