// The one way personal data shown or exported is logged (domain/access-log.ts): one entry per view
// or export, one database request. The archive's export calls it with `kind: 'export'`.
import { randomBytes } from 'crypto';
import type { AccessKind, AccessLogEntry } from '../domain/access-log';
import type { Actor } from '../domain/model';
import { toIso } from '../domain/time';
import type { Repositories } from './repositories/types';

export interface AccessRecord {
  actor: Pick<Actor, 'openid' | 'name' | 'roles'>;
  kind: AccessKind;
  /** the requests shown or exported */
  tickets?: ReadonlyArray<{ id: string; number: string }>;
  /** what an export covered, in words, when it is not (only) a list of requests */
  subject?: string;
  at: Date;
}

export async function logAccess(repos: Pick<Repositories, 'accessLog'>, record: AccessRecord): Promise<void> {
  const tickets = record.tickets ?? [];
  const entry: AccessLogEntry = {
    id: randomBytes(12).toString('hex'),
    at: toIso(record.at),
    actor: { openid: record.actor.openid, name: record.actor.name, roles: [...record.actor.roles] },
    kind: record.kind,
    ticketIds: tickets.map((t) => t.id),
    ticketNumbers: tickets.map((t) => t.number),
    ...(record.subject ? { subject: record.subject } : {}),
  };
  await repos.accessLog.append(entry);
}
