import { Box, Center, Group, Loader, Text } from '@mantine/core';
import { useElementSize, useMergedRef } from '@mantine/hooks';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductSummary } from '../../../../shared/bridge/calls/catalog';
import { ProductCard } from './ProductCard';

const MIN_CARD_WIDTH = 200;
const GAP = 16;
/** Everything under the square picture: titles, price, sales, seller. */
const TEXT_BLOCK_HEIGHT = 168;

export interface ResultsGridProps {
  readonly items: readonly ProductSummary[];
  readonly label: string;
  readonly hasMore: boolean;
  readonly loadingMore: boolean;
  onLoadMore(): void;
  onOpen(product: ProductSummary): void;
  onOpenStore?(product: ProductSummary): void;
}

/**
 * Results in rows of as many cards as fit, virtualised against the window scroll so thousands of
 * results keep a few dozen cards in the page. Reaching the last rows asks for the next page.
 */
export function ResultsGrid(props: ResultsGridProps) {
  const { t } = useTranslation('search');
  const { ref: sizeRef, width } = useElementSize();
  const listRef = useRef<HTMLDivElement>(null);
  const ref = useMergedRef(sizeRef, listRef);
  const [scrollMargin, setScrollMargin] = useState(0);

  const columns = Math.max(1, Math.floor((width + GAP) / (MIN_CARD_WIDTH + GAP)));
  const cardWidth = width > 0 ? (width - GAP * (columns - 1)) / columns : MIN_CARD_WIDTH;
  const rowCount = Math.ceil(props.items.length / columns);

  useLayoutEffect(() => {
    const top = listRef.current?.getBoundingClientRect().top ?? 0;
    setScrollMargin(top + window.scrollY);
  }, [width]);

  const virtualizer = useWindowVirtualizer({
    count: rowCount,
    estimateSize: () => cardWidth + TEXT_BLOCK_HEIGHT + GAP,
    overscan: 2,
    scrollMargin,
  });
  const rows = virtualizer.getVirtualItems();
  const lastRow = rows.at(-1)?.index ?? -1;

  useEffect(() => {
    virtualizer.measure();
  }, [cardWidth, virtualizer]);

  const { hasMore, loadingMore, onLoadMore } = props;
  useEffect(() => {
    if (hasMore && !loadingMore && lastRow >= rowCount - 2) onLoadMore();
  }, [hasMore, loadingMore, lastRow, rowCount, onLoadMore]);

  return (
    <div>
      <div
        ref={ref}
        role="list"
        aria-label={props.label}
        aria-busy={props.loadingMore}
        data-testid="results-grid"
        style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}
      >
        {rows.map((row) => (
          <div
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)`,
              display: 'grid',
              gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
              gap: GAP,
              paddingBottom: GAP,
            }}
          >
            {props.items
              .slice(row.index * columns, row.index * columns + columns)
              .map((item, offset) => (
                <div
                  key={`${item.platform}:${item.id}`}
                  role="listitem"
                  aria-posinset={row.index * columns + offset + 1}
                  aria-setsize={props.hasMore ? -1 : props.items.length}
                >
                  <ProductCard
                    product={item}
                    onOpen={props.onOpen}
                    onOpenStore={props.onOpenStore}
                  />
                </div>
              ))}
          </div>
        ))}
      </div>
      <Box py="md">
        {props.loadingMore ? (
          <Center role="status">
            <Group gap="xs">
              <Loader size="xs" />
              <Text size="sm" c="dimmed">
                {t('results.loadingMore')}
              </Text>
            </Group>
          </Center>
        ) : !props.hasMore && props.items.length > 0 ? (
          <Text ta="center" size="sm" c="dimmed">
            {t('results.end')}
          </Text>
        ) : null}
      </Box>
    </div>
  );
}
