import { APP_ORIGIN } from '../shared/app-origin';

/**
 * URL trust and the security decisions built on it: navigation, new windows and
 * permissions. Pure functions, so every decision is unit-tested with hostile URLs.
 * URLs are parsed and their origin compared exactly; never substring checks, which a
 * query string or a look-alike host can spoof.
 */
export type Decision = 'allow' | 'deny';

// Chromium hands us already-normalised URLs; any whitespace or control character
// means someone crafted the string, so refuse instead of letting the parser trim it.
const hasSuspiciousCharacter = (raw: string): boolean =>
  [...raw].some((char) => {
    const code = char.codePointAt(0) ?? 0;
    return code <= 0x20 || (code >= 0x7f && code <= 0x9f);
  });

function parse(raw: string): URL | null {
  if (hasSuspiciousCharacter(raw)) return null;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * True when `raw` has exactly the scheme, host and port of `origin` and no user info.
 * Built from protocol + host because `URL.origin` is "null" for non-special schemes
 * such as app:. Opaque hosts are not case-folded by the parser, so `app://KIOSK` is
 * refused (Chromium lower-cases standard schemes before we ever see them).
 */
export function isExactOrigin(raw: string | undefined, origin: string): boolean {
  if (raw === undefined) return false;
  const url = parse(raw);
  const expected = parse(origin);
  if (!url || !expected || expected.host === '') return false;
  return (
    url.protocol === expected.protocol &&
    url.host === expected.host &&
    url.username === '' &&
    url.password === ''
  );
}

/** True only for URLs on the renderer's own origin, app://kiosk. */
export const isAppUrl = (raw: string | undefined): boolean => isExactOrigin(raw, APP_ORIGIN);

/** The kiosk only ever shows its own pages. */
export const decideNavigation = (url: string): Decision => (isAppUrl(url) ? 'allow' : 'deny');

/** The kiosk has no popups, whatever the URL (even its own). */
export const decideWindowOpen = (_url: string): Decision => 'deny';

export type PermissionRequestDetails = {
  /** For 'media': 'video' is the camera, 'audio' the microphone. */
  mediaTypes?: readonly string[];
  securityOrigin?: string;
};

/**
 * Permission requests (setPermissionRequestHandler): only the camera, for the QR /
 * document scanner, and only for our own origin. No microphone, location,
 * notifications, clipboard, MIDI, devices or anything else.
 */
export function decidePermission(
  permission: string,
  requestingUrl: string | undefined,
  details: PermissionRequestDetails,
): Decision {
  if (permission !== 'media' || !isAppUrl(requestingUrl)) return 'deny';
  if (details.securityOrigin !== undefined && !isAppUrl(details.securityOrigin)) return 'deny';
  const types = details.mediaTypes ?? [];
  const videoOnly = types.length > 0 && types.every((type) => type === 'video');
  return videoOnly ? 'allow' : 'deny';
}

export type PermissionCheckDetails = {
  mediaType?: string;
  securityOrigin?: string;
};

/**
 * Permission checks (setPermissionCheckHandler, e.g. navigator.permissions.query):
 * the same rule as requests, answered for one media type at a time.
 */
export function decidePermissionCheck(
  permission: string,
  requestingOrigin: string | undefined,
  details: PermissionCheckDetails,
): Decision {
  if (permission !== 'media' || !isAppUrl(requestingOrigin)) return 'deny';
  if (details.securityOrigin !== undefined && !isAppUrl(details.securityOrigin)) return 'deny';
  return details.mediaType === 'video' ? 'allow' : 'deny';
}
