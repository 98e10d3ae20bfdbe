// Asking for subscription messages on a natural tap. WeChat only shows its prompt when
// `requestSubscribeMessage` is called synchronously inside the tap's handler, so `askSubscription`
// must be the first thing a handler does (no await before it); the template ids ship with the app
// (@domain/subscription-templates). The browser build shows a stand-in dialog (subscribe-dialog.ts).
// What the person chose is recorded on the server: each accept allows one message.
import Taro from '@tarojs/taro';
import type { SubscribeChoice } from '@domain/subscription-ledger';
import { SUBSCRIBE_CHOICES } from '@domain/subscription-ledger';
import { templateIdsOf } from '@domain/subscription-templates';
import type { TemplateKey } from '@domain/subscription-templates';
import type { QuotaView } from '@domain/subscription-views';
import { subscriptionApi } from './api/subscription';
import { askInBrowser } from './subscribe-dialog';
import type { SubscribeAnswer } from './subscribe-dialog';

function askInWeChat(tmplIds: string[]): Promise<SubscribeAnswer> {
  try {
    return Taro.requestSubscribeMessage({ tmplIds, entityIds: [] }) as unknown as Promise<SubscribeAnswer>;
  } catch (error) {
    return Promise.reject(error); // a WeChat too old for subscriptions
  }
}

const choicesOf = (answer: SubscribeAnswer, tmplIds: string[]): Record<string, SubscribeChoice> =>
  Object.fromEntries(
    tmplIds
      .filter((id) => (SUBSCRIBE_CHOICES as readonly string[]).includes(answer[id]))
      .map((id) => [id, answer[id] as SubscribeChoice]),
  );

/**
 * Shows the prompt for `keys` (at most 3) and answers once the person has chosen; their choices
 * are recorded in the background. Never fails: a closed or failed prompt is no subscription.
 * `recorded` settles when the server has the choices (with the grants left), or with null.
 */
export function askSubscription(keys: readonly TemplateKey[]): Promise<{ recorded: Promise<QuotaView[] | null> }> {
  const tmplIds = templateIdsOf(keys);
  const asked = process.env.TARO_ENV === 'h5' ? askInBrowser(tmplIds) : askInWeChat(tmplIds);
  return asked.then(
    (answer) => {
      const choices = choicesOf(answer, tmplIds);
      // only an accept changes the ledger: a prompt declined costs no request
      const recorded = !Object.values(choices).includes('accept')
        ? Promise.resolve(null)
        : subscriptionApi.record(choices).then((r) => (r.ok ? r.data.quota : null));
      return { recorded };
    },
    () => ({ recorded: Promise.resolve(null) }),
  );
}
