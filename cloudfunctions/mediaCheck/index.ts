// Cloud function `mediaCheck`: receives WeChat's late verdicts on images (event `wxa_media_check`,
// routed here by 消息推送: cloudfunctions/message-push.json) and applies each to what the image
// belongs to. Only trace ids the server recorded in `media_checks` are acted on: WeChat hands them
// to the server alone, so an event made up by a client finds nothing and changes nothing.
import { isMediaCheckPush, verdictOf } from '../domain/media-checks';
import { toIso } from '../domain/time';
import { wxCloud } from '../server/cloud';
import { createRepositories } from '../server/repositories';
import { applyVerdict } from './apply';

export async function main(event: unknown): Promise<string> {
  if (!isMediaCheckPush(event)) return 'ignored';
  const repos = createRepositories(wxCloud().database());
  const check = await repos.mediaChecks.get(event.trace_id);
  if (!check || check.state === 'settled') return 'success';
  const verdict = verdictOf(event);
  const now = new Date();
  // applied first, then settled: a run cut short in between is applied again (idempotent) on WeChat's retry
  await applyVerdict(repos, check, verdict, now);
  await repos.mediaChecks.settle(check.id, verdict, toIso(now));
  return 'success';
}
