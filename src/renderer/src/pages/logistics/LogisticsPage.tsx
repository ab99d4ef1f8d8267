import { NotReadyPage } from '../NotReadyPage';

export function LogisticsPage() {
  return <NotReadyPage />;
}
