/**
 * The stand-in for `wxacode.getUnlimited`: WeChat answers a mini-program code image; locally the
 * answer is a real QR code (PNG) of the `scene`, so a page can show it and a phone can read it.
 */
import * as QRCode from 'qrcode';

/** APIs whose success is an image, not JSON. */
export const IMAGE_APIS = new Set(['wxacode.getUnlimited']);

export async function wxacodeImage(payload: Record<string, unknown>): Promise<Buffer> {
  const scene = typeof payload.scene === 'string' ? payload.scene : String(payload.scene ?? '');
  const width =
    typeof payload.width === 'number' && payload.width >= 280 && payload.width <= 1280 ? payload.width : 430;
  return QRCode.toBuffer(scene, { type: 'png', width, margin: 2 });
}
