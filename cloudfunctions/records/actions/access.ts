import { listAccessInput } from '../../domain/records-schemas';
import { defineAction } from '../../server/action';

/**
 * Who saw which owner's full phone number, or exported personal data, and when: newest first, of
 * one kind or all. Administrators only; nobody has an action that changes an entry.
 */
export const listAccess = defineAction({
  schema: listAccessInput,
  roles: ['admin'],
  run: ({ cursor, limit, kind }, { repos }) => repos.accessLog.list(kind, { limit, ...(cursor ? { cursor } : {}) }),
});
