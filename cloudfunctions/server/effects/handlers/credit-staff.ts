// CREDIT_STAFF: the rating or praise recorded by the command credited to the staff member who did
// the work, in `credits` (its id derived from the request and the timeline entry, so carrying the
// effect out twice writes nothing new). One database request.
import { creditsOf } from '../../../domain/credits';
import type { EffectHandler } from '../handler';

export const creditStaff: EffectHandler<'CREDIT_STAFF'> = async (effect, { repos, ticket }) => {
  await repos.archive.putCredits(creditsOf(ticket).filter((credit) => credit.at === effect.at));
};
