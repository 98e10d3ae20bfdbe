// Cloud function `bootstrap`: one-off setup. `{ action: 'seedDemo' }` seeds the demo data;
// `{ action: 'claimAdmin', setupCode, name }` makes the first administrator of a deployment.
import { createHandler } from '../server/handler';
import { claimAdmin } from './actions/claim-admin';
import { seedDemo } from './actions/seed-demo';

export const main = createHandler({ seedDemo, claimAdmin });
