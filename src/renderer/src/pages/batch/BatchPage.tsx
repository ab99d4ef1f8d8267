import { Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBridgeQuery } from '../../bridge/hooks';
import { ErrorState, LoadingState } from '../../components/states';
import { formatDateTime } from '../../i18n/format';
import { ImportPanel } from './ImportPanel';
import { LinesTable } from './LinesTable';
import { PreviewPanel } from './PreviewPanel';
import { ProgressPanel } from './ProgressPanel';
import { useBatchDetail } from './useBatch';

/** Batch orders: import → fix → preview → confirm and submit → watch → export and pay. */
export function BatchPage() {
  const { t } = useTranslation('batch');
  const [batchId, setBatchId] = useState<string | null>(null);
  const batches = useBridgeQuery('batch.list', {});
  const { detail, refresh } = useBatchDetail(batchId);
  const summary = detail.data?.summary;
  const submitted = summary?.state === 'submitting' || summary?.state === 'done';
  // A finished batch with lines left behind (a seller's new price to confirm, a line still needing
  // attention) can have them fixed, previewed and submitted as a follow-up.
  const reconfirming =
    summary?.state === 'done' && summary.counts.reconfirm + summary.counts.needs_attention > 0;

  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={1} size="h2">
          {t('title')}
        </Title>
        <Text c="dimmed">{t('subtitle')}</Text>
      </div>
      <Group align="end">
        <Select
          label={t('batches')}
          placeholder={t('newBatch')}
          data={(batches.data ?? []).map((batch) => ({
            value: batch.id,
            label: `${batch.sourceName} · ${formatDateTime(batch.createdAt)} · ${batch.total}`,
          }))}
          value={batchId}
          onChange={setBatchId}
          clearable
          w={420}
        />
        <Button variant="default" onClick={() => setBatchId(null)}>
          {t('newBatch')}
        </Button>
      </Group>
      {!submitted ? (
        <ImportPanel
          batchId={batchId}
          onImported={(id) => {
            setBatchId(id);
            void batches.refetch();
            void refresh();
          }}
        />
      ) : null}
      {batchId && detail.isPending ? <LoadingState /> : null}
      {detail.error ? (
        <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />
      ) : null}
      {summary && detail.data ? (
        <>
          <LinesTable
            batchId={summary.id}
            lines={detail.data.lines}
            editable={!submitted || reconfirming}
          />
          {!submitted || reconfirming ? (
            <PreviewPanel summary={summary} preview={detail.data.preview} />
          ) : null}
          {submitted ? (
            <ProgressPanel
              summary={summary}
              createdOrders={detail.data.createdOrders}
              paidOrders={detail.data.paidOrders}
            />
          ) : null}
        </>
      ) : null}
    </Stack>
  );
}
