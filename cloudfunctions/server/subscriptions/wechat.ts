// The one call that leaves for WeChat: `subscribeMessage.send` through the function's open API
// (declared in its config.json `permissions.openapi`, else WeChat answers -604101).
import { wxCloud } from '../cloud';
import type { TemplateData } from '../../domain/subscription-messages';

export interface OutgoingMessage {
  touser: string;
  templateId: string;
  page: string;
  data: TemplateData;
}

/** Sends one message; throws WeChat's error (`errCode`, `errMsg`) when it is refused. */
export type MessageSender = (message: OutgoingMessage) => Promise<void>;

/**
 * Which version of the mini-program a tap opens: `formal` (the live one) unless the function's
 * environment says `developer` or `trial` (SUBSCRIBE_MINIPROGRAM_STATE), for a test account.
 */
function miniprogramState(): 'formal' | 'developer' | 'trial' {
  const state = process.env.SUBSCRIBE_MINIPROGRAM_STATE;
  return state === 'developer' || state === 'trial' ? state : 'formal';
}

export const sendThroughWeChat: MessageSender = async ({ touser, templateId, page, data }) => {
  await wxCloud().openapi.subscribeMessage.send({
    touser,
    templateId,
    page,
    data,
    miniprogramState: miniprogramState(),
  });
};
