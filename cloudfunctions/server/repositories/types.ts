// What actions need from storage. Implementations over cloud.database() live next to this file.
import type { Page } from '../../domain/api';
import type { Effect } from '../../domain/commands';
import type { Community, Ticket, Unit, User } from '../../domain/model';
import type { InboxScope } from '../../domain/permissions';
import type { InboxView } from '../../domain/schemas';
import type { SummarySource } from '../../domain/views';

export interface PageRequest {
  cursor?: string;
  limit: number;
}

export type MineFilter = 'open' | 'done' | 'all';

export interface InboxCounts {
  new: number;
  in_progress: number;
  overdue: number;
}

export interface TicketRepository {
  get(id: string): Promise<Ticket | null>;
  findByClientRequestId(ownerOpenid: string, clientRequestId: string): Promise<Ticket | null>;
  /** 'duplicate' when this owner already filed one with the same clientRequestId (nothing written). */
  create(ticket: Ticket, effects: Effect[]): Promise<'created' | 'duplicate'>;
  /** Writes the ticket and its effects at once, if the stored version is still `expectedVersion`; else CONFLICT. */
  save(ticket: Ticket, expectedVersion: number, effects: Effect[]): Promise<void>;
  listByOwner(ownerOpenid: string, filter: MineFilter, page: PageRequest): Promise<Page<SummarySource>>;
  /** `nowIso` decides what is overdue. */
  listInbox(scope: InboxScope, view: InboxView, nowIso: string, page: PageRequest): Promise<Page<SummarySource>>;
  countInbox(scope: InboxScope, nowIso: string): Promise<InboxCounts>;
}

export interface UserRepository {
  get(openid: string): Promise<User | null>;
}

export interface PlaceRepository {
  community(id: string): Promise<Community | null>;
  units(ids: string[]): Promise<Unit[]>;
}

/** Daily sequences for human-readable numbers. */
export interface CounterRepository {
  next(key: string): Promise<number>;
}

export interface DemoData {
  communities: Community[];
  units: Unit[];
  users: User[];
}

export interface SeedRepository {
  isEmpty(): Promise<boolean>;
  write(data: DemoData): Promise<void>;
}

export interface Repositories {
  tickets: TicketRepository;
  users: UserRepository;
  places: PlaceRepository;
  counters: CounterRepository;
  seed: SeedRepository;
}
