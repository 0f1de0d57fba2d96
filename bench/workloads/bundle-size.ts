/**
 * bundle-size: the initial JavaScript of the built renderer, gzip -9 — the HTML entry's chunk,
 * every chunk it imports statically (Vite manifest, cross-checked against the script and
 * modulepreload tags of index.html) and the entry's own import()s (the kiosk's entry imports
 * React and the attract screen's hydration one frame after start, unconditionally); chunks
 * reached only by later import()s (services, screens, all behind the attract screen) are
 * listed, not counted.
 * The renderer is built with the repository's vite.config.ts (what `npm run build:renderer`
 * writes to dist/renderer) into a temporary folder, from the current sources.
 *
 * Baseline: the same measure for a minimal React 19 app (createRoot + one heading, StrictMode)
 * built in the same run with the same Vite config. Sizes are deterministic: one build each,
 * so the interval is the point itself. Goal: ours < 250 KB gzip (absolute); the ratio says how
 * much the kiosk adds on top of React itself.
 */
import type { ResultEntry } from '../results';
import type { Workload } from '../workload';
import { round } from '../browser-harness';
import { buildMinimalReactApp, buildRenderer, initialJs, removeBuild } from '../renderer-build';

const GOAL_KB = 250;
const kb = (bytes: number) => round(bytes / 1024, 4);

const workload: Workload = {
  name: 'bundle-size',
  async run({ log }): Promise<ResultEntry> {
    const ours = await buildRenderer();
    let minimal: string | undefined;
    try {
      minimal = await buildMinimalReactApp();
      const a = initialJs(ours);
      const b = initialJs(minimal);
      for (const f of a.files) log(`ours: ${f.file} ${kb(f.bytes)} KB, gzip ${kb(f.gzipBytes)} KB`);
      for (const f of b.files) log(`baseline: ${f.file} ${kb(f.bytes)} KB, gzip ${kb(f.gzipBytes)} KB`);
      const ratio = a.gzipBytes / b.gzipBytes;
      return {
        ours: kb(a.gzipBytes),
        baseline: kb(b.gzipBytes),
        ratio: round(ratio),
        unit: 'KB gzip (initial JS)',
        trials: 1,
        baselineIs:
          'minimal React 19 app: createRoot + one heading in StrictMode, built in the same run with the same vite.config.ts',
        ci95: [round(ratio), round(ratio)],
        goal: `ours < ${GOAL_KB} KB gzip (absolute; deterministic build, one trial)`,
        met: a.gzipBytes / 1024 < GOAL_KB,
        oursRawKB: kb(a.bytes),
        baselineRawKB: kb(b.bytes),
        oursAddsKB: kb(a.gzipBytes - b.gzipBytes),
        initialFiles: a.files.map((f) => ({ file: f.file, kb: kb(f.bytes), gzipKB: kb(f.gzipBytes) })),
        lazyFiles: a.lazyFiles,
        measure:
          "gzip level 9 of each JS file loaded at start: entry chunk + static imports + the entry's own import()s (Vite manifest, checked against index.html)",
      };
    } finally {
      removeBuild(ours);
      if (minimal) removeBuild(minimal);
    }
  },
};

export default workload;
