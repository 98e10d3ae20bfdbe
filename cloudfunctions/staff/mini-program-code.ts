// The mini-program code of an invitation: WeChat draws it (wxacode.getUnlimited, `scene` = the
// code), cloud storage keeps it for the admin page to show and the admin to forward.
import { JOIN_PAGE } from '../domain/staff-views';
import { wxCloud } from '../server/cloud';

/** The stored image's fileID; null when WeChat or storage refused (the share card still works). */
export async function storeInvitationCode(code: string, log: (error: unknown) => void): Promise<string | null> {
  const cloud = wxCloud();
  try {
    const image = (await cloud.openapi.wxacode.getUnlimited({
      scene: code,
      page: JOIN_PAGE,
      checkPath: false,
      width: 430,
    })) as { buffer?: Buffer };
    if (!image.buffer) return null;
    const uploaded = await cloud.uploadFile({ cloudPath: `invitations/${code}.png`, fileContent: image.buffer });
    return uploaded.fileID || null;
  } catch (error) {
    log(error);
    return null;
  }
}
