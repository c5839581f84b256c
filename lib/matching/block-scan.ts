/**
 * First pass over one text: finds every name form and settles what needs no context.
 * Unambiguous names are names; phrase names are classified by their styling (`styling.ts`);
 * ambiguous forms are left for the evidence pass (`matcher.ts`).
 */
import type { DetectorName, MatchReason } from './api';
import type { CompiledDetector } from './detector';
import { textEvidence, type TextEvidence } from './evidence';
import { latinRegExp } from './latin-regexp';
import type { PhraseHit } from './phrase-index';
import { blockCase, classifyPhrase, type BlockCase } from './styling';

/** A name form found in a text and what the first pass made of it. */
export interface Found {
  hit: PhraseHit<DetectorName>;
  name: DetectorName;
  /**
   * 'name': a mention whatever the context (`reason` says why); 'weak': a phrase name that needs
   * topic evidence; 'ambiguous': a short form that needs evidence; 'none': an ordinary phrase.
   */
  status: 'name' | 'weak' | 'ambiguous' | 'none';
  reason?: MatchReason;
}

/** One scanned text: its found forms and, computed on demand, its evidence. */
export interface TextScan {
  text: string;
  found: Found[];
  evidence(): TextEvidence;
  /** Whether the text reads as a headline (computed once, on demand). */
  textCase(): BlockCase;
}

const MAX_ALIAS_GAP = 40;
/**
 * Between two names that are aliases of each other: "Migrant Protection Protocols (MPP",
 * "“Permanecer en México” (o “", "Migrant Protection Protocols, or MPP", "MPP (Remain".
 */
const ALIAS_GAP = latinRegExp(
  String.raw`^[\s"\u201d\u2019'\u00bb]*(?:[,;]?\s*\(\s*(?:(?:or|o|also|aka|a\.k\.a\.|i\.e\.|known\s+as|conocid[oa]s?\s+como|tambi[eé]n(?:\s+conocid[oa]s?\s+como)?|en\s+ingl[eé]s:?)\s+)?|,\s*(?:or|o)\s+)["\u201c\u2018\u00ab]?\s*$`,
  'iu',
);

/** Whether the text between two name matches makes them aliases. */
export function areAliases(text: string, left: { end: number }, right: { start: number }): boolean {
  const gap = right.start - left.end;
  return gap >= 0 && gap <= MAX_ALIAS_GAP && ALIAS_GAP.test(text.slice(left.end, right.start));
}

/** The neighbours of `found[i]` that are its aliases. */
export function aliasNeighbours(text: string, found: readonly Found[], i: number): Found[] {
  const here = found[i];
  if (!here) return [];
  const prev = found[i - 1];
  const next = found[i + 1];
  return [
    ...(prev && areAliases(text, prev.hit, here.hit) ? [prev] : []),
    ...(next && areAliases(text, here.hit, next.hit) ? [next] : []),
  ];
}

function firstPass(compiled: CompiledDetector, text: string, textCase: () => BlockCase): Found[] {
  const found = compiled.names.find(text).flatMap((hit): Found[] => {
    const name = hit.values[0];
    if (!name) return [];
    if (name.use === 'unambiguous')
      return [{ hit, name, status: 'name', reason: { kind: 'name' } }];
    return [{ hit, name, status: name.use === 'ambiguous' ? 'ambiguous' : 'none' }];
  });
  found.forEach((item, i) => {
    if (item.name.use !== 'phrase') return;
    const neighbours = aliasNeighbours(text, found, i);
    const styling = classifyPhrase({
      text,
      start: item.hit.start,
      end: item.hit.end,
      blockCase: textCase(),
      besideName: neighbours.some((n) => n.name.use === 'unambiguous'),
      besideAcronym: neighbours.some((n) => n.name.use === 'ambiguous'),
    });
    if (styling.strength === 'strong') {
      item.status = 'name';
      item.reason = { kind: 'styled', how: styling.how };
    } else {
      item.status = styling.strength;
    }
  });
  return found;
}

/**
 * Scans a text. `forcedCase` forces the case style (page text is prose); by default it is judged
 * from the text itself when a phrase name needs it.
 */
export function scanText(
  compiled: CompiledDetector,
  text: string,
  forcedCase?: BlockCase,
): TextScan {
  let caseOfText = forcedCase;
  const textCase = () => (caseOfText ??= blockCase(text));
  const found = firstPass(compiled, text, textCase);
  let evidence: TextEvidence | undefined;
  return {
    text,
    found,
    textCase,
    evidence() {
      evidence ??= textEvidence(
        compiled.evidence,
        text,
        found.map(({ hit }) => hit),
        found
          .filter(({ status }) => status === 'name')
          .map(({ name, hit }) => ({ id: name.id, text: hit.text })),
      );
      return evidence;
    },
  };
}
