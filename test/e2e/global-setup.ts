import { ensureBuilds } from '../support/ensure-builds';

export default () => ensureBuilds({ h5: true });
