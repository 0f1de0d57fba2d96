import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN } from '../shared/app-origin';
import {
  decideNavigation,
  decidePermission,
  decidePermissionCheck,
  decideWindowOpen,
  isAppUrl,
  isExactOrigin,
} from './url-trust';

const TRUSTED = [
  APP_ORIGIN,
  `${APP_ORIGIN}/`,
  APP_ENTRY_URL,
  'app://kiosk/assets/index-abc.js?v=1#top',
  'APP://kiosk/x',
];

const HOSTILE = [
  'app://kiosk.evil.com/',
  'app://kiosk.evil/',
  'app://kiosk@evil/',
  'app://kiosk:x@evil.com/',
  'app://user@kiosk/',
  'app://user:pass@kiosk/',
  'app://kiosk:80/',
  'app://kiosk:443/index.html',
  'app://kiosk./',
  'app://KIOSK/',
  'app://Kiosk/index.html',
  'app://kіosk/', // Cyrillic і
  'app://кiosk/',
  'app://kiosk\\evil.com/',
  'app:kiosk',
  'app:/kiosk',
  'app:///kiosk/index.html',
  'app://',
  ' app://kiosk/',
  '\tapp://kiosk/',
  'app://kiosk/\n',
  'app://kiosk/ index.html',
  'https://evil.com/?app://kiosk',
  'https://evil.com/#app://kiosk',
  'https://app.kiosk/',
  'https://kiosk/',
  'http://kiosk/',
  'apps://kiosk/',
  'ap://kiosk/',
  'javascript:alert(1)//app://kiosk',
  'javascript://app://kiosk/%0aalert(1)',
  'data:text/html,<script>location="app://kiosk"</script>',
  'file:///etc/passwd',
  'file://kiosk/index.html',
  'blob:app://kiosk/1234',
  'about:blank',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  '',
  'app kiosk',
  '//kiosk/index.html',
  'kiosk/index.html',
  'not a url',
];

describe('isAppUrl', () => {
  it.each(TRUSTED)('trusts %s', (url) => expect(isAppUrl(url)).toBe(true));
  it.each(HOSTILE)('refuses %j', (url) => expect(isAppUrl(url)).toBe(false));
  it('refuses undefined (no sender frame)', () => expect(isAppUrl(undefined)).toBe(false));
});

describe('isExactOrigin', () => {
  const origin = 'http://127.0.0.1:5173';
  it('accepts the same scheme, host and port', () => {
    expect(isExactOrigin('http://127.0.0.1:5173/index.html?x=1', origin)).toBe(true);
  });
  it.each([
    'http://127.0.0.1:5174/',
    'http://127.0.0.1/',
    'https://127.0.0.1:5173/',
    'http://localhost:5173/',
    'http://127.0.0.1.evil.com:5173/',
    'http://evil@127.0.0.1:5173/',
    'http://127.0.0.1:5173@evil.com/',
    'https://evil.com/?http://127.0.0.1:5173',
  ])('refuses %s', (url) => expect(isExactOrigin(url, origin)).toBe(false));
  it('refuses everything when the expected origin has no host', () => {
    expect(isExactOrigin('about:blank', 'about:blank')).toBe(false);
    expect(isExactOrigin('app:kiosk', 'app:kiosk')).toBe(false);
  });
});

describe('decideNavigation', () => {
  it.each(TRUSTED)('allows %s', (url) => expect(decideNavigation(url)).toBe('allow'));
  it.each(HOSTILE)('denies %j', (url) => expect(decideNavigation(url)).toBe('deny'));
});

describe('decideWindowOpen', () => {
  it.each([...TRUSTED, ...HOSTILE])('denies %j', (url) => expect(decideWindowOpen(url)).toBe('deny'));
});

describe('decidePermission (requests)', () => {
  it('allows the camera for our own page', () => {
    expect(decidePermission('media', APP_ENTRY_URL, { mediaTypes: ['video'] })).toBe('allow');
    expect(
      decidePermission('media', APP_ENTRY_URL, { mediaTypes: ['video'], securityOrigin: `${APP_ORIGIN}/` }),
    ).toBe('allow');
  });

  it.each([
    ['microphone', ['audio']],
    ['camera + microphone', ['video', 'audio']],
    ['no media types', []],
    ['unknown media type', ['screen']],
  ])('denies media with %s', (_label, mediaTypes) => {
    expect(decidePermission('media', APP_ENTRY_URL, { mediaTypes })).toBe('deny');
  });

  it('denies media when the media types are missing', () => {
    expect(decidePermission('media', APP_ENTRY_URL, {})).toBe('deny');
  });

  it.each(HOSTILE)('denies the camera to %j', (url) => {
    expect(decidePermission('media', url, { mediaTypes: ['video'] })).toBe('deny');
  });

  it('denies when the security origin is foreign even if the URL is ours', () => {
    expect(
      decidePermission('media', APP_ENTRY_URL, {
        mediaTypes: ['video'],
        securityOrigin: 'https://evil.example',
      }),
    ).toBe('deny');
  });

  it('denies without a requesting URL', () => {
    expect(decidePermission('media', undefined, { mediaTypes: ['video'] })).toBe('deny');
  });

  it.each([
    'geolocation',
    'notifications',
    'clipboard-read',
    'clipboard-sanitized-write',
    'midi',
    'midiSysex',
    'display-capture',
    'fullscreen',
    'openExternal',
    'fileSystem',
    'pointerLock',
    'keyboardLock',
    'hid',
    'serial',
    'usb',
    'idle-detection',
    'persistent-storage',
    'unknown',
    'MEDIA',
    'video',
    'camera',
  ])('denies %s even for our own page', (permission) => {
    expect(decidePermission(permission, APP_ENTRY_URL, { mediaTypes: ['video'] })).toBe('deny');
  });
});

describe('decidePermissionCheck', () => {
  it('allows a video check from our origin', () => {
    expect(decidePermissionCheck('media', APP_ORIGIN, { mediaType: 'video' })).toBe('allow');
    expect(
      decidePermissionCheck('media', APP_ORIGIN, { mediaType: 'video', securityOrigin: APP_ORIGIN }),
    ).toBe('allow');
  });
  it.each(['audio', 'unknown', undefined])('denies media type %s', (mediaType) => {
    expect(decidePermissionCheck('media', APP_ORIGIN, { mediaType })).toBe('deny');
  });
  it.each(['https://evil.example', 'app://kiosk.evil', 'null', '', 'file://'])(
    'denies origin %j',
    (origin) => {
      expect(decidePermissionCheck('media', origin, { mediaType: 'video' })).toBe('deny');
    },
  );
  it('denies a foreign security origin', () => {
    expect(
      decidePermissionCheck('media', APP_ORIGIN, {
        mediaType: 'video',
        securityOrigin: 'https://evil.example',
      }),
    ).toBe('deny');
  });
  it.each(['geolocation', 'notifications', 'clipboard-read', 'midi', 'hid', 'serial', 'usb'])(
    'denies %s',
    (permission) =>
      expect(decidePermissionCheck(permission, APP_ORIGIN, { mediaType: 'video' })).toBe('deny'),
  );
});
