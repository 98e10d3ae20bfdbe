// What a media verdict changes: an announcement's image passes or holds it; a request's risky
// photo is taken off the request.
import { afterImageResult } from '../domain/announcements';
import { isDomainError } from '../domain/errors';
import type { MediaCheck } from '../domain/media-checks';
import type { Repositories } from '../server/repositories/types';

const ATTEMPTS = 3;

export async function applyVerdict(
  repos: Repositories,
  check: MediaCheck,
  verdict: NonNullable<MediaCheck['result']>,
  now: Date,
): Promise<void> {
  const risky = verdict.suggest === 'risky';
  if (check.subject.kind === 'ticket') {
    if (risky) await repos.mediaChecks.dropTicketPhoto(check.subject.id, check.fileID);
    return;
  }
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    const before = await repos.announcements.get(check.subject.id);
    if (!before || !before.images.some((img) => img.fileID === check.fileID && img.check === 'pending')) return;
    try {
      await repos.announcements.save(before, afterImageResult(before, check.fileID, risky, verdict.label, now));
      return;
    } catch (error) {
      // a writer saved it meanwhile: read it again
      if (!isDomainError(error) || error.code !== 'CONFLICT' || attempt === ATTEMPTS) throw error;
    }
  }
}
