// The timer function answers its trigger only: a client (any signed-in person) cannot run the
// company's timers, and a run reports what each job did.
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';

let cloud: FunctionsCloud;
beforeAll(async () => {
  cloud = await startFunctionsCloud();
});
afterAll(() => cloud.close());

it('refuses a call from a client, even one dressed as a trigger', async () => {
  const answer = await cloud.call('timer', { Type: 'Timer', TriggerName: 'everyMinute' }, 'demo-admin');
  expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});

it('runs when its trigger fires and reports each job', async () => {
  const answer = (await cloud.cloud.runTimer('timer')) as { ok: boolean; data: Record<string, unknown> };
  expect(answer.ok).toBe(true);
  expect(typeof answer.data).toBe('object');
});
