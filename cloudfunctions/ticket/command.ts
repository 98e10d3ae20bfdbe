// The shared path of every command on an existing ticket: load what the caller may read, move it
// through the lifecycle, save it with its effects if nobody changed it meanwhile, answer the view.
// Three database requests: the caller (in the handler), the ticket, and one conditional write (two
// more when this instance has not read the community's promise settings in the last minute); then
// the command's effects are carried out at once (each handler's requests, one write to take them
// out of the outbox), within a short budget.
import type { TicketView } from '../domain/api';
import type { Command } from '../domain/commands';
import { notFound } from '../domain/errors';
import { transition } from '../domain/lifecycle';
import type { Ticket } from '../domain/model';
import { canRead } from '../domain/permissions';
import type { ActionContext } from '../server/action';
import { dispatchRecorded } from '../server/effects/dispatcher';
import { serviceSettings } from '../server/service-settings';
import { SCENES, commandTexts } from '../domain/content-check';
import { assertTextsSafe } from '../server/content-security';
import { viewLogged } from './viewed';

/** Another owner's ticket, or one outside the caller's department, is simply not found. */
export async function loadReadable({ caller, repos }: ActionContext, ticketId: string): Promise<Ticket> {
  const ticket = await repos.tickets.get(ticketId);
  if (!ticket || !canRead(ticket, caller)) throw notFound();
  return ticket;
}

export async function runCommand(context: ActionContext, ticketId: string, command: Command): Promise<TicketView> {
  return commit(context, await loadReadable(context, ticketId), command);
}

/** Moves a ticket already read (`before`) and saves it: one conditional write. */
export async function commit(context: ActionContext, before: Ticket, command: Command): Promise<TicketView> {
  // words others will read pass WeChat's content check first (no database request; risky: CONTENT_RISKY)
  await assertTextsSafe(context.caller.openid, SCENES.comment, commandTexts(command));
  const settings = await serviceSettings(context.repos, before.communityId, context.now);
  const { ticket, effects } = transition(before, command, context.caller, context.now, settings);
  await context.repos.tickets.save(before, ticket, effects);
  await dispatchRecorded(context.repos, context.now, ticket, effects);
  return viewLogged(context, ticket);
}
