// Requests an incident links to, by their numbers: each must exist and be of the incident's community.
import { invalidInput } from '../domain/errors';
import type { LinkedRequest } from '../domain/logbook';
import type { Repositories } from '../server/repositories/types';

export async function linkedRequests(
  repos: Repositories,
  communityId: string,
  numbers: string[],
): Promise<LinkedRequest[]> {
  const found = await repos.logbook.requestsByNumber(numbers);
  const byNumber = new Map(found.filter((t) => t.communityId === communityId).map((t) => [t.number, t]));
  const missing = numbers.find((n) => !byNumber.has(n));
  if (missing) throw invalidInput(`本小区没有编号为 ${missing} 的诉求`, 'linkedNumbers');
  return numbers.map((n) => {
    const t = byNumber.get(n) as LinkedRequest;
    return { id: t.id, number: t.number };
  });
}
