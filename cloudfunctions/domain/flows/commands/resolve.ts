import { illegalTransition } from '../../errors';
import { isHandler } from '../../permissions';
import { defineCommand } from './definition';

export const resolve = defineCommand<'resolve'>({
  guard: isHandler,
  apply: (ticket, command, { at }) => {
    if (ticket.flags?.major && !ticket.correctiveReport) throw illegalTransition('重大投诉须先提交纠正措施报告');
    return {
      changes: { resolution: { text: command.text, photos: command.photos, at } },
      entries: [{ kind: 'resolved', internal: false, text: command.text, photos: command.photos }],
      effects: [
        { type: 'NOTIFY_OWNER', event: 'resolved' },
        // a redone repair earns a special return visit within 24 hours
        ...(ticket.status === 'redoing' ? [{ type: 'PLAN_VISIT' as const, reason: 'redo' as const }] : []),
      ],
    };
  },
});
