/**
 * The part of the fact pack the content script needs to detect mentions: names and context cues.
 *
 * Named imports from the JSON module let the bundler drop every other key, so the facts, sources
 * and timeline (most of the pack) stay out of the content script; the popover asks the background
 * for the full pack when a reader opens it (see lib/messaging/protocol.ts).
 */
import { detection, names } from '#factmark-pack';
import type { DetectorData } from '../matching';

export const detectorData: DetectorData = { names, detection } as DetectorData;
