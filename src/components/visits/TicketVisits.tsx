// A request's return visits on its page, for staff only (the server refuses owners).
import { Text, View } from '@tarojs/components';
import { useRemote } from '../../hooks/useRemote';
import { visitApi } from '../../services/api/visit';
import { VisitCard } from './VisitCard';

export function TicketVisits({ ticketId, updatedAt }: { ticketId: string; updatedAt: string }) {
  // read again when the request changes (a visit can reopen it)
  const visits = useRemote(`${ticketId}:${updatedAt}`, () => visitApi.forTicket(ticketId));
  if (visits.loading && !visits.data) return null;
  // staff reading their own request as its owner see no visits
  if (visits.error?.code === 'NOT_FOUND' || visits.error?.code === 'FORBIDDEN') return null;
  if (visits.error)
    return (
      <View className="card">
        <Text className="section__title">回访</Text>
        <Text className="notice notice--danger" onClick={() => void visits.reload()}>
          {visits.error.message}（点击重试）
        </Text>
      </View>
    );
  if (!visits.data?.length) return null;
  return (
    <View className="card ticket-visits">
      <Text className="section__title">回访</Text>
      {visits.data.map((visit) => (
        <VisitCard key={visit.id} visit={visit} />
      ))}
    </View>
  );
}
