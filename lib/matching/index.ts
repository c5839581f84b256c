/**
 * The mention matcher (pure: no DOM, no browser APIs). See `api.ts` for the contract and
 * `matcher.ts`, `styling.ts` and `scoring.ts` for how names are recognised.
 */
export type {
  Block,
  DetectorData,
  DetectorName,
  Matcher,
  MatcherOptions,
  MatchReason,
  Mention,
  PageContext,
  PageSignals,
  Strictness,
} from './api';
export { createMatcher } from './matcher';
export { PAGE_TEXT_LIMIT } from './page-judge';
