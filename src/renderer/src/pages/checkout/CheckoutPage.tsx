import { NotReadyPage } from '../NotReadyPage';

export function CheckoutPage() {
  return <NotReadyPage />;
}
