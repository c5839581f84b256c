/**
 * Build-time (Node only; `wxt.config.ts` and `vitest.config.ts` use it): the Vite plugin behind
 * `virtual:factmark-detector-data`, the names and detection data the content script bundles.
 *
 * Why: names carry `meaning` and `note` texts in every language, and other senses a description,
 * that detection never reads (the popover gets them from the full pack through the background).
 * The module holds only what `DetectorData` declares, taken from the same pack file the build
 * validates (`check-pack-file.ts`), so the two can never disagree.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import type { DetectorData } from '../matching';
import { prefilterPlan } from '../matching/prefilter';

/** Import specifier of the slimmed detector data. */
export const DETECTOR_DATA_ID = 'virtual:factmark-detector-data';
const RESOLVED_ID = `\0${DETECTOR_DATA_ID}`;

/**
 * Only the fields of a pack the matcher reads (see `DetectorData`), in the pack's order, and the
 * prefilter's plan for its names (computed here once rather than on every page load).
 */
export function slimDetectorData(pack: DetectorData): DetectorData {
  const names = pack.names.map(({ id, group, use, lang, forms }) => ({
    id,
    group,
    use,
    lang,
    forms,
  }));
  return {
    names,
    prefilterPlan: prefilterPlan(names),
    detection: {
      cues: pack.detection.cues.map(({ terms, weight }) => ({ terms, weight })),
      otherSenses: pack.detection.otherSenses.map(({ id, terms, forms }) =>
        forms ? { id, terms, forms } : { id, terms },
      ),
    },
  };
}

/** Serves `virtual:factmark-detector-data` (a default export) from the pack at `packPath`. */
export function detectorDataPlugin(packPath: string): Plugin {
  return {
    name: 'factmark-detector-data',
    resolveId: (source) => (source === DETECTOR_DATA_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(packPath);
      const pack = JSON.parse(readFileSync(packPath, 'utf8')) as DetectorData;
      return `export default ${JSON.stringify(slimDetectorData(pack))};`;
    },
  };
}
