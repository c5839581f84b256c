/**
 * The part of the fact pack the content script needs to detect mentions: the names' forms and
 * groups, the context cues and the other senses, without any text the popover shows.
 *
 * `virtual:factmark-detector-data` is built from the validated pack file by a Vite plugin
 * (`detector-data-plugin.ts`, set up in `wxt.config.ts` and `vitest.config.ts`), so the facts,
 * sources, timeline and the names' explanations stay out of the content script; the popover asks
 * the background for the full pack when a reader opens it (see lib/messaging/protocol.ts).
 */
import data from 'virtual:factmark-detector-data';
import type { DetectorData } from '../matching';

export const detectorData: DetectorData = data;
