import { NotReadyPage } from '../NotReadyPage';

export function OrdersPage() {
  return <NotReadyPage />;
}
