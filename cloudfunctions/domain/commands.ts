// What people do to a request (commands) and what the system must do about it afterwards (effects).
import type { TicketCommand } from './api';
import type { Department, SlaStep } from './model';

export type Command =
  | { type: 'accept' }
  | { type: 'reply'; text: string }
  | { type: 'note'; text: string }
  | { type: 'transfer'; toDepartment: Department; reason: string }
  | { type: 'resolve'; text: string; photos: string[] }
  | { type: 'rate'; score: number; tags: string[]; comment?: string };

export type CommandOf<K extends TicketCommand> = Extract<Command, { type: K }>;

/** Owner-facing events worth a subscription message. */
export type OwnerEvent = 'accepted' | 'replied' | 'transferred' | 'resolved' | 'reopened' | 'closed';

/**
 * Effects are data: the function records them with the ticket, in the same transaction, for the
 * notifier and the SLA timers to carry out.
 */
export type Effect =
  | { type: 'NOTIFY_OWNER'; event: OwnerEvent }
  | { type: 'NOTIFY_DEPARTMENT'; department: Department; reason: 'new' | 'transferred' | 'reopened'; urgent: boolean }
  | { type: 'START_SLA'; step: SlaStep; dueAt: string }
  | { type: 'STOP_SLA'; step: SlaStep; outcome: 'hit' | 'missed' | 'cancelled' };
