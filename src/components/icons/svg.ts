// An icon as an image address: mini-programs draw an <Image> from a data URI the same on every
// phone, where emoji and symbol glyphs depend on the fonts installed. The SVG is ASCII, so a
// plain base64 encoder suffices (neither WeChat nor every browser offers `btoa` alike).
import { TABLER_ICONS } from './tabler';

export type IconName = keyof typeof TABLER_ICONS;

/** The theme's colours an icon is drawn in. */
export const ICON_COLORS = {
  primary: '#0e9f6e',
  muted: '#8a9099',
  danger: '#e02424',
  white: '#ffffff',
  warning: '#d97706',
} as const;
export type IconColor = keyof typeof ICON_COLORS;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function asciiBase64(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 3) {
    const a = text.charCodeAt(i);
    const b = i + 1 < text.length ? text.charCodeAt(i + 1) : NaN;
    const c = i + 2 < text.length ? text.charCodeAt(i + 2) : NaN;
    const n = (a << 16) | ((b || 0) << 8) | (c || 0);
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    out += Number.isNaN(b) ? '=' : ALPHABET[(n >> 6) & 63];
    out += Number.isNaN(c) ? '=' : ALPHABET[n & 63];
  }
  return out;
}

const cache = new Map<string, string>();

export function iconSource(name: IconName, color: IconColor): string {
  const key = `${name}:${color}`;
  let source = cache.get(key);
  if (!source) {
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" ` +
      `stroke="${ICON_COLORS[color]}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">` +
      `${TABLER_ICONS[name]}</svg>`;
    source = `data:image/svg+xml;base64,${asciiBase64(svg)}`;
    cache.set(key, source);
  }
  return source;
}
