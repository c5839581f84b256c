/**
 * Compiles the fact pack's detector data (names, cues, other senses) into phrase indexes, once per
 * matcher. Everything per-page reuses these regexes. The evidence index (hundreds of cue and
 * other-sense words) is built only when a text first needs its evidence: a page that merely says
 * "Mexico" never does.
 */
import type { DetectorData, DetectorName } from './api';
import { isAllCapsPhrase } from './patterns';
import { createPhraseIndex, type PhraseEntry, type PhraseIndex } from './phrase-index';

/** A word that is evidence about what a page or block is about. */
export type EvidenceTerm =
  /** A topic cue of this policy ("asylum seekers", "Tijuana"), weight 1–3. */
  | { kind: 'cue'; weight: number }
  /** A word revealing another meaning of an ambiguous form: 2 for a word, 3 for a form ("MPPs"). */
  | { kind: 'sense'; sense: string; weight: number };

export interface CompiledDetector {
  /** Every name form. Ambiguous forms ("MPP") match their case exactly; the rest any case. */
  readonly names: PhraseIndex<DetectorName>;
  /** Cue words and other-sense words and forms (built on first read). */
  readonly evidence: PhraseIndex<EvidenceTerm>;
}

/** Weight of one other-sense word; a form only that sense uses ("MPPT") weighs more. */
export const SENSE_TERM_WEIGHT = 2;
export const SENSE_FORM_WEIGHT = 3;

/** Builds the indexes. Throws on a form that would compile to nothing (an empty phrase). */
export function compileDetector(data: DetectorData): CompiledDetector {
  let evidence: PhraseIndex<EvidenceTerm> | undefined;
  return {
    names: createPhraseIndex(nameEntries(data)),
    get evidence() {
      return (evidence ??= createPhraseIndex(evidenceEntries(data)));
    },
  };
}

/** The phrases of the names index: every form of every name. */
export function nameEntries(data: DetectorData): PhraseEntry<DetectorName>[] {
  return data.names.flatMap((name) =>
    name.forms.map((phrase) => {
      if (!phrase.trim()) throw new Error(`Empty form in name ${name.id}`);
      return { phrase, value: name, caseSensitive: name.use === 'ambiguous' };
    }),
  );
}

/** The phrases of the evidence index: cue words, and other senses' words and forms. */
export function evidenceEntries(data: DetectorData): PhraseEntry<EvidenceTerm>[] {
  return [
    ...data.detection.cues.flatMap((cue) =>
      cue.terms.map((phrase) => ({
        phrase,
        value: { kind: 'cue' as const, weight: cue.weight },
        caseSensitive: isAllCapsPhrase(phrase),
      })),
    ),
    ...data.detection.otherSenses.flatMap((sense) => [
      ...sense.terms.map((phrase) => ({
        phrase,
        value: { kind: 'sense' as const, sense: sense.id, weight: SENSE_TERM_WEIGHT },
        caseSensitive: isAllCapsPhrase(phrase),
      })),
      ...(sense.forms ?? []).map((phrase) => ({
        phrase,
        value: { kind: 'sense' as const, sense: sense.id, weight: SENSE_FORM_WEIGHT },
        caseSensitive: true,
      })),
    ]),
  ];
}
