// Every command's definition, by name. A new command is a new file and one line here.
import type { TicketCommand } from '../../api';
import { accept } from './accept';
import { acknowledge } from './acknowledge';
import { adopt } from './adopt';
import { answer } from './answer';
import { apologise } from './apologise';
import { approvePlan } from './approve-plan';
import { correctiveReport } from './corrective-report';
import { credit } from './credit';
import { decline } from './decline';
import { acceptQuote } from './accept-quote';
import { declineQuote } from './decline-quote';
import { issueSlip } from './issue-slip';
import { merge } from './merge';
import { quote } from './quote';
import { urge } from './urge';
import { withdraw } from './withdraw';
import type { CommandDefinition } from './definition';
import { flag } from './flag';
import { note } from './note';
import { rate } from './rate';
import { recordContact } from './record-contact';
import { refer } from './refer';
import { reopen } from './reopen';
import { reply } from './reply';
import { resolve } from './resolve';
import { returnPlan } from './return-plan';
import { submitPlan } from './submit-plan';
import { supervise } from './supervise';
import { transfer } from './transfer';
import { utilityFollowUp } from './utility-follow-up';

export const COMMANDS: { readonly [K in TicketCommand]: CommandDefinition<K> } = {
  accept,
  reply,
  note,
  transfer,
  resolve,
  rate,
  reopen,
  apologise,
  record_contact: recordContact,
  submit_plan: submitPlan,
  approve_plan: approvePlan,
  return_plan: returnPlan,
  flag,
  utility_follow_up: utilityFollowUp,
  corrective_report: correctiveReport,
  answer,
  refer,
  adopt,
  decline,
  credit,
  supervise,
  acknowledge,
  withdraw,
  urge,
  merge,
  quote,
  accept_quote: acceptQuote,
  decline_quote: declineQuote,
  issue_slip: issueSlip,
};
