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
import type { RoutingRule } from '../../domain/routing';
import type { CommunityPhones, FaqOutcome, FaqStats, ServiceGuide } from '../../domain/guide';
import type { InboxScope } from '../../domain/permissions';
import type { InboxView } from '../../domain/schemas';
import type { SummarySource } from '../../domain/views';
import type { Visit, VisitState } from '../../domain/visits';
import type { SampleCandidate, VisitSampleRecord } from '../../domain/visit-sample';
import type { Message } from '../../domain/messages';
import type { ParkedEffect } from '../../domain/effects';
import type { SendRecord } from '../../domain/subscription-ledger';
import type { KeyedEffect } from '../effects/handler';
import type { Survey, SurveyStatus } from '../../domain/surveys/survey';
import type { SurveyAnswer } from '../../domain/surveys/answer-record';
import type { SurveySample } from '../../domain/surveys/sample';
import type { SurveySettings } from '../../domain/surveys/settings';
import type { BuildingTally, PickTally } from '../../domain/surveys/results';
import type { Announcement, AnnouncementRead } from '../../domain/announcements';
import type { OutageDelivery, UnitPosition } from '../../domain/outage-delivery';
import type { MediaCheck } from '../../domain/media-checks';
import type { AccessKind, AccessLogEntry } from '../../domain/access-log';
import type { HeldRequestView, PurgeLogEntry, RetentionSettings, RetentionYears } from '../../domain/retention';
import type { Incident, LinkedRequest, LostItem, LostItemState } from '../../domain/logbook';
import type { ArchiveRepository } from './cloud-archive';
import type { CloudFigureRepository } from './cloud-figures';

export interface PageRequest {
  cursor?: string;
  limit: number;
}

export type MineFilter = 'open' | 'done' | 'all';

export interface TicketRepository {
  get(id: string): Promise<Ticket | null>;
  findByClientRequestId(ownerOpenid: string, clientRequestId: string): Promise<Ticket | null>;
  /** The request with this number ("ED20261122-0007"), by the unique index on numbers. */
  findByNumber(number: string): Promise<Ticket | null>;
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
  /** Praise credited to this staff member, newest first. */
  listCreditedTo(openid: string, page: PageRequest): Promise<Page<SummarySource>>;
  /** The open requests assigned to this person (to hand back when they are deactivated). */
  heldBy(openid: string): Promise<Ticket[]>;
  /**
   * Requests the service desk recorded for a caller with no account, about this unit and with this
   * contact phone, become `ownerOpenid`'s (one request, however many): the person who binds the unit
   * with that phone (verified by WeChat or confirmed by the desk) follows them in 我的. Answers how many.
   */
  claimUnclaimed(unitId: string, phone: string, ownerOpenid: string): Promise<number>;
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
  routingRules?: readonly RoutingRule[];
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
  /** Every membership of these units, however many: one request while they are under 1,000 (index `unit`). */
  everyMembershipOf(unitIds: string[]): Promise<Membership[]>;
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
  /**
   * Up to `limit` units after `after`, in (building, entrance, room) order: of one building, or of
   * the whole community when `building` is undefined. One request (index `community_place`).
   */
  unitsAfter(
    communityId: string,
    building: string | undefined,
    after: UnitPosition | undefined,
    limit: number,
  ): Promise<Unit[]>;
}

/** The register of a whole community, as an import reads and writes it. */
export interface RegisterImportRepository {
  forCommunity(communityId: string): Promise<RegisterEntry[]>;
  /** The entries of these units become `entries` (idempotent per unit). */
  replaceUnits(unitIds: string[], entries: RegisterEntry[]): Promise<void>;
}

/** A closed repair as the weekly sample reads it. */
export interface ClosedRepair extends SampleCandidate {
  number: string;
  department: Department;
  ownerName: string;
  contactPhone: string;
  location: { text: string };
  /** when it closed (a closed request changes no more) */
  updatedAt: string;
}

/** Return visit tasks and the weekly samples that made some of them. */
export interface VisitRepository {
  /** 'exists' when a visit with this id is there already (nothing written). */
  plan(visit: Visit): Promise<'created' | 'exists'>;
  /** Writes the visits not there yet; answers how many were new. */
  planMany(visits: Visit[]): Promise<number>;
  get(id: string): Promise<Visit | null>;
  /** Writes `after` if the stored version is still `before.version`; else CONFLICT. */
  save(before: Visit, after: Visit): Promise<void>;
  /** Open visits due first, or done ones latest first, of these communities. */
  list(communityIds: string[], state: VisitState, page: PageRequest): Promise<Page<Visit>>;
  forTicket(ticketId: string): Promise<Visit[]>;
  /** The repairs closed in [start, end), in closing order, a page at a time (`after`: the last one read). */
  closedRepairs(
    start: string,
    end: string,
    limit: number,
    after?: { updatedAt: string; id: string },
  ): Promise<ClosedRepair[]>;
  sample(weekKey: string): Promise<VisitSampleRecord | null>;
  /** false when the week's record was there already (nothing written). */
  recordSample(record: VisitSampleRecord): Promise<boolean>;
}

/** An effect waiting in its ticket, with its retry state once it has failed. */
export type StoredEffect = KeyedEffect & {
  state: 'pending';
  attempts?: number;
  /** not tried again before this; absent: due now */
  nextAttemptAt?: string;
  lastError?: string;
};

/** A ticket with effects due, as the sweep reads it. */
export interface DueTicket {
  ticket: Ticket;
  pending: StoredEffect[];
}

/** What one dispatch did to a ticket's outbox. */
export interface EffectOutcome {
  /** carried out: removed */
  done: string[];
  /** failed again, with their new retry state: kept */
  failed: StoredEffect[];
  /** failed for the last time: removed (they are in parked_effects) */
  parked: string[];
}

export type { ParkedEffect } from '../../domain/effects';

/** The effects inside tickets, seen from the dispatcher. */
export interface EffectRepository {
  /** Tickets with an effect due at `nowIso`, the longest waiting first. One request. */
  due(nowIso: string, limit: number): Promise<DueTicket[]>;
  /**
   * Applies `outcome` to the ticket's outbox without bumping its version; `pending` is the outbox
   * as read at `version`. Re-reads and re-applies by key when a command wrote meanwhile.
   */
  settle(ticketId: string, version: number, pending: StoredEffect[], outcome: EffectOutcome): Promise<void>;
  /**
   * After a command's own effects were carried out at once: removes `done` (of the `recorded`
   * effects that version wrote). One request.
   */
  settleRecorded(ticketId: string, version: number, recorded: number, done: string[]): Promise<void>;
  park(parked: ParkedEffect[]): Promise<void>;
  listParked(page: PageRequest): Promise<Page<ParkedEffect>>;
  getParked(key: string): Promise<ParkedEffect | null>;
  /** Puts a parked effect back in its ticket's outbox, due now, with its tries counted afresh. */
  unpark(parked: ParkedEffect, nowIso: string): Promise<void>;
}

/** In-app messages, one per effect, read by everyone of its audience. */
export interface MessageRepository {
  /** 'duplicate' when a message with this id exists (the effect was carried out before). */
  add(message: Message): Promise<'added' | 'duplicate'>;
  /** Newest first. */
  list(audiences: string[], page: PageRequest): Promise<Page<Message>>;
  /** Unread by `openid` among the newest `limit`. */
  unread(audiences: string[], openid: string, limit: number): Promise<number>;
  /** Marks read by `openid` those of `ids` addressed to one of `audiences`; how many. */
  markRead(audiences: string[], ids: string[], openid: string): Promise<number>;
  /** Writes many in one request; those written before are skipped (one by one then). How many were new. */
  addMany(messages: Message[]): Promise<number>;
}

/** Surveys, their samples and answers, and each community's survey settings. */
export interface SurveyRepository {
  get(id: string): Promise<Survey | null>;
  /** The status of those of these surveys that exist: one request. */
  existing(ids: string[]): Promise<Map<string, SurveyStatus>>;
  /** 'exists' when one with this id is there already (nothing written). */
  create(survey: Survey): Promise<'created' | 'exists'>;
  /** Writes `after` if the stored version is still `before.version`; else CONFLICT. */
  save(before: Survey, after: Survey): Promise<void>;
  /** Newest first, without their questions or sample. */
  list(communityIds: string[] | 'all', page: PageRequest): Promise<Page<Survey>>;
  /** The open surveys of these communities, closing soonest first. */
  openIn(communityIds: string[], limit: number): Promise<Survey[]>;
  /** Surveys the timer must look at (messages to write, or closing), earliest first. */
  timerDue(nowIso: string, limit: number): Promise<Survey[]>;
  /** Keeps a survey's sample for auditors (once). */
  recordSample(surveyId: string, sample: SurveySample, at: string): Promise<void>;
  sample(surveyId: string): Promise<(SurveySample & { at: string }) | null>;
  /** The people bound to the community's units, by membership id, after `after`. */
  membersOf(communityId: string, after: string | undefined, limit: number): Promise<Membership[]>;
  /** 'duplicate' when this owner answered this survey already (nothing written). */
  addAnswer(answer: SurveyAnswer): Promise<'added' | 'duplicate'>;
  answer(id: string): Promise<SurveyAnswer | null>;
  /** When each of these answers was given (those that exist): one request. */
  answeredAt(ids: string[]): Promise<Map<string, string>>;
  /** The answers that raised a problem, newest first. */
  problems(surveyId: string, page: PageRequest): Promise<Page<SurveyAnswer>>;
  /** Per question and pick, how many answers (one aggregate). */
  pickTallies(surveyId: string): Promise<PickTally[]>;
  /** Per building, the units that answered and the answers (one aggregate). */
  buildingTallies(surveyId: string): Promise<BuildingTally[]>;
  /** Records the request an answer became, if it has none yet; false when it had one. */
  markRequest(answerId: string, ticket: NonNullable<SurveyAnswer['ticket']>): Promise<boolean>;
  settingsOf(communityId: string): Promise<Partial<SurveySettings> | null>;
  /** Every community's stored settings: one request. */
  allSettings(): Promise<Map<string, Partial<SurveySettings>>>;
  saveSettings(communityId: string, settings: SurveySettings, at: string, by: string): Promise<void>;
}

/** The company's routing rules: one stored list, replaced whole on each edit. */
export interface StoredRoutingRules {
  rules: RoutingRule[];
  /** bumped on every save; 0 while none is stored (the seeded defaults apply) */
  version: number;
  updatedAt?: string;
  updatedBy?: { openid: string; name: string };
}

export interface RoutingRuleRepository {
  /** null while none is stored */
  load(): Promise<StoredRoutingRules | null>;
  /** Writes the list if the stored version is still `expectedVersion` (0: none stored); false when not (nothing written). */
  save(expectedVersion: number, next: StoredRoutingRules): Promise<boolean>;
}

/** Each community's service guide and FAQ, and the FAQ's monthly counts. */
export interface GuideRepository {
  /** null while the community has none stored: one request */
  load(communityId: string): Promise<ServiceGuide | null>;
  /** Writes it if the stored version is still `expectedVersion` (0: none stored); false when not (nothing written). */
  save(expectedVersion: number, next: ServiceGuide): Promise<boolean>;
  /** The community's name and the numbers owners call: one request, those fields only. */
  phones(communityId: string): Promise<CommunityPhones | null>;
  /** Counts one outcome in the community's month (and the question that solved it): one request, two the month's first time. */
  count(communityId: string, month: string, outcome: FaqOutcome, faqId?: string): Promise<void>;
  monthStats(communityId: string, month: string): Promise<FaqStats | null>;
  /** Consultations filed in the community in [from, to): one count. */
  consultationsFiled(communityId: string, from: string, to: string): Promise<number>;
}

/** What the service desk reads to find the person who called. */
export interface DeskRepository {
  /** The accounts bound to these units (through their memberships): two requests (none for no units). */
  accountsOfUnits(unitIds: string[]): Promise<User[]>;
  /** The register lines and the accounts with this phone number: two requests, at once. */
  byPhone(phone: string): Promise<{ register: RegisterEntry[]; accounts: User[] }>;
  /** Unit labels by id: one request. */
  labels(unitIds: string[]): Promise<Map<string, string>>;
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

export interface AnnouncementRepository {
  get(id: string): Promise<Announcement | null>;
  insert(announcement: Announcement): Promise<void>;
  /** Writes what changed since `before` (never the read counts) if the version is still `before.version`; else CONFLICT. */
  save(before: Announcement, after: Announcement): Promise<void>;
  /** Published ones of these communities addressed to the whole community or one of these buildings. */
  feed(communityIds: string[], buildings: string[], page: PageRequest): Promise<Page<Announcement>>;
  listForCommunity(communityId: string, page: PageRequest): Promise<Page<Announcement>>;
  /** Scheduled ones whose time has come, earliest first. */
  scheduledDue(nowIso: string, limit: number): Promise<Announcement[]>;
  /** Published outages whose messages are under way, earliest first (index `delivery_due`). */
  deliveryDue(nowIso: string, limit: number): Promise<Announcement[]>;
  /**
   * Writes the delivery (no version change: a writer's edit never conflicts with it) while the
   * announcement is published and its delivery still at `step`; false when not (nothing written).
   */
  saveDelivery(id: string, step: number, delivery: OutageDelivery): Promise<boolean>;
  /** 'duplicate' when this person had read it already (nothing written). */
  addRead(read: AnnouncementRead): Promise<'added' | 'duplicate'>;
  /** One more read, under the reader's building and the group it was opened from. */
  countRead(id: string, building: string, groupId?: string): Promise<void>;
  /** A group seen for the first time is added; a known one gains these admins. */
  knowGroup(group: OwnerGroup): Promise<void>;
  groups(ids: string[]): Promise<OwnerGroup[]>;
}

export interface MediaCheckRepository {
  add(checks: MediaCheck[]): Promise<void>;
  get(traceId: string): Promise<MediaCheck | null>;
  settle(traceId: string, result: NonNullable<MediaCheck['result']>, at: string): Promise<boolean>;
  dropTicketPhoto(ticketId: string, fileID: string): Promise<void>;
}

/** Who saw what: appended by the functions that show or export personal data, read by admins. */
export interface AccessLogRepository {
  append(entry: AccessLogEntry): Promise<void>;
  /** Newest first, of one kind or all. */
  list(kind: AccessKind | undefined, page: PageRequest): Promise<Page<AccessLogEntry>>;
}

/** The retention settings, the purge log and the requests under legal hold. */
export interface RetentionRepository {
  /** null while none is stored (the defaults apply) */
  settings(): Promise<{ years: Partial<RetentionYears>; version: number; updatedAt?: string } | null>;
  /** Writes the settings if the stored version is still `expectedVersion` (0: none stored); false when not. */
  saveSettings(expectedVersion: number, next: RetentionSettings): Promise<boolean>;
  addPurge(entry: PurgeLogEntry): Promise<void>;
  listPurges(page: PageRequest): Promise<Page<PurgeLogEntry>>;
  /** Requests under legal hold, latest hold first. */
  listHolds(page: PageRequest): Promise<Page<HeldRequestView>>;
}

/** Record ids a purge removes and the storage files they carry. */
export interface ExpiredBatch {
  ids: string[];
  files: string[];
}

/** What a purge run reads and removes, a batch at a time, by indexed queries on each record's end. */
export interface PurgeRepository {
  expiredRequests(cutoff: string, limit: number): Promise<ExpiredBatch>;
  /** How many finished requests past `cutoff` are kept for a legal hold. */
  heldExpiredRequests(cutoff: string): Promise<number>;
  expired(collection: string, field: string, cutoff: string, limit: number): Promise<ExpiredBatch>;
  /** How many were removed. */
  remove(collection: string, ids: string[]): Promise<number>;
}

/** The registers: major incidents and found property. */
export interface LogbookRepository {
  /** The requests with these numbers (one request). */
  requestsByNumber(numbers: string[]): Promise<Array<LinkedRequest & { communityId: string }>>;
  addIncident(incident: Incident): Promise<void>;
  incident(id: string): Promise<Incident | null>;
  /** CONFLICT when the stored version is no longer `before.version`. */
  saveIncident(before: Incident, after: Incident): Promise<void>;
  listIncidents(communityId: string, state: Incident['state'] | 'all', page: PageRequest): Promise<Page<Incident>>;
  addLostItem(item: LostItem): Promise<void>;
  lostItem(id: string): Promise<LostItem | null>;
  saveLostItem(before: LostItem, after: LostItem): Promise<void>;
  listLostItems(communityId: string, state: LostItemState | 'all', page: PageRequest): Promise<Page<LostItem>>;
}

/** A person's grants of one template, as the ledger keeps them. */
export interface QuotaEntry {
  openid: string;
  templateId: string;
  /** messages still allowed */
  remaining: number;
  /** accepts so far, and grants spent, in all */
  accepted: number;
  spent: number;
  updatedAt: string;
}

/** The quota ledger of one-time subscriptions, the record of every message sent, and who they go to. */
export interface SubscriptionRepository {
  /** One more grant of each template for `openid`: one request per template (two the first time). */
  grant(openid: string, templateIds: string[], nowIso: string): Promise<void>;
  /** The caller's entries of these templates (absent: none ever). One request. */
  quotaOf(openid: string, templateIds: string[]): Promise<QuotaEntry[]>;
  /** Spends one grant if one is left (a conditional update: two sends never spend one grant). */
  spend(openid: string, templateId: string, nowIso: string): Promise<boolean>;
  /** Gives back a grant WeChat did not use. */
  refund(openid: string, templateId: string, nowIso: string): Promise<void>;
  /** The send records with these ids. One request. */
  sends(ids: string[]): Promise<SendRecord[]>;
  /** Writes a send record whole. One request. */
  saveSend(record: SendRecord): Promise<void>;
  /** Every message about a request, newest first. One request. */
  sendsOfTicket(ticketId: string, limit: number): Promise<SendRecord[]>;
  /** The active people an audience key (domain/messages.ts) reaches. One request (none for one person). */
  peopleOf(audience: string): Promise<string[]>;
  /** People's names by openid. One request. */
  namesOf(openids: string[]): Promise<Map<string, string>>;
}

export interface Repositories {
  surveys: SurveyRepository;
  announcements: AnnouncementRepository;
  mediaChecks: MediaCheckRepository;
  accessLog: AccessLogRepository;
  retention: RetentionRepository;
  purge: PurgeRepository;
  logbook: LogbookRepository;
  subscriptions: SubscriptionRepository;
  archive: ArchiveRepository;
  visits: VisitRepository;
  effects: EffectRepository;
  messages: MessageRepository;
  routingRules: RoutingRuleRepository;
  guides: GuideRepository;
  desk: DeskRepository;
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
  /** month figures, their snapshots, the complaint summaries (cloud-figures.ts) */
  figures: FigureRepository;
}

export type FigureRepository = Pick<CloudFigureRepository, keyof CloudFigureRepository>;
