// What staff read about a complaint beyond its words: its marks and its corrective-action report.
import { Text, View } from '@tarojs/components';
import type { TicketView } from '@domain/api';
import { flagsText } from '@domain/labels';
import { formatTime } from '../../utils/format';

export function StaffMarks({ ticket }: { ticket: TicketView }) {
  const marks = ticket.flags ? flagsText(ticket.flags) : '';
  if (!marks && !ticket.correctiveReport) return null;
  return (
    <View className="card" id="staff-marks">
      {marks && <Text className="notice notice--warn">{marks}</Text>}
      {ticket.correctiveReport && (
        <View>
          <Text className="section__title">纠正措施报告</Text>
          <Text className="ticket__description">{ticket.correctiveReport.text}</Text>
          <Text className="text-muted">
            {ticket.correctiveReport.by} · {formatTime(ticket.correctiveReport.at)}
          </Text>
        </View>
      )}
    </View>
  );
}
