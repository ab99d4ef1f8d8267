import { Button, Group, NumberInput, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SEARCH_SORTS, type SearchSort } from '../../../../shared/bridge/calls/catalog';
import { useBridgeQuery } from '../../bridge/hooks';
import { useSearch } from '../../stores/search';

const toFen = (value: string | number) =>
  value === '' || value === undefined ? undefined : Math.round(Number(value) * 100);
const toYuan = (fen: number | undefined) => (fen === undefined ? '' : fen / 100);

/** Category, price range (typed in yuan, kept in fen) and sort. */
export function SearchFilters({ showCategory }: { showCategory: boolean }) {
  const { t, i18n } = useTranslation('search');
  const filters = useSearch((state) => state.filters);
  const setFilters = useSearch((state) => state.setFilters);
  const resetFilters = useSearch((state) => state.resetFilters);
  const categories = useBridgeQuery(
    'catalog.categories',
    {},
    { enabled: showCategory, staleTime: Infinity },
  );
  const invalidRange =
    filters.priceMinFen !== undefined &&
    filters.priceMaxFen !== undefined &&
    filters.priceMinFen > filters.priceMaxFen;
  const chinese = i18n.language.startsWith('zh');

  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="group" aria-label={t('filters.label')}>
      {showCategory && categories.data && categories.data.data.length > 0 ? (
        <Select
          label={t('filters.category')}
          placeholder={t('filters.categoryAny')}
          clearable
          searchable
          w={200}
          value={filters.categoryId ?? null}
          onChange={(value) => setFilters({ categoryId: value ?? undefined })}
          data={categories.data.data.map((category) => ({
            value: category.id,
            label: chinese ? category.name : (category.nameTranslated ?? category.name),
          }))}
        />
      ) : null}
      <NumberInput
        label={t('filters.priceMin')}
        w={140}
        min={0}
        decimalScale={2}
        value={toYuan(filters.priceMinFen)}
        onChange={(value) => setFilters({ priceMinFen: toFen(value) })}
        error={invalidRange ? t('filters.priceInvalid') : undefined}
      />
      <NumberInput
        label={t('filters.priceMax')}
        w={140}
        min={0}
        decimalScale={2}
        value={toYuan(filters.priceMaxFen)}
        onChange={(value) => setFilters({ priceMaxFen: toFen(value) })}
      />
      <Select
        label={t('filters.sort')}
        w={200}
        allowDeselect={false}
        value={filters.sort}
        onChange={(value) => value && setFilters({ sort: value as SearchSort })}
        data={SEARCH_SORTS.map((sort) => ({ value: sort, label: t(`filters.${sort}`) }))}
      />
      <Button variant="subtle" onClick={resetFilters}>
        {t('filters.reset')}
      </Button>
    </Group>
  );
}
