import { Badge, Button, Card, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchLineView, LineState } from '../../../../shared/batch/types';
import { useTitles } from '../../components/product/titles';
import { formatFen } from '../../i18n/format';
import { LineFixer } from './LineFixer';

const STATE_COLOURS: Record<LineState, string> = {
  needs_attention: 'orange',
  ready: 'blue',
  excluded: 'gray',
  reconfirm: 'yellow',
  queued: 'gray',
  sending: 'cyan',
  unknown: 'grape',
  created: 'green',
  failed: 'red',
};

const GRID = '56px 1.4fr 1fr 56px 130px 1.6fr 80px';

/**
 * The product as the reader knows it: the original title in Chinese, the translation otherwise
 * (the other one in the tooltip, with what the spreadsheet said); the spreadsheet's words until
 * the line is resolved.
 */
function LineTitle(props: { line: BatchLineView }) {
  const { line } = props;
  const { t } = useTranslation('batch');
  const titles = useTitles({ title: line.title ?? '', titleTranslated: line.titleTranslated });
  const platform = line.platform ? t(`platform.${line.platform}`) : '';
  const hint = [titles.secondary, line.productText].filter(Boolean).join('\n');
  return (
    <Text role="cell" size="sm" truncate title={hint}>
      {line.title ? (
        <>
          {platform ? (
            <Badge component="span" size="xs" variant="outline" mr={4}>
              {platform}
            </Badge>
          ) : null}
          {titles.primary}
        </>
      ) : (
        line.productText
      )}
    </Text>
  );
}
const ROW_HEIGHT = 40;

/** Every line of the batch in a virtualised list; "needs attention" lines are fixed in place. */
export function LinesTable(props: {
  batchId: string;
  lines: readonly BatchLineView[];
  editable: boolean;
}) {
  const { t } = useTranslation('batch');
  const [onlyAttention, setOnlyAttention] = useState(false);
  const [fixing, setFixing] = useState<number | null>(null);
  const shown = useMemo(
    () =>
      onlyAttention ? props.lines.filter((line) => line.state === 'needs_attention') : props.lines,
    [onlyAttention, props.lines],
  );
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const fixingLine = props.lines.find((line) => line.lineNo === fixing) ?? null;

  // An order id once ordered, the reason while parked, otherwise the line's unit price.
  const detailOf = (line: BatchLineView) => {
    if (line.orderId) return line.orderId;
    if (line.reason) return t(`reason.${line.reason}`);
    if (line.error) return line.error;
    return line.unitPriceFen === null
      ? ''
      : t('lines.unitPrice', { price: formatFen(line.unitPriceFen) });
  };

  return (
    <Card withBorder component="section" aria-labelledby="batch-lines">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="batch-lines">
            {t('lines.heading')}
          </Title>
          <Checkbox
            label={t('lines.onlyAttention')}
            checked={onlyAttention}
            onChange={(event) => setOnlyAttention(event.currentTarget.checked)}
          />
        </Group>
        {shown.length === 0 ? <Text c="dimmed">{t('lines.empty')}</Text> : null}
        <div role="table" aria-label={t('lines.heading')} aria-rowcount={shown.length}>
          <div
            role="row"
            style={{ display: 'grid', gridTemplateColumns: GRID, gap: 8, fontWeight: 600 }}
          >
            {['row', 'product', 'spec', 'quantity', 'state', 'detail', 'fix'].map((key) => (
              <Text key={key} role="columnheader" size="sm" fw={600}>
                {t(`lines.${key}`)}
              </Text>
            ))}
          </div>
          <div
            ref={scroller}
            style={{ height: Math.min(420, shown.length * ROW_HEIGHT + 4), overflow: 'auto' }}
          >
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {virtualizer.getVirtualItems().map((item) => {
                const line = shown[item.index]!;
                return (
                  <div
                    key={line.lineNo}
                    role="row"
                    data-testid={`batch-line-${line.lineNo}`}
                    style={{
                      position: 'absolute',
                      top: 0,
                      left: 0,
                      right: 0,
                      height: ROW_HEIGHT,
                      transform: `translateY(${item.start}px)`,
                      display: 'grid',
                      gridTemplateColumns: GRID,
                      gap: 8,
                      alignItems: 'center',
                      borderBottom: '1px solid var(--mantine-color-gray-2)',
                    }}
                  >
                    <Text role="cell" size="sm">
                      {line.rowNumber}
                    </Text>
                    <LineTitle line={line} />
                    <Text role="cell" size="sm" truncate>
                      {line.skuLabel ?? line.skuText}
                    </Text>
                    <Text role="cell" size="sm">
                      {line.quantity}
                    </Text>
                    <div role="cell">
                      <Badge color={STATE_COLOURS[line.state]} variant="light">
                        {t(`state.${line.state}`)}
                      </Badge>
                    </div>
                    <Text role="cell" size="sm" truncate title={line.reasonDetail ?? ''}>
                      {detailOf(line)}
                    </Text>
                    <div role="cell">
                      {props.editable &&
                      ['needs_attention', 'reconfirm', 'excluded', 'ready'].includes(line.state) ? (
                        <Button
                          size="compact-sm"
                          variant={line.state === 'needs_attention' ? 'filled' : 'subtle'}
                          aria-label={t('lines.fixLine', { line: line.rowNumber })}
                          onClick={() => setFixing(line.lineNo)}
                        >
                          {t('lines.fix')}
                        </Button>
                      ) : null}
                    </div>
                  </div>
                );
              })}
            </div>
          </div>
        </div>
        {fixingLine ? (
          <LineFixer batchId={props.batchId} line={fixingLine} onDone={() => setFixing(null)} />
        ) : null}
      </Stack>
    </Card>
  );
}
