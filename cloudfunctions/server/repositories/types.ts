// What actions need from storage. Implementations over cloud.database() live next to this file.
import type { Page } from '../../domain/api';
import type { AuditEntry } from '../../domain/audit';
import type { RegisterEntry } from '../../domain/register';
import type { BindingRequest, HouseholdInvitation, Membership } from '../../domain/household';
import type { CommunityScope } from '../../domain/scope';
import type { Effect } from '../../domain/commands';
import type { InboxCounts } from '../../domain/inbox';
import type { Community, Ticket, Unit, User } from '../../domain/model';
import type { InboxScope } from '../../domain/permissions';
import type { InboxView } from '../../domain/schemas';
import type { SummarySource } from '../../domain/views';

export interface PageRequest {
  cursor?: string;
  limit: number;
}

export type MineFilter = 'open' | 'done' | 'all';

export interface TicketRepository {
  get(id: string): Promise<Ticket | null>;
  findByClientRequestId(ownerOpenid: string, clientRequestId: string): Promise<Ticket | null>;
  /** 'duplicate' when this owner already filed one with the same clientRequestId (nothing written). */
  create(ticket: Ticket, effects: Effect[]): Promise<'created' | 'duplicate'>;
  /** Writes `after` and its effects at once, if the stored version is still `before.version`; else CONFLICT. */
  save(before: Ticket, after: Ticket, effects: Effect[]): Promise<void>;
  /** Writes past requests whose effects were all carried out long ago, many per request. */
  importHistory(tickets: Ticket[]): Promise<void>;
  listByOwner(ownerOpenid: string, filter: MineFilter, page: PageRequest): Promise<Page<SummarySource>>;
  /** `nowIso` decides what is overdue. */
  listInbox(scope: InboxScope, view: InboxView, nowIso: string, page: PageRequest): Promise<Page<SummarySource>>;
  countInbox(scope: InboxScope, nowIso: string): Promise<InboxCounts>;
}

export interface UserRepository {
  get(openid: string): Promise<User | null>;
}

/** Daily sequences for human-readable numbers. */
export interface CounterRepository {
  /** The next number of the sequence `key`: 1 the first time, never the same number twice. */
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
  /** Sets sequences to a value (after history was imported with numbers of its own). */
  setCounters(values: Record<string, number>): Promise<void>;
}

/** Who changed what in people and places: appended by every admin action, read by admins. */
export interface AuditRepository {
  record(entry: AuditEntry): Promise<void>;
  list(page: PageRequest): Promise<Page<AuditEntry>>;
}

/** The owner register: who lives in each unit, as the company knows it. */
export interface RegisterRepository {
  forUnit(unitId: string): Promise<RegisterEntry[]>;
}

/** Binding homes: people's records, who lives in each unit, binding requests, household invitations. */
export interface HomeRepository {
  unit(unitId: string): Promise<{ unit: Unit; community: Community } | null>;
  user(openid: string): Promise<User | null>;
  putUser(user: User): Promise<void>;
  putMembership(membership: Membership): Promise<void>;
  removeMemberships(ids: string[]): Promise<void>;
  membershipsOf(unitIds: string[]): Promise<Membership[]>;
  addRequest(request: BindingRequest): Promise<void>;
  request(id: string): Promise<BindingRequest | null>;
  requestsOf(openid: string): Promise<BindingRequest[]>;
  pendingRequests(scope: CommunityScope): Promise<BindingRequest[]>;
  decide(after: BindingRequest): Promise<boolean>;
  addInvitation(invitation: HouseholdInvitation): Promise<void>;
  invitation(code: string): Promise<HouseholdInvitation | null>;
  claimInvitation(code: string, openid: string, atIso: string): Promise<boolean>;
}

export interface Repositories {
  audit: AuditRepository;
  register: RegisterRepository;
  homes: HomeRepository;
  tickets: TicketRepository;
  users: UserRepository;
  counters: CounterRepository;
  seed: SeedRepository;
}
