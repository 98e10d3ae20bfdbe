// WeChat's content security check, the one place every function reaches it from. A text is
// checked with msgSecCheck (v2), which answers at once and costs no database request; an image with
// mediaCheckAsync (v2), which answers a trace id now and its verdict later, pushed (消息推送) to the
// function `mediaCheck` (cloudfunctions/message-push.json), which finds what the image belongs to in
// `media_checks` by that trace id.
import type { Scene, TextVerdict } from '../domain/content-check';
import { contentRisky, isRisky } from '../domain/content-check';
import { wxCloud } from './cloud';

interface SecCheckAnswer {
  result?: { suggest?: unknown; label?: unknown };
}

/** The texts, joined, in one msgSecCheck call. Empty texts are skipped; no text, no call. */
export async function checkTexts(
  openid: string,
  scene: Scene,
  texts: readonly (string | undefined)[],
  log: (error: unknown) => void = (error) => console.error('[content check] msgSecCheck failed', error),
): Promise<TextVerdict> {
  const content = texts.filter((t): t is string => !!t && t.trim() !== '').join('\n');
  if (!content) return { verdict: 'pass' };
  try {
    const answer = (await wxCloud().openapi.security.msgSecCheck({
      openid,
      scene,
      version: 2,
      content,
    })) as SecCheckAnswer;
    if (isRisky(answer.result?.suggest)) return { verdict: 'risky', label: Number(answer.result?.label) || 0 };
    return { verdict: 'pass' };
  } catch (error) {
    log(error);
    return { verdict: 'unavailable' };
  }
}

/**
 * Refuses risky text written by a person (CONTENT_RISKY, nothing written). When WeChat cannot
 * answer, the text goes through: a request must never be blocked by an outage of the check, and
 * only the writer and the staff handling it read a request's words.
 */
export async function assertTextsSafe(
  openid: string,
  scene: Scene,
  texts: readonly (string | undefined)[],
  field?: string,
): Promise<void> {
  const { verdict } = await checkTexts(openid, scene, texts);
  if (verdict === 'risky') throw contentRisky(field);
}

export interface SubmittedImage {
  fileID: string;
  traceId: string;
}

interface TempUrlAnswer {
  fileList?: { fileID?: string; tempFileURL?: string }[];
}

/**
 * Sends each image to mediaCheckAsync (a public URL of it, valid for a day: WeChat may fetch it up
 * to 30 minutes later). Answers the trace ids WeChat gave; an image it refused to take is left
 * out (the caller keeps it unchecked, so it is never shown).
 */
export async function submitImages(
  openid: string,
  scene: Scene,
  fileIDs: readonly string[],
  log: (error: unknown) => void = (error) => console.error('[content check] mediaCheckAsync failed', error),
): Promise<SubmittedImage[]> {
  if (fileIDs.length === 0) return [];
  const cloud = wxCloud();
  let urls: Map<string, string>;
  try {
    const answer = (await cloud.getTempFileURL({
      fileList: fileIDs.map((fileID) => ({ fileID, maxAge: 86_400 })),
    })) as TempUrlAnswer;
    urls = new Map((answer.fileList ?? []).map((f) => [String(f.fileID), String(f.tempFileURL ?? '')]));
  } catch (error) {
    log(error);
    return [];
  }
  const submitted = await Promise.all(
    fileIDs.map(async (fileID): Promise<SubmittedImage | null> => {
      const mediaUrl = urls.get(fileID);
      if (!mediaUrl) return null;
      try {
        const answer = (await cloud.openapi.security.mediaCheckAsync({
          mediaUrl,
          mediaType: 2,
          version: 2,
          openid,
          scene,
        })) as { traceId?: unknown; trace_id?: unknown };
        const traceId = answer.traceId ?? answer.trace_id;
        return typeof traceId === 'string' && traceId ? { fileID, traceId } : null;
      } catch (error) {
        log(error);
        return null;
      }
    }),
  );
  return submitted.filter((s): s is SubmittedImage => s !== null);
}
