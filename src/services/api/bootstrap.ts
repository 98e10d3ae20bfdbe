import type { ClaimAdminInput } from '@domain/admin-setup';
import { callCloud } from '../callCloud';

export const bootstrapApi = {
  claimAdmin: (input: ClaimAdminInput) => callCloud<{ admin: true }>('bootstrap', { action: 'claimAdmin', ...input }),
};
