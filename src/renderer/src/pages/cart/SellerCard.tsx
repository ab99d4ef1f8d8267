import { Card, Checkbox, Divider, Group, Text } from '@mantine/core';
import { IconBuildingStore } from '@tabler/icons-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { CartSellerGroup } from '../../../../shared/bridge/calls/cart';
import { groupSelection } from './cart-selection';
import { CartLineRow } from './CartLineRow';

interface Props {
  group: CartSellerGroup;
  selected: readonly string[];
  onSelect(lineIds: readonly string[], on: boolean): void;
  onQuantity(lineId: string, quantity: number): Promise<unknown>;
  onRemove(lineIds: readonly string[]): void;
  busy: boolean;
}

/** One seller's lines in the cart, with a tick for all of them. */
export function SellerCard({ group, selected, onSelect, onQuantity, onRemove, busy }: Props) {
  const { t } = useTranslation('cart');
  const state = groupSelection(group, selected);
  const enabled = group.lines.some((line) => line.enabled);
  const headingId = `seller-${group.sellerId}-${enabled ? 'on' : 'off'}`;
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby={headingId}>
      <Group gap="sm" wrap="nowrap">
        {enabled ? (
          <Checkbox
            aria-label={t('selectSeller', { seller: group.sellerName })}
            checked={state === 'all'}
            indeterminate={state === 'some'}
            onChange={(event) =>
              onSelect(
                group.lines.map((line) => line.id),
                event.currentTarget.checked,
              )
            }
          />
        ) : null}
        <IconBuildingStore size={18} aria-hidden color="var(--mantine-color-gray-6)" />
        <Text fw={600} id={headingId} component="h3" size="sm" m={0}>
          {group.sellerName || t('seller')}
        </Text>
      </Group>
      <Divider my="xs" />
      <div role="list" aria-labelledby={headingId}>
        {group.lines.map((line, index) => (
          <Fragment key={line.id}>
            {index > 0 ? <Divider variant="dashed" /> : null}
            <CartLineRow
              line={line}
              selected={selected.includes(line.id)}
              onSelect={(on) => onSelect([line.id], on)}
              onQuantity={(quantity) => onQuantity(line.id, quantity)}
              onRemove={() => onRemove([line.id])}
              busy={busy}
            />
          </Fragment>
        ))}
      </div>
    </Card>
  );
}
