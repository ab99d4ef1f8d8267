import { useNavigation } from '../../stores/navigation';
import { OrderDetailView } from './OrderDetailView';
import { OrderListView } from './OrderListView';

/** The order list, or one order when the route names it. */
export function OrdersPage() {
  const route = useNavigation((state) => state.route);
  if (route.page === 'orders' && route.orderId && route.platform) {
    return (
      <OrderDetailView
        key={`${route.platform}:${route.orderId}`}
        platform={route.platform}
        orderId={route.orderId}
      />
    );
  }
  return <OrderListView />;
}
