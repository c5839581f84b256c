/**
 * The fact pack the extension ships, typed for the app.
 *
 * `#factmark-pack` is an import alias set in `wxt.config.ts` (the JSON file, overridable with the
 * `FACTMARK_PACK` environment variable). This module deliberately imports neither valibot nor the
 * validator: the pack is validated before it can be bundled (the `build:before` hook in
 * `wxt.config.ts` fails the build on any issue) and again by `tests/unit/facts/pack.test.ts`, so
 * the content script pays nothing for validation at run time.
 */
import packJson from '#factmark-pack';
import type { FactPack } from './types';

/** The validated, reviewed fact pack. */
export const pack: FactPack = packJson as FactPack;
