import { ensureBuilds } from '../support/ensure-builds';

export default () => ensureBuilds({ weapp: true });
