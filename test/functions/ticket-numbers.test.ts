// Each request gets the next number of its day in China, once: "ED20261122-0001", "-0002" … even
// when owners file at the same moment, and even when they race to start a new day's count.
import type { TicketView } from '../../cloudfunctions/domain/api';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import { aRepairRequest } from '../support/requests';

let c: FunctionsCloud;
beforeAll(async () => {
  c = await startFunctionsCloud();
});
afterAll(() => c.close());

const fileAtOnce = (count: number) =>
  Promise.all(
    Array.from({ length: count }, (_, i) =>
      c.ok<TicketView>(
        'ticket',
        aRepairRequest({
          description: `同时报修的第${i + 1}个问题`,
          location: { kind: 'common_area', text: '2栋1单元楼道' },
        }),
        i % 2 ? 'demo-owner-1' : 'demo-owner-2',
      ),
    ),
  );

/** Sequences by day: { "20261122": [1, 2, 3] }, each sorted. */
function sequencesByDay(numbers: string[]): Record<string, number[]> {
  const days: Record<string, number[]> = {};
  for (const number of numbers) {
    const [, day, seq] = /^ED(\d{8})-(\d{4})$/.exec(number) ?? [];
    if (!day) throw new Error(`not a ticket number: ${number}`);
    (days[day] ??= []).push(Number(seq));
  }
  for (const list of Object.values(days)) list.sort((a, b) => a - b);
  return days;
}

const oneToN = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('ticket numbers', () => {
  it('starts a new day at 1 and hands out 1…n to requests filed at the same moment, each once', async () => {
    // the day has no counter yet: every call races to create it
    const filed = await fileAtOnce(8);
    for (const sequence of Object.values(sequencesByDay(filed.map((t) => t.number))))
      expect(sequence).toEqual(oneToN(sequence.length));
  });

  it('goes on from there for the next requests filed at once', async () => {
    await fileAtOnce(6);
    const stored = (await c.documents('tickets')).map((t) => String(t.number));
    expect(new Set(stored).size).toBe(14);
    for (const sequence of Object.values(sequencesByDay(stored))) expect(sequence).toEqual(oneToN(sequence.length));
  });
});
