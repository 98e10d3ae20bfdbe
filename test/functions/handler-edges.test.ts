// The handler on its own, for events the local cloud (like WeChat's) never passes to a function
// from a client, but that a timer or another function could: anything that is not an object.
import { z } from 'zod';
import { createHandler } from '../../cloudfunctions/server/handler';
import { defineAction } from '../../cloudfunctions/server/action';
import type { Repositories } from '../../cloudfunctions/server/repositories/types';

const ran: unknown[] = [];
const main = createHandler(
  { echo: defineAction({ schema: z.object({}).strict(), roles: 'anyone', run: async (input) => ran.push(input) }) },
  { repositories: () => ({}) as Repositories },
);

describe('an event that is not an object', () => {
  it.each([null, undefined, 'echo', 42, ['echo'], true])(
    'answers INVALID_INPUT for %p and runs nothing',
    async (event) => {
      expect(await main(event)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      expect(ran).toEqual([]);
    },
  );
});
