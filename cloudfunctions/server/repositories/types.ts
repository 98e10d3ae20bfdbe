// What actions need from storage. Implementations over cloud.database() live next to this file.
import type { Page } from '../../domain/api';
import type { AuditEntry } from '../../domain/audit';
import type { RegisterEntry } from '../../domain/register';
import type { Effect } from '../../domain/commands';
import type { InboxCounts } from '../../domain/inbox';
import type { Community, Department, Ticket, Unit, User } from '../../domain/model';
import type { OwnerGroup } from '../../domain/owner-groups';
import type { StaffInvitation } from '../../domain/staff';
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
  /** The open requests assigned to this person (to hand back when they are deactivated). */
  heldBy(openid: string): Promise<Ticket[]>;
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

export interface StaffFilter {
  communityIds: string[] | 'all';
  department?: Department;
  /** absent: active and deactivated alike */
  active?: boolean;
}

/** Staff invitations, staff records and the owner groups group admins manage. */
export interface StaffRepository {
  addInvitation(invitation: StaffInvitation): Promise<void>;
  getInvitation(code: string): Promise<StaffInvitation | null>;
  /** Marks the invitation used by `openid` if it is still open; null when it is not (nothing written). */
  useInvitation(code: string, openid: string, nowIso: string): Promise<StaffInvitation | null>;
  /** false when it was already used or revoked. */
  revokeInvitation(code: string, nowIso: string): Promise<boolean>;
  openInvitations(communityIds: string[] | 'all', nowIso: string): Promise<StaffInvitation[]>;
  communities(ids: string[] | 'all'): Promise<Community[]>;
  listStaff(filter: StaffFilter): Promise<User[]>;
  putUser(user: User): Promise<void>;
  /** false when the record changed since `before` was read (nothing written). */
  updateStaff(before: User, after: User): Promise<boolean>;
  groupsAdministeredBy(openid: string): Promise<OwnerGroup[]>;
}

export interface Repositories {
  staff: StaffRepository;
  audit: AuditRepository;
  register: RegisterRepository;
  tickets: TicketRepository;
  users: UserRepository;
  counters: CounterRepository;
  seed: SeedRepository;
}
