import type { MeView } from '@domain/api';
import { callCloud } from '../callCloud';

export const userApi = {
  me: () => callCloud<MeView>('user', { action: 'me' }),
};
