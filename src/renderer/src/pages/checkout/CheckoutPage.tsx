import { Alert, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconArrowLeft, IconShieldCheck } from '@tabler/icons-react';
import { useCallback, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgeErrorInfo } from '../../../../shared/bridge/errors';
import { BridgeCallError } from '../../bridge/client';
import { useBridgeQuery } from '../../bridge/hooks';
import {
  EmptyState,
  errorInfoOf,
  ErrorState,
  LoadingState,
  useErrorText,
} from '../../components/states';
import { useNavigation } from '../../stores/navigation';
import { AddressSection } from './AddressSection';
import { checkoutKey, useCheckoutStore } from './checkout-store';
import { newClientRef } from './place-flow';
import { PlacedOrders } from './PlacedOrders';
import { PreviewSection } from './PreviewSection';
import { usePlaceOrder } from './usePlaceOrder';

/** Address, preview per seller, place once, pay. */
export function CheckoutPage() {
  const { t } = useTranslation('orders');
  const route = useNavigation((state) => state.route);
  const go = useNavigation((state) => state.go);
  const params = route.page === 'checkout' ? route : null;
  const key = params ? checkoutKey(params.platform, params.lineIds) : '';
  const entry = useCheckoutStore((state) => state.entries[key]);
  const update = useCheckoutStore((state) => state.update);

  // The entry (and its client references) is made once per set of lines.
  useEffect(() => {
    if (key) update(key, (existing) => existing);
  }, [key, update]);

  const back = (
    <Button
      variant="subtle"
      leftSection={<IconArrowLeft size={16} />}
      onClick={() => go({ page: 'cart' })}
      w="fit-content"
    >
      {t('checkout.backToCart')}
    </Button>
  );
  if (!params || params.lineIds.length === 0) {
    return (
      <Stack>
        {back}
        <EmptyState title={t('checkout.noLines')} />
      </Stack>
    );
  }
  if (!entry) return <LoadingState />;
  return (
    <CheckoutBody
      key={key}
      checkoutKey={key}
      platform={params.platform}
      lineIds={params.lineIds}
      back={back}
    />
  );
}

function CheckoutBody(props: {
  checkoutKey: string;
  platform: '1688' | 'taobao';
  lineIds: readonly string[];
  back: ReactNode;
}) {
  const { t } = useTranslation('orders');
  const errorText = useErrorText();
  const entry = useCheckoutStore((state) => state.entries[props.checkoutKey]!);
  const update = useCheckoutStore((state) => state.update);
  const { place: placeState, addressId, remark, payRef } = entry;
  const locked = placeState.phase !== 'ready' && placeState.phase !== 'failed';
  const placed = placeState.phase === 'placed';

  const setAddress = useCallback(
    (id: string) => update(props.checkoutKey, (current) => ({ ...current, addressId: id })),
    [props.checkoutKey, update],
  );
  const preview = useBridgeQuery(
    'orders.preview',
    { platform: props.platform, lineIds: [...props.lineIds], addressId: addressId ?? '-' },
    { enabled: Boolean(addressId) && !placed, staleTime: 0, gcTime: 0 },
  );
  const { place, check } = usePlaceOrder(props.checkoutKey, {
    platform: props.platform,
    lineIds: props.lineIds,
    addressId,
    remark,
  });

  const blocked = preview.data?.sellers.some((seller) => !seller.orderable) ?? false;
  const cartChanged = preview.isError && errorInfoOf(preview.error).code === 'conflict';
  const ready = Boolean(addressId) && preview.isSuccess && !blocked;
  const platformName = props.platform === '1688' ? '1688' : 'Taobao';

  return (
    <Stack gap="md" maw={960}>
      {props.back}
      <div>
        <Title order={1} size="h2">
          {t('checkout.title')}
        </Title>
        <Text c="dimmed">
          {t('checkout.platform', {
            platform: platformName,
            count: props.lineIds.length,
          })}
        </Text>
      </div>

      <AddressSection addressId={addressId} onChoose={setAddress} locked={locked} />

      {placed ? (
        <PlacedOrders
          platform={props.platform}
          orderIds={placeState.orderIds}
          payRef={payRef}
          onPayFailed={() =>
            update(props.checkoutKey, (current) => ({ ...current, payRef: newClientRef('pay') }))
          }
        />
      ) : (
        <Card withBorder component="section" aria-labelledby="checkout-review">
          <Stack gap="sm">
            <Title order={2} size="h4" id="checkout-review">
              {t('checkout.review')}
            </Title>
            {!addressId ? null : preview.isPending ? (
              <LoadingState label={t('checkout.previewing')} />
            ) : cartChanged ? (
              <Alert color="orange" role="alert">
                {t('checkout.changed')}
              </Alert>
            ) : preview.isError ? (
              <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />
            ) : (
              <PreviewSection preview={preview.data} />
            )}
            {blocked ? (
              <Alert color="red" role="alert">
                {t('checkout.blocked')}
              </Alert>
            ) : null}
            <Textarea
              label={t('checkout.remark')}
              maxLength={200}
              autosize
              minRows={1}
              value={remark}
              disabled={locked}
              onChange={(event) => {
                const value = event.currentTarget.value;
                update(props.checkoutKey, (current) => ({ ...current, remark: value }));
              }}
            />
            <Group justify="space-between" align="center">
              <Group gap={6}>
                <IconShieldCheck size={16} aria-hidden color="var(--mantine-color-teal-6)" />
                <Text size="xs" c="dimmed">
                  {t('checkout.placeHint')}
                </Text>
              </Group>
              <Button
                size="md"
                disabled={!ready || locked}
                loading={placeState.phase === 'placing' || placeState.phase === 'checking'}
                onClick={() => void place()}
              >
                {placeState.phase === 'placing' ? t('checkout.placing') : t('checkout.place')}
              </Button>
            </Group>
            {placeState.phase === 'checking' ? (
              <Alert color="yellow" role="status">
                <Group justify="space-between">
                  <Text size="sm">{t('checkout.checking')}</Text>
                  <Button size="xs" variant="light" onClick={() => void check()}>
                    {t('checkout.checkAgain')}
                  </Button>
                </Group>
              </Alert>
            ) : null}
            {placeState.error ? (
              <Alert color={placeState.error.code === 'not_sent' ? 'yellow' : 'red'} role="alert">
                {placeState.error.code === 'not_sent'
                  ? t('checkout.notSent')
                  : placeState.phase === 'failed'
                    ? t('checkout.failed', { message: placeState.error.message })
                    : errorText(
                        new BridgeCallError('orders.place', placeState.error as BridgeErrorInfo),
                      )}
              </Alert>
            ) : null}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
