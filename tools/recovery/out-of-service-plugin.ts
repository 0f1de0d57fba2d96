import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { OUT_OF_SERVICE_PAGE } from '../../electron/services/window-recovery';
import { OUT_OF_SERVICE_STYLESHEET, outOfServiceHtml } from './out-of-service-html';

/**
 * Writes out-of-service.html and its stylesheet into every renderer build, for the kiosk window to
 * show when its page keeps crashing (electron/services/window-recovery.ts). A data: URL would not
 * do: it has no origin of ours, so the navigation guard and the CSP treat it as foreign.
 */
export function outOfServicePage(): Plugin {
  return {
    name: 'kiosk-out-of-service-page',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: OUT_OF_SERVICE_PAGE, source: outOfServiceHtml() });
      this.emitFile({
        type: 'asset',
        fileName: OUT_OF_SERVICE_STYLESHEET,
        source: readFileSync(new URL('../../renderer/recovery/out-of-service.css', import.meta.url), 'utf8'),
      });
    },
  };
}
