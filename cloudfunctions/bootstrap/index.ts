// Cloud function `bootstrap`: one-off setup. `{ action: 'seedDemo' }` seeds the demo data.
import { createHandler } from '../server/handler';
import { seedDemo } from './actions/seed-demo';

export const main = createHandler({ seedDemo });
