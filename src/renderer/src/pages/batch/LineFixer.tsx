import { Button, Card, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchLineView } from '../../../../shared/batch/types';
import { bridge } from '../../bridge/client';
import { ErrorState } from '../../components/states';
import { formatFen } from '../../i18n/format';

/** Edits one line in place (link, spec text or a chosen spec, quantity) and checks it again. */
export function LineFixer(props: { batchId: string; line: BatchLineView; onDone: () => void }) {
  const { t } = useTranslation('batch');
  const queryClient = useQueryClient();
  const { line } = props;
  const [product, setProduct] = useState(line.productText);
  const [sku, setSku] = useState(line.skuText);
  const [skuId, setSkuId] = useState<string | null>(null);
  const [quantity, setQuantity] = useState<number>(Math.max(1, line.quantity));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const save = async (extra: { excluded?: boolean } = {}) => {
    setBusy(true);
    setError(null);
    try {
      await bridge.call('batch.editLine', {
        batchId: props.batchId,
        lineNo: line.lineNo,
        ...(extra.excluded === undefined
          ? { product, sku, quantity, ...(skuId ? { skuId } : {}) }
          : extra),
      });
      await queryClient.invalidateQueries({ queryKey: ['batch.get'] });
      props.onDone();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      withBorder
      bg="var(--mantine-color-gray-0)"
      aria-label={t('lines.fixLine', { line: line.rowNumber })}
      component="section"
    >
      <Stack gap="xs">
        <Text fw={600}>{t('lines.fixLine', { line: line.rowNumber })}</Text>
        {line.reason ? (
          <Text size="sm" c="orange">
            {t(`reason.${line.reason}`)}
          </Text>
        ) : null}
        <TextInput
          label={t('columns.product')}
          value={product}
          onChange={(event) => setProduct(event.currentTarget.value)}
        />
        {line.candidates.length > 0 ? (
          <Select
            label={t('lines.choose')}
            data={line.candidates.map((candidate) => ({
              value: candidate.skuId,
              label: `${candidate.label} · ${formatFen(candidate.priceFen)}`,
            }))}
            value={skuId}
            onChange={setSkuId}
          />
        ) : null}
        <TextInput
          label={t('columns.sku')}
          value={sku}
          onChange={(event) => setSku(event.currentTarget.value)}
        />
        <NumberInput
          label={t('columns.quantity')}
          value={quantity}
          min={1}
          max={100000}
          allowDecimal={false}
          onChange={(value) => setQuantity(typeof value === 'number' ? value : Number(value) || 1)}
        />
        {error ? <ErrorState error={error} /> : null}
        <Group>
          <Button onClick={() => void save()} loading={busy}>
            {t('lines.save')}
          </Button>
          <Button variant="default" onClick={props.onDone}>
            {t('lines.cancel')}
          </Button>
          <Button
            variant="subtle"
            color="gray"
            onClick={() => void save({ excluded: line.state !== 'excluded' })}
          >
            {line.state === 'excluded' ? t('lines.include') : t('lines.exclude')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
