import { Badge, Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Platform } from '../../../../shared/bridge/calls/catalog';
import { useBridgeQuery } from '../../bridge/hooks';
import { formatNumber } from '../../i18n/format';
import { lineCount } from './cart-selection';
import { CartPanel } from './CartPanel';
import { useCartSelection } from './selection-store';

/** The 1688 cart and the Taobao cart, one tab each. */
export function CartPage() {
  const { t } = useTranslation('cart');
  const platform = useCartSelection((state) => state.platform);
  const setPlatform = useCartSelection((state) => state.setPlatform);
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('title')}
      </Title>
      <Tabs
        value={platform}
        onChange={(value) => value && setPlatform(value as Platform)}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('tabs')} mb="md">
          <CartTab platform="1688" label={t('tab1688')} />
          <CartTab platform="taobao" label={t('tabTaobao')} />
        </Tabs.List>
        <Tabs.Panel value="1688">
          <CartPanel platform="1688" />
        </Tabs.Panel>
        <Tabs.Panel value="taobao">
          <CartPanel platform="taobao" />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** A tab with its cart's line count, once that cart has been read. */
function CartTab({ platform, label }: { platform: Platform; label: string }) {
  const { t } = useTranslation('cart');
  const answer = useBridgeQuery('cart.list', { platform });
  const count = answer.data ? lineCount(answer.data.data) : null;
  return (
    <Tabs.Tab
      value={platform}
      rightSection={
        count ? (
          <Badge size="sm" variant="light" aria-label={t('tabCount', { count })}>
            {formatNumber(count)}
          </Badge>
        ) : null
      }
    >
      {label}
    </Tabs.Tab>
  );
}
