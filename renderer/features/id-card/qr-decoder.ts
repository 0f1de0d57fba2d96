import type jsQR from 'jsqr';
import type { QRCode } from 'jsqr';

/**
 * QR decoding with jsQR (pure JavaScript: no eval and no WebAssembly, which the kiosk's CSP
 * forbids). Loaded on first use so the 130 KB decoder is not part of the start-up bundle.
 */
type JsQr = typeof jsQR;

let loading: Promise<JsQr> | undefined;

export function loadJsQr(): Promise<JsQr> {
  loading ??= import('jsqr').then(
    (module) => {
      // The bundler hands over the function; Node's CommonJS interop (unit tests) wraps it once more.
      const candidate: unknown = module.default;
      if (typeof candidate === 'function') return candidate as JsQr;
      const inner = (candidate as { default?: unknown } | undefined)?.default;
      if (typeof inner === 'function') return inner as JsQr;
      throw new Error('jsqr: no decoder function in the module');
    },
    (error: unknown) => {
      loading = undefined; // a failed chunk load may succeed on the next frame
      throw error;
    },
  );
  return loading;
}

export interface GreyOrRgbaImage {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** The QR's text as UTF-8 (the ID card's Vietnamese), or jsQR's own reading if the bytes are not UTF-8. */
export function qrText(code: Pick<QRCode, 'binaryData' | 'data'>): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(code.binaryData));
  } catch {
    return code.data;
  }
}

/** The text of the first QR code in an RGBA image, or null when there is none. */
export async function decodeQr(image: GreyOrRgbaImage): Promise<string | null> {
  const jsQR = await loadJsQr();
  // Cards are dark print on a light ground; skipping the inverted pass halves the work per frame.
  const code = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
  return code ? qrText(code) : null;
}
