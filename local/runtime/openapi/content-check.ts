/**
 * A stand-in for WeChat's content security check. `security.msgSecCheck` (version 2) answers
 * risky for a text containing one of the configured words, pass otherwise; `security.mediaCheckAsync`
 * answers a trace id at once, and its late result (the `wxa_media_check` push) waits here until it
 * is delivered (`takePending`), with the verdict configured at that moment.
 */
import { invalidArgument } from '../errors';

export type Suggest = 'pass' | 'risky' | 'review';

export interface MediaVerdict {
  suggest: Suggest;
  /** WeChat's label: 100 normal, 20002 pornography, 20006 crime, 21000 other … */
  label: number;
}

export interface PendingMediaCheck {
  traceId: string;
  openid: string;
  mediaUrl: string;
  at: string;
}

/** WeChat's label for a risky text found by the stand-in's words ("other"). */
export const DEFAULT_RISKY_LABEL = 21000;
const SUGGESTS: Suggest[] = ['pass', 'risky', 'review'];

export class ContentCheckStandIn {
  private riskyWords: string[] = [];
  private riskyLabel = DEFAULT_RISKY_LABEL;
  private mediaVerdict: MediaVerdict = { suggest: 'pass', label: 100 };
  private readonly pending: PendingMediaCheck[] = [];

  /** Texts containing any of these words answer risky (an empty list: every text passes). */
  setRiskyWords(words: string[], label = DEFAULT_RISKY_LABEL): void {
    if (!Array.isArray(words) || words.some((w) => typeof w !== 'string' || w.trim() === '' || w.length > 50))
      throw invalidArgument('contentCheck.setRiskyWords: words must be non-empty strings of at most 50 characters');
    if (!Number.isInteger(label)) throw invalidArgument('contentCheck.setRiskyWords: label must be an integer');
    this.riskyWords = words.map((w) => w.trim());
    this.riskyLabel = label;
  }

  /** The verdict the next delivered media results carry. */
  setMediaVerdict(verdict: MediaVerdict): void {
    if (!verdict || !SUGGESTS.includes(verdict.suggest) || !Number.isInteger(verdict.label))
      throw invalidArgument('contentCheck.setMediaVerdict: { suggest: pass|risky|review, label: integer }');
    this.mediaVerdict = { suggest: verdict.suggest, label: verdict.label };
  }

  currentMediaVerdict(): MediaVerdict {
    return { ...this.mediaVerdict };
  }

  reset(): void {
    this.riskyWords = [];
    this.riskyLabel = DEFAULT_RISKY_LABEL;
    this.mediaVerdict = { suggest: 'pass', label: 100 };
    this.pending.length = 0;
  }

  textAnswer(payload: Record<string, unknown>, traceId: string): Record<string, unknown> {
    const content = typeof payload.content === 'string' ? payload.content : '';
    const risky = this.riskyWords.some((word) => content.includes(word));
    const suggest: Suggest = risky ? 'risky' : 'pass';
    const label = risky ? this.riskyLabel : 100;
    return {
      errcode: 0,
      errmsg: 'ok',
      result: { suggest, label },
      detail: [{ strategy: 'content_model', errcode: 0, suggest, label, prob: 90 }],
      trace_id: traceId,
    };
  }

  recordMedia(traceId: string, payload: Record<string, unknown>, at: string): void {
    this.pending.push({
      traceId,
      openid: typeof payload.openid === 'string' ? payload.openid : '',
      mediaUrl: typeof payload.media_url === 'string' ? payload.media_url : '',
      at,
    });
  }

  listPending(): PendingMediaCheck[] {
    return this.pending.map((p) => ({ ...p }));
  }

  /** The media checks whose results have not been delivered yet, removed from the list. */
  takePending(): PendingMediaCheck[] {
    return this.pending.splice(0, this.pending.length);
  }
}

/** The event WeChat pushes (消息推送) with a media check's late result. */
export function mediaCheckEvent(check: PendingMediaCheck, verdict: MediaVerdict, appId: string, now: Date) {
  return {
    ToUserName: 'gh_local',
    FromUserName: check.openid,
    CreateTime: Math.floor(now.getTime() / 1000),
    MsgType: 'event',
    Event: 'wxa_media_check',
    appid: appId,
    trace_id: check.traceId,
    version: 2,
    detail: [{ strategy: 'content_model', errcode: 0, suggest: verdict.suggest, label: verdict.label, prob: 90 }],
    errcode: 0,
    errmsg: 'ok',
    result: { suggest: verdict.suggest, label: verdict.label },
  };
}
