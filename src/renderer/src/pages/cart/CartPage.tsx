import { NotReadyPage } from '../NotReadyPage';

export function CartPage() {
  return <NotReadyPage />;
}
