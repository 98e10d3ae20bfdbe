// What actions need from storage. Implementations over cloud.database() live next to this file.
import type { Page } from '../../domain/api';
import type { AuditEntry } from '../../domain/audit';
import type { CommunityRecord, OutlineBuilding } from '../../domain/community';
import type { RegisterEntry } from '../../domain/register';
import type { BindingRequest, HouseholdInvitation, Membership } from '../../domain/household';
import type { CommunityScope } from '../../domain/scope';
import type { Effect } from '../../domain/commands';
import type { EscalationTarget, InboxCounts } from '../../domain/inbox';
import type { PromisePolicy } from '../../domain/promise-policy';
import type { CalendarYear, WorkingHours } from '../../domain/working-calendar';
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
  /** `nowIso` decides what is overdue; `escalatedTo` whose escalations the viewer receives (the escalated view). */
  listInbox(
    scope: InboxScope,
    view: InboxView,
    nowIso: string,
    page: PageRequest,
    escalatedTo?: EscalationTarget,
  ): Promise<Page<SummarySource>>;
  countInbox(scope: InboxScope, nowIso: string, escalatedTo?: EscalationTarget): Promise<InboxCounts>;
  /** The requests whose alarm (warning, due time, next escalation) is at or before `nowIso`, earliest first. */
  alarmsDue(nowIso: string, limit: number): Promise<Ticket[]>;
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
  register?: RegisterEntry[];
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
  /** The entries about one target (`target.id`), newest first. */
  listForTarget(targetId: string, page: PageRequest): Promise<Page<AuditEntry>>;
}

/** The first administrator of a deployment (bootstrap.claimAdmin). */
export interface AdminSetupRepository {
  /**
   * Makes `openid` an administrator, with the record and audit entry `makeAdmin` answers for their
   * record before (null for a new WeChat user), all in one transaction; false (nothing written)
   * when the deployment already has its administrator.
   */
  claim(openid: string, makeAdmin: (before: User | null) => { after: User; entry: AuditEntry }): Promise<boolean>;
  /** Records that the deployment has its administrator already (the demo data brings one). */
  markClaimed(openid: string, atIso: string): Promise<void>;
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

/** A unit's place in its community. */
export interface UnitPlace {
  building: string;
  entrance: string;
  room: string;
}

/** Communities (with their outline) and units. */
export interface PlaceRepository {
  communities(): Promise<Array<{ id: string; name: string }>>;
  community(id: string): Promise<(CommunityRecord & { outlineVersion: number }) | null>;
  createCommunity(record: CommunityRecord): Promise<void>;
  updateCommunity(id: string, fields: Partial<Omit<CommunityRecord, 'id' | 'outline'>>): Promise<void>;
  /** Writes the outline if the stored one is still `version`; else CONFLICT. */
  saveOutline(id: string, version: number, outline: OutlineBuilding[]): Promise<void>;
  unitsOf(communityId: string, place?: { building?: string; entrance?: string }): Promise<Unit[]>;
  unit(id: string): Promise<Unit | null>;
  /** CONFLICT when the community already has a unit at that place. */
  addUnit(unit: Unit): Promise<void>;
  addUnits(units: Unit[]): Promise<void>;
  renameUnit(id: string, place: UnitPlace): Promise<void>;
  removeUnit(id: string): Promise<void>;
  /** whether requests were filed from the unit */
  unitFiledFrom(unitId: string): Promise<boolean>;
}

/** The register of a whole community, as an import reads and writes it. */
export interface RegisterImportRepository {
  forCommunity(communityId: string): Promise<RegisterEntry[]>;
  /** The entries of these units become `entries` (idempotent per unit). */
  replaceUnits(unitIds: string[], entries: RegisterEntry[]): Promise<void>;
}

/** The calendar as stored: the years found, and the working hours if an admin set them. */
export interface StoredCalendar {
  years: CalendarYear[];
  hours?: WorkingHours;
}

export interface PromiseSettingsRepository {
  calendarOf(years: number[]): Promise<StoredCalendar>;
  /** Writes a year whole (seeding, or an admin's edit). */
  saveYear(year: CalendarYear, at: string, by?: string): Promise<void>;
  saveHours(hours: WorkingHours, at: string, by: string): Promise<void>;
  /** What admins set for a community (null: the defaults throughout). */
  policyOf(communityId: string): Promise<Partial<PromisePolicy> | null>;
  savePolicy(communityId: string, policy: PromisePolicy, at: string, by: string): Promise<void>;
}

export interface Repositories {
  promiseSettings: PromiseSettingsRepository;
  staff: StaffRepository;
  places: PlaceRepository;
  registerImport: RegisterImportRepository;
  adminSetup: AdminSetupRepository;
  audit: AuditRepository;
  register: RegisterRepository;
  homes: HomeRepository;
  tickets: TicketRepository;
  users: UserRepository;
  counters: CounterRepository;
  seed: SeedRepository;
}
