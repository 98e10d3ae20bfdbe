import { ensureBuilds } from '../support/ensure-builds';

// the openapi check reads each function as it is deployed: its bundle, shared code included
export default () => ensureBuilds({});
