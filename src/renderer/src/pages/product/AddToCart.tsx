import { Alert, Anchor, Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { IconShoppingCartPlus } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductDetail, ProductVariant } from '../../../../shared/bridge/calls/catalog';
import { useErrorText } from '../../components/states';
import { Price } from '../../components/product/Price';
import { checkQuantity, unitPriceFen } from '../../components/product/quantity-check';
import { useNavigation } from '../../stores/navigation';
import { addToCart } from './cart-call';

/** Quantity with MOQ and stock checks, and the button that puts the choice in the cart. */
export function AddToCart({
  product,
  variant,
  quantity,
  onQuantity,
}: {
  product: ProductDetail;
  variant: ProductVariant | null;
  quantity: number;
  onQuantity(quantity: number): void;
}) {
  const { t } = useTranslation('product');
  const errorText = useErrorText();
  const go = useNavigation((state) => state.go);
  const [touched, setTouched] = useState(false);
  const problem = checkQuantity(product, variant, quantity);
  const unit = unitPriceFen(product, variant, quantity);

  const add = useMutation({
    mutationFn: () =>
      addToCart({
        platform: product.platform,
        productId: product.id,
        ...(variant
          ? product.platform === '1688'
            ? { specId: variant.id }
            : { skuId: variant.id }
          : {}),
        quantity,
      }),
  });
  const platformName = product.platform === '1688' ? '1688' : 'Taobao';
  const showProblem = problem && (touched || problem.key !== 'errors.chooseVariant');

  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="sm">
        <NumberInput
          label={t('quantity')}
          w={140}
          min={1}
          step={1}
          allowDecimal={false}
          allowNegative={false}
          value={quantity}
          onChange={(value) => onQuantity(typeof value === 'number' ? value : Number(value) || 0)}
          error={
            showProblem
              ? t(problem.key, 'count' in problem ? { count: problem.count } : {})
              : undefined
          }
        />
        <Button
          leftSection={<IconShoppingCartPlus size={18} />}
          loading={add.isPending}
          onClick={() => {
            setTouched(true);
            if (!problem) add.mutate();
          }}
        >
          {add.isPending ? t('adding') : t('addToCart')}
        </Button>
        {unit !== null ? (
          <Stack gap={0} pb={4}>
            <Text size="xs" c="dimmed">
              {t('total')}
            </Text>
            <Price fen={unit * quantity} />
          </Stack>
        ) : null}
      </Group>
      {add.isSuccess ? (
        <Alert color="teal" role="status" variant="light">
          <Group gap="sm">
            <Text size="sm">{t('added', { platform: platformName })}</Text>
            <Anchor component="button" type="button" size="sm" onClick={() => go({ page: 'cart' })}>
              {t('goToCart')}
            </Anchor>
          </Group>
        </Alert>
      ) : null}
      {add.isError ? (
        <Alert color="red" role="alert" variant="light">
          {errorText(add.error)}
        </Alert>
      ) : null}
    </Stack>
  );
}
