import { Alert, Anchor, Button, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchSummary, LineState } from '../../../../shared/batch/types';
import { bridge } from '../../bridge/client';
import { ErrorState } from '../../components/states';

const SETTLED: readonly LineState[] = ['created', 'failed'];
const SHOWN: readonly LineState[] = [
  'queued',
  'sending',
  'unknown',
  'created',
  'failed',
  'reconfirm',
];

/** Live progress of a submitted batch, then its results: export, check again, pay. */
export function ProgressPanel(props: {
  summary: BatchSummary;
  /** Orders, not lines: a seller's lines to one address share one order. */
  createdOrders: number;
  paidOrders: number;
}) {
  const { t } = useTranslation('batch');
  const queryClient = useQueryClient();
  // The summary is read again on every progress event (useBatchDetail), so these counts always
  // match the lines table above; the event's own counts may be up to 100 ms older.
  const counts = props.summary.counts;
  const sent = SHOWN.reduce((sum, state) => sum + counts[state], 0);
  const done = SETTLED.reduce((sum, state) => sum + counts[state], 0);
  const percent = sent === 0 ? 0 : Math.round((done / sent) * 100);
  const [download, setDownload] = useState<{ url: string; name: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [paying, setPaying] = useState(false);
  const unpaid = Math.max(0, props.createdOrders - props.paidOrders);
  const batchId = props.summary.id;

  useEffect(() => () => (download ? URL.revokeObjectURL(download.url) : undefined), [download]);

  const exportAs = async (format: 'csv' | 'xlsx') => {
    setError(null);
    try {
      const file = await bridge.call('batch.export', { batchId, format });
      const bytes = Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([bytes], { type: file.mime }));
      setDownload({ url, name: file.filename });
    } catch (caught) {
      setError(caught);
    }
  };
  const act = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <Card withBorder component="section" aria-labelledby="batch-progress">
      <Stack gap="sm">
        <Title order={2} size="h4" id="batch-progress">
          {t('progress.heading')}
        </Title>
        <Progress
          value={percent}
          color={percent === 100 ? 'green' : undefined}
          size="lg"
          aria-label={t('progress.label')}
          role="progressbar"
          aria-valuenow={percent}
          aria-valuemin={0}
          aria-valuemax={100}
        />
        <Text size="sm" role="status" aria-live="polite" data-testid="batch-progress-text">
          {t('progress.done', { done, total: sent })}
        </Text>
        <Group gap="lg">
          {SHOWN.map((state) => (
            <Text key={state} size="sm" data-testid={`batch-count-${state}`}>
              {t(`state.${state}`)}: <b>{counts[state]}</b>
            </Text>
          ))}
        </Group>
        <Group>
          <Button variant="default" onClick={() => void exportAs('csv')}>
            {t('export.csv')}
          </Button>
          <Button variant="default" onClick={() => void exportAs('xlsx')}>
            {t('export.xlsx')}
          </Button>
          {counts.unknown > 0 ? (
            <Button
              variant="light"
              onClick={() => void act(() => bridge.call('batch.resume', { batchId }))}
            >
              {t('progress.checkAgain')}
            </Button>
          ) : null}
          {props.summary.state === 'done' && unpaid > 0 ? (
            <Button
              color="orange"
              loading={paying}
              onClick={() =>
                void act(async () => {
                  setPaying(true);
                  try {
                    await bridge.call('batch.pay', { batchId });
                    await queryClient.invalidateQueries({ queryKey: ['batch.get'] });
                  } finally {
                    setPaying(false);
                  }
                })
              }
            >
              {t('progress.pay', { count: unpaid })}
            </Button>
          ) : null}
        </Group>
        {download ? (
          <Anchor href={download.url} download={download.name} data-testid="batch-download">
            {t('export.ready', { name: download.name })}
          </Anchor>
        ) : null}
        {props.summary.state === 'done' && unpaid > 0 ? (
          <Text size="sm" c="dimmed">
            {t('progress.payHint')}
          </Text>
        ) : null}
        {props.paidOrders > 0 ? (
          <Alert color="green" role="status" data-testid="batch-paid">
            {t('progress.paid', { count: props.paidOrders })}
          </Alert>
        ) : null}
        {error ? <ErrorState error={error} /> : null}
      </Stack>
    </Card>
  );
}
