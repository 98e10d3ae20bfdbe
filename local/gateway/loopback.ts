/** Loopback checks for the gateway: where it may bind, which origins and Host headers it trusts. */
import { isLoopbackHost } from '../runtime/network-guard';

export { isLoopbackHost };

/** `http://127.0.0.1:10086`, `http://localhost:3000`, `http://[::1]:8080` … */
export function isLoopbackOrigin(origin: string): boolean {
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && isLoopbackHost(url.hostname);
  } catch {
    return false;
  }
}

/** The host part of a Host header (`127.0.0.1:8080`, `[::1]:8080`, `localhost`). */
export function hostOfHeader(header: string): string {
  const h = header.trim();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']'));
  const colon = h.lastIndexOf(':');
  return colon >= 0 && h.indexOf(':') === colon ? h.slice(0, colon) : h;
}
