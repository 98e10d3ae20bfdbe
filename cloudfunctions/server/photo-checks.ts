// A request's photos go to WeChat's asynchronous media check once the request is written. They
// are shown meanwhile, since only the owner and the staff handling the request see them (never
// another owner); a risky verdict takes the photo off the request (mediaCheck function).
import { SCENES } from '../domain/content-check';
import { toIso } from '../domain/time';
import { submitImages } from './content-security';
import type { Repositories } from './repositories/types';

/** One open-API call per photo and one write for their records; nothing at all without photos. */
export async function checkTicketPhotosLater(
  repos: Repositories,
  openid: string,
  ticketId: string,
  photos: readonly string[],
  now: Date,
): Promise<void> {
  if (photos.length === 0) return;
  try {
    const submitted = await submitImages(openid, SCENES.comment, photos);
    if (submitted.length === 0) return;
    await repos.mediaChecks.add(
      submitted.map(({ fileID, traceId }) => ({
        id: traceId,
        subject: { kind: 'ticket', id: ticketId },
        fileID,
        state: 'pending',
        createdAt: toIso(now),
      })),
    );
  } catch (error) {
    // the request is filed; a photo left unchecked is no reason to fail it
    console.error('[content check] photos of a request were not submitted', error);
  }
}
