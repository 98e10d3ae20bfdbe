// The upload route's answers, in words an owner understands. A refusal is final: sending the same
// file again gets the same answer, so it is never offered as "try again" the way a network fault is.

/** The upload route's refusal codes (error body `{ code, errCode, errMsg }`). */
export const UPLOAD_REFUSAL_MESSAGES: Record<string, (label: string) => string> = {
  UPLOAD_NOT_BOUND: () => '请先绑定房屋后再上传照片',
  UPLOAD_NOT_IMAGE: (label) => `${label}不是图片，未上传`,
  UPLOAD_TOO_LARGE: (label) => `${label}超过10MB，未上传`,
  UPLOAD_QUOTA_EXCEEDED: () => '今天上传的照片已达上限，请明天再传',
  UPLOAD_RATE_LIMITED: () => '上传太频繁，请稍候片刻再添加照片',
};

/** When an answer carries no code we know, its HTTP status still says what happened. */
const BY_STATUS: Record<number, string> = {
  413: 'UPLOAD_TOO_LARGE',
  415: 'UPLOAD_NOT_IMAGE',
  429: 'UPLOAD_RATE_LIMITED',
};

export type UploadOutcome =
  | { ok: true; fileID: string }
  /** the route refused this file: final */
  | { ok: false; refused: true; code: string; status: number }
  /** nothing or nothing sensible came back: the same file may well go through later */
  | { ok: false; refused: false };

export interface RouteAnswer {
  status: number;
  body: unknown;
}

/** Reads the upload route's answer: a fileID, a refusal, or a fault. */
export function outcomeOf({ status, body }: RouteAnswer): UploadOutcome {
  const answer = (body && typeof body === 'object' ? body : {}) as { fileID?: unknown; code?: unknown };
  if (status === 200 && typeof answer.fileID === 'string' && answer.fileID) return { ok: true, fileID: answer.fileID };
  if (status >= 400 && status < 500) {
    const code =
      typeof answer.code === 'string' && answer.code in UPLOAD_REFUSAL_MESSAGES ? answer.code : BY_STATUS[status];
    return { ok: false, refused: true, code: code ?? String(answer.code ?? status), status };
  }
  return { ok: false, refused: false };
}

/** The sentence shown for a file that did not upload. */
export function uploadFailureMessage(outcome: Exclude<UploadOutcome, { ok: true }>, label: string): string {
  if (!outcome.refused) return `${label}上传失败，请检查网络后重新添加`;
  const known = UPLOAD_REFUSAL_MESSAGES[outcome.code];
  return known ? known(label) : `${label}未能上传（${outcome.code}），请联系物业`;
}

/**
 * Sends a file, and once more after a fault (a dropped connection, a 5xx): a phone's network
 * stumbles. A refusal is not sent again.
 */
export async function sendWithOneRetry(send: () => Promise<UploadOutcome>): Promise<UploadOutcome> {
  const first = await send();
  if (first.ok || first.refused) return first;
  return send();
}
