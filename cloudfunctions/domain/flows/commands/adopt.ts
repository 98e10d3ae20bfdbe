import { invalidInput } from '../../errors';
import { isHandler } from '../../permissions';
import { defineCommand } from './definition';

/** A suggestion adopted: a plan and the date it is carried out by (the end of that day in China). */
export const adopt = defineCommand<'adopt'>({
  guard: isHandler,
  apply: (_t, command, { at }) => {
    const dueAt = `${command.by}T23:59:59.999+08:00`;
    if (dueAt <= at) throw invalidInput('实施日期须晚于今天', 'by');
    return {
      changes: {},
      entries: [{ kind: 'adopted', internal: false, text: command.plan, dueAt }],
      effects: [{ type: 'NOTIFY_OWNER', event: 'adopted' }],
      deadline: dueAt,
    };
  },
});
