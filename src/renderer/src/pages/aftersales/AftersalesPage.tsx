import { NotReadyPage } from '../NotReadyPage';

export function AftersalesPage() {
  return <NotReadyPage />;
}
