import { Alert, Button, Checkbox, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { IconRefresh, IconShoppingCartOff, IconTrash, IconWifiOff } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Platform } from '../../../../shared/bridge/calls/catalog';
import { FreshnessBadge } from '../../components/FreshnessBadge';
import { EmptyState, ErrorState, LoadingState, useErrorText } from '../../components/states';
import { useConnection } from '../../stores/connection';
import { useNavigation } from '../../stores/navigation';
import { purchasableIds, pruneSelection, selectionTotals, toggleLines } from './cart-selection';
import { CartTotalsBar } from './CartTotalsBar';
import { SellerCard } from './SellerCard';
import { useCartSelection } from './selection-store';
import { useCart } from './useCart';

/** One platform's cart: sellers with purchasable lines, then the lines that no longer are. */
export function CartPanel({ platform }: { platform: Platform }) {
  const { t } = useTranslation('cart');
  const errorText = useErrorText();
  const go = useNavigation((state) => state.go);
  const online = useConnection((state) => state.online);
  const { query, refresh, setQuantity, remove } = useCart(platform);
  const stored = useCartSelection((state) => state.selected[platform]);
  const setSelected = useCartSelection((state) => state.setSelected);
  const [confirming, setConfirming] = useState(false);

  const view = query.data?.data ?? null;
  const selected = useMemo(() => (view ? pruneSelection(stored, view) : []), [stored, view]);
  useEffect(() => {
    if (view && selected.length !== stored.length) setSelected(platform, selected);
  }, [view, selected, stored, platform, setSelected]);

  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const answer = query.data;
  const cart = answer.data;
  const all = purchasableIds(cart);
  const totals = selectionTotals(cart, selected);
  const select = (lineIds: readonly string[], on: boolean) =>
    setSelected(platform, toggleLines(cart, selected, lineIds, on));
  const busy = remove.isPending;
  const mutationError = remove.error ?? refresh.error;

  const header = (
    <Group justify="space-between">
      <Group gap="sm">
        {all.length > 0 ? (
          <Checkbox
            label={t('selectAll')}
            checked={selected.length === all.length}
            indeterminate={selected.length > 0 && selected.length < all.length}
            onChange={(event) => select(all, event.currentTarget.checked)}
          />
        ) : null}
        {selected.length > 0 ? (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={14} />}
            onClick={() => setConfirming(true)}
          >
            {t('removeSelected')}
          </Button>
        ) : null}
      </Group>
      <Group gap="sm">
        <FreshnessBadge answer={answer} />
        <Button
          size="xs"
          variant="light"
          leftSection={<IconRefresh size={14} />}
          loading={refresh.isPending}
          onClick={() => refresh.mutate()}
        >
          {t('refresh')}
        </Button>
      </Group>
    </Group>
  );

  if (cart.sellers.length === 0 && cart.disabled.length === 0) {
    return (
      <Stack>
        {header}
        <EmptyState
          title={t('emptyTitle')}
          hint={t('emptyHint')}
          icon={<IconShoppingCartOff size={26} />}
          action={<Button onClick={() => go({ page: 'search', platform })}>{t('goSearch')}</Button>}
        />
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      {header}
      {!online && answer.source !== 'network' ? (
        <Alert color="orange" icon={<IconWifiOff size={18} />} role="status">
          {t('offlineHint')}
        </Alert>
      ) : null}
      {mutationError ? (
        <Alert
          color="red"
          role="alert"
          withCloseButton
          onClose={() => (remove.reset(), refresh.reset())}
        >
          {errorText(mutationError)}
        </Alert>
      ) : null}
      {cart.sellers.map((group) => (
        <SellerCard
          key={group.sellerId}
          group={group}
          selected={selected}
          onSelect={select}
          onQuantity={(lineId, quantity) => setQuantity.mutateAsync({ lineId, quantity })}
          onRemove={(lineIds) => remove.mutate(lineIds)}
          busy={busy}
        />
      ))}
      {cart.disabled.length > 0 ? (
        <Stack gap="xs" component="section" aria-labelledby={`disabled-${platform}`}>
          <Title order={2} size="h5" id={`disabled-${platform}`}>
            {t('disabledTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('disabledHint')}
          </Text>
          {cart.disabled.map((group) => (
            <SellerCard
              key={group.sellerId}
              group={group}
              selected={[]}
              onSelect={() => undefined}
              onQuantity={async () => undefined}
              onRemove={(lineIds) => remove.mutate(lineIds)}
              busy={busy}
            />
          ))}
        </Stack>
      ) : null}
      {cart.sellers.length > 0 ? (
        <CartTotalsBar
          totals={totals}
          onCheckout={() => go({ page: 'checkout', platform, lineIds: selected })}
        />
      ) : null}
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('removeTitle', { count: selected.length })}
        centered
      >
        <Stack>
          <Text size="sm">{t('removeBody')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('keep')}
            </Button>
            <Button
              color="red"
              onClick={() => {
                setConfirming(false);
                remove.mutate(selected);
              }}
            >
              {t('confirmRemove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
