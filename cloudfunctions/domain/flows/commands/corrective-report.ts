import { defineCommand } from './definition';
import { handlerOrDesk } from './guards';

/** A major complaint's corrective-action report (纠正措施报告), required before it is resolved. */
export const correctiveReport = defineCommand<'corrective_report'>({
  guard: handlerOrDesk,
  apply: (_t, command, { actor, at }) => ({
    changes: { correctiveReport: { text: command.text, at, by: actor.name } },
    entries: [{ kind: 'corrective_reported', internal: true, text: command.text }],
    effects: [],
  }),
});
