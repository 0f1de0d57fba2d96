/** Why the camera is not showing a picture, as a code the screen translates (`camera.error.<code>`). */
export type CameraErrorCode = 'noCamera' | 'permissionDenied' | 'busy' | 'failed';

/**
 * getUserMedia rejects with a DOMException whose name says what went wrong; older Chromium
 * builds used the legacy names in the second column of each case.
 */
export function classifyCameraError(error: unknown): CameraErrorCode {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
    case 'ConstraintNotSatisfiedError':
      return 'noCamera';
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'permissionDenied';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'busy';
    default:
      return 'failed';
  }
}

/** The i18n key for each code, spelled out so the i18n check sees every key in use. */
export const CAMERA_ERROR_KEYS = {
  noCamera: 'camera.error.noCamera',
  permissionDenied: 'camera.error.permissionDenied',
  busy: 'camera.error.busy',
  failed: 'camera.error.failed',
} as const satisfies Record<CameraErrorCode, string>;
