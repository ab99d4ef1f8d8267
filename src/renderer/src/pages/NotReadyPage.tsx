import { IconTools } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/states';

export function NotReadyPage() {
  const { t } = useTranslation('app');
  return <EmptyState title={t('comingSoon')} icon={<IconTools size={26} />} />;
}
