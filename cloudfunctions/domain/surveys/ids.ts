// Ids derived from what makes a record unique. (Node's crypto: the app never imports this file.)
import { createHash, randomBytes } from 'crypto';

const digest = (text: string, length: number) => createHash('sha256').update(text).digest('hex').slice(0, length);

/** One answer per owner per survey: the database's unique `_id` refuses a second one. */
export const answerId = (surveyId: string, openid: string): string => `a${digest(`${surveyId}\n${openid}`, 39)}`;

/** The request an answer becomes: the same one however often the service desk taps. */
export const answerRequestId = (answerId: string): string => `survey-${answerId}`;

/** A survey's message to one person: written once however often the timer runs. */
export const surveyMessageId = (surveyId: string, openid: string): string =>
  `survey-${digest(`${surveyId}\n${openid}`, 40)}`;

/** The seed of a survey's sample: random, drawn once, kept with the sample. */
export const sampleSeed = (): string => randomBytes(8).toString('hex');
