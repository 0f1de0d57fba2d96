import type { Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

/**
 * Puts the entry stylesheet into index.html as a <style> element (vite-plugin-singlefile, told to
 * inline that one file and nothing else). The prerendered attract screen then paints without
 * waiting for a second request (bench/workloads/cold-start.ts); the CSP allows exactly that
 * element by its hash (electron/inline-style-hashes.ts).
 *
 * The library is made for inlining everything and reports each file it leaves out, ~100 lines per
 * build here, and the one it inlines once per HTML page; those notes are dropped or said once.
 */
const ENTRY_CSS = /^assets\/index-[^/]+\.css$/;

export function inlineEntryCss(): Plugin {
  // Typed as any PluginOption; at run time it is one plain plugin object (checked below).
  const plugin = viteSingleFile({
    useRecommendedBuildConfig: false,
    inlinePattern: ['assets/index-*.css'],
  }) as Plugin;
  const hook = plugin.generateBundle;
  if (typeof hook !== 'object' || hook === null || typeof hook.handler !== 'function')
    throw new Error('vite-plugin-singlefile: unexpected generateBundle hook');
  const inline = hook.handler;
  return {
    ...plugin,
    name: 'kiosk-inline-entry-css',
    // Lazy chunks list the entry's stylesheet among what to load with them (they import the entry
    // chunk), and would fetch the file this plugin deletes. Vite writes those lists after the HTML
    // (its import analysis runs last): once index.html has its <link>, the stylesheet is no longer
    // the entry chunk's to share.
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => {
        const css = context.chunk?.viteMetadata?.importedCss;
        if (css) for (const file of [...css]) if (ENTRY_CSS.test(file)) css.delete(file);
        return html;
      },
    },
    generateBundle: {
      order: 'post',
      handler(...args) {
        const said = new Set<string>();
        const quiet = new Proxy(this, {
          get: (target, key, receiver) =>
            key === 'info'
              ? (message: unknown) => {
                  const text = typeof message === 'string' ? message.trim() : '';
                  if (text === '' || text.startsWith('NOTE: asset not inlined') || said.has(text)) return;
                  said.add(text);
                  target.info(text);
                }
              : (Reflect.get(target, key, receiver) as unknown),
        });
        return inline.apply(quiet, args);
      },
    },
  };
}
