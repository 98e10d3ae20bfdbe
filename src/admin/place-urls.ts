import { ADMIN_ROOT } from './sections';

const query = (communityId: string) => `?communityId=${encodeURIComponent(communityId)}`;

export const unitsUrl = (communityId: string) => `/${ADMIN_ROOT}/pages/units/index${query(communityId)}`;
export const registerUrl = (communityId: string) => `/${ADMIN_ROOT}/pages/register/index${query(communityId)}`;
