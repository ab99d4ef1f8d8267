import { Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReverseOrderSummary } from '../../../../shared/bridge/calls/aftersales';
import { formatDateTime, formatFen } from '../../i18n/format';
import { ReverseStatusBadge } from './bits';

export interface CaseKey {
  readonly platform: '1688' | 'taobao';
  readonly refundId: string;
}

/** The cases, newest first; each row opens its case by keyboard or pointer. */
export function ReverseList(props: {
  rows: readonly ReverseOrderSummary[];
  selected: CaseKey | null;
  onOpen(key: CaseKey): void;
}) {
  const { t } = useTranslation('aftersales');
  return (
    <Table highlightOnHover striped aria-label={t('list.label')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('list.case')}</Table.Th>
          <Table.Th>{t('list.order')}</Table.Th>
          <Table.Th>{t('list.status')}</Table.Th>
          <Table.Th ta="right">{t('list.amount')}</Table.Th>
          <Table.Th>{t('list.filed')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {props.rows.map((row) => {
          const active =
            props.selected?.refundId === row.refundId && props.selected.platform === row.platform;
          return (
            <Table.Tr
              key={`${row.platform}:${row.refundId || row.orderId}`}
              bg={active ? 'var(--mantine-color-blue-light)' : undefined}
            >
              <Table.Td>
                {row.refundId ? (
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    aria-label={t('list.open', { id: row.refundId })}
                    aria-current={active ? 'true' : undefined}
                    onClick={() => props.onOpen({ platform: row.platform, refundId: row.refundId })}
                  >
                    {row.refundId}
                  </Button>
                ) : (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                )}
                <Text size="xs" c="dimmed" lineClamp={1} maw={260}>
                  {row.platform === '1688' ? '1688' : 'Taobao'} · {row.title}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {row.orderId ?? '—'}
                </Text>
                {row.kind ? (
                  <Text size="xs" c="dimmed">
                    {t(`kind.${row.kind}`)}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <ReverseStatusBadge status={row.status} raw={row.rawStatus} />
              </Table.Td>
              <Table.Td ta="right">
                {row.amountFen === null ? '—' : formatFen(row.amountFen)}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{row.createdAt ? formatDateTime(row.createdAt) : '—'}</Text>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
