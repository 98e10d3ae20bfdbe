// A second community, for tests of what staff and admins of one community may do in another.
import type { FunctionsCloud } from '../../support/functions-cloud';

export async function aSecondCommunity(c: FunctionsCloud): Promise<string> {
  const created = await c.ok<{ id: string }>(
    'place',
    {
      action: 'createCommunity',
      name: '枫林苑',
      address: '枫林路1号',
      serviceDeskPhone: '0571-1234567',
      dutyPhone: '13900001111',
    },
    'demo-admin',
  );
  return created.id;
}
