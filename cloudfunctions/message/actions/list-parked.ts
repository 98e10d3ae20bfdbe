import type { Page } from '../../domain/api';
import { listParkedInput } from '../../domain/message-schemas';
import { defineAction } from '../../server/action';
import type { ParkedEffect } from '../../server/repositories/types';

/** Effects parked after failing too often, newest first; administrators only. One database request. */
export const listParked = defineAction({
  schema: listParkedInput,
  roles: ['admin'],
  run: ({ cursor, limit }, { repos }): Promise<Page<ParkedEffect>> =>
    repos.effects.listParked({ limit, ...(cursor ? { cursor } : {}) }),
});
