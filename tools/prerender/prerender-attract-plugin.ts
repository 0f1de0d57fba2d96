import type { Plugin } from 'vite';
import { attractMarkup } from './attract-markup';

/** Where index.html wants the attract screen; pages without it (benchmark baselines) are left alone. */
export const ATTRACT_PLACEHOLDER = '<!--prerendered-attract-->';

/**
 * Puts the attract screen's HTML into index.html at build time. After a power cut the kiosk's
 * first frame is then the attract screen, painted as soon as the HTML and CSS arrive, instead of
 * after React has loaded and rendered (bench/workloads/cold-start.ts measures it).
 */
export function prerenderAttract(): Plugin {
  return {
    name: 'kiosk-prerender-attract',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.includes(ATTRACT_PLACEHOLDER) ? html.replace(ATTRACT_PLACEHOLDER, attractMarkup()) : html,
    },
  };
}
