/**
 * Decides whether a phrase-like name ("Remain in Mexico", "Quédate en México") is written as a name
 * or is an ordinary verb phrase ("they had to remain in Mexico until their hearing").
 *
 * Order of the tests (the first that applies wins):
 * 1. "Mexico City" → not the policy.
 * 2. Strong styling, whatever comes before: introduced (so-called…, known as…, conocido como…,
 *    or beside an unambiguous name as an alias), quoted (“Remain in Mexico”, «Quédate en México»),
 *    hyphenated (remain-in-Mexico), followed by a policy noun (…program, …policy, …2.0).
 * 3. A possessive determiner before it ("your stay in Mexico") → not the policy.
 * 4. Lower case: after a noun marker (the end of remain in Mexico, bajo quédate en México), inside
 *    lone parentheses, or beside an acronym → weak; otherwise an ordinary phrase.
 * 5. Capitalised: after a policy noun ("programa Quédate en México") → strong; a name whose first
 *    word is also a noun ("Return…", "Stay…") → weak, capitals prove nothing; after a verb guard
 *    ("forced to Remain in Mexico") → weak; at a sentence start → strong only if a verb or an
 *    apposition follows ("Remain in Mexico was…"), else weak; in a headline (Title Case or ALL
 *    CAPS, where capitals mean nothing) → strong only after a noun-making verb or preposition
 *    ("Biden Ends Remain in Mexico"), else weak; mid-sentence in prose → strong.
 * "Weak" means: a name only if the block or page is about the policy (see `scoring.ts`).
 */
import type { MatchReason } from './api';
import { latinRegExp } from './latin-regexp';
import * as W from './styling-words';

export type StyledHow = Extract<MatchReason, { kind: 'styled' }>['how'];

export type Styling =
  { strength: 'strong'; how: StyledHow } | { strength: 'weak' } | { strength: 'none' };

/** 'headline' = Title Case or ALL CAPS text, where a capital letter is no evidence of a name. */
export type BlockCase = 'prose' | 'headline';

/** Where a phrase-name match sits. */
export interface PhraseSite {
  text: string;
  start: number;
  end: number;
  blockCase: BlockCase;
  /** An unambiguous name stands beside it as an alias ("Migrant Protection Protocols (remain in Mexico)"). */
  besideName: boolean;
  /** An ambiguous form stands beside it ("remain in Mexico (MPP)"). */
  besideAcronym: boolean;
}

const WINDOW = 80;
const NONE: Styling = { strength: 'none' };
const WEAK: Styling = { strength: 'weak' };
const strong = (how: StyledHow): Styling => ({ strength: 'strong', how });

const LETTER_OR_DIGIT = latinRegExp(String.raw`[\p{L}\p{N}]`, 'u');
const PREDECESSOR = latinRegExp(String.raw`([\p{L}\p{M}\p{N}'\u2019]+)(\s*)$`, 'u');
const OPENERS_ONLY = /^[\s"\u201c\u201e\u00ab\u2039\u2018'([¡¿\-\u2013\u2014•·]*$/;
// A period ends a sentence unless it closes a one-letter abbreviation ("U.S.", "D.C.").
const SENTENCE_END = latinRegExp(
  String.raw`(?:[!?…;:•·|\n\u2014\u2013]|(?<!(?:^|[\s.])\p{Lu})\.)[\s"\u201c\u201e\u00ab\u2039\u2018'([¡¿]*$`,
  'u',
);
const NOT_LETTERS = latinRegExp(String.raw`[^\p{L}]`, 'gu');
const LONG_WORDS = latinRegExp(String.raw`\p{L}[\p{L}\p{M}'\u2019]{3,}`, 'gu');
const LEADING_LETTERS = latinRegExp(String.raw`^[\p{L}\p{M}]+`, 'u');

/** Title Case or ALL CAPS short text (a headline), judged on its first 400 characters. */
export function blockCase(text: string): BlockCase {
  const sample = text.slice(0, 400);
  const letters = sample.replace(NOT_LETTERS.pick(sample), '');
  const upper = letters.toUpperCase();
  if (letters.length >= 4 && letters === upper && letters !== letters.toLowerCase())
    return 'headline';
  if (text.length > 300) return 'prose';
  const long = sample.match(LONG_WORDS.pick(sample)) ?? [];
  if (long.length < 3) return 'prose';
  const capitalized = long.filter((word) => word[0] !== word[0]?.toLowerCase()).length;
  return capitalized / long.length >= 0.8 ? 'headline' : 'prose';
}

function isQuoted(before: string, after: string): boolean {
  const open = before.at(-1) ?? '';
  const prev = before.at(-2) ?? '';
  // An apostrophe right after a letter is an elision or a possessive, not an opening quote.
  const apostrophe = (open === "'" || open === '\u2018') && LETTER_OR_DIGIT.test(prev);
  const opened = (W.OPENING_QUOTES.has(open) && !apostrophe) || /\u00ab\s+$/.test(before);
  return opened && W.CLOSING_QUOTE_AFTER.test(after);
}

type Guard = 'possessive' | 'verb' | 'noun' | 'none';

function guardOf(before: string, firstWord: string): { guard: Guard; word: string } {
  const found = PREDECESSOR.exec(before);
  if (!found) return { guard: 'none', word: '' };
  const word = (found[1] ?? '').toLowerCase().replace(/\u2019/g, "'");
  // A Spanish infinitive ("permanecer", "esperar") after "de"/"al" is a verb: "obligados a esperar".
  const infinitive = /(?:ar|er|ir)$/.test(firstWord);
  if (W.POSSESSIVE_DETERMINERS.has(word)) return { guard: 'possessive', word };
  if (infinitive && W.INFINITIVE_GUARDS.has(word)) return { guard: 'verb', word };
  if (W.VERB_GUARDS.has(word) || /'(?:ll|d)$/.test(word)) return { guard: 'verb', word };
  if (W.NOUN_MARKERS.has(word) || /'s$/.test(word)) {
    return { guard: W.NOUN_HEADS.has(firstWord) ? 'none' : 'noun', word };
  }
  return { guard: 'none', word };
}

function isSentenceInitial(before: string, atBlockStart: boolean): boolean {
  return (atBlockStart && OPENERS_ONLY.test(before)) || SENTENCE_END.test(before);
}

/** Classifies one phrase-name match; see the module comment for the rules. */
export function classifyPhrase(site: PhraseSite): Styling {
  const { text, start, end } = site;
  const from = Math.max(0, start - WINDOW);
  const before = text.slice(from, start);
  const after = text.slice(end, end + WINDOW);
  const name = text.slice(start, end);
  if (W.PLACE_AFTER.test(after)) return NONE;
  if (site.besideName || W.KNOWN_AS_BEFORE.test(before)) return strong('known-as');
  if (isQuoted(before, after)) return strong('quoted');
  if (/[-\u2010\u2011]/.test(name)) return strong('hyphenated');
  if (W.POLICY_NOUN_AFTER.test(after)) return strong('policy-noun');

  const firstWord = (LEADING_LETTERS.exec(name)?.[0] ?? '').toLowerCase();
  const { guard, word } = guardOf(before, firstWord);
  if (guard === 'possessive') return NONE;
  const first = name[0] ?? '';
  if (first === first.toLowerCase()) {
    const parenthesized = /\(\s*$/.test(before) && /^\s*\)/.test(after);
    return guard === 'noun' || parenthesized || site.besideAcronym ? WEAK : NONE;
  }
  if (W.POLICY_NOUN_BEFORE.test(before)) return strong('policy-noun');
  // "The Return to Mexico tour", "Return to Mexico was my only option": a capital on a noun is
  // no evidence of the policy's name.
  if (W.NOUN_HEADS.has(firstWord)) return WEAK;
  const letters = name.replace(NOT_LETTERS.pick(name), '');
  const how: StyledHow = letters === letters.toUpperCase() ? 'uppercase' : 'capitalized';
  if (guard === 'verb') return WEAK;
  if (isSentenceInitial(before, from === 0))
    return W.SUBJECT_AFTER.test(after) ? strong(how) : WEAK;
  if (site.blockCase === 'headline') {
    return guard === 'noun' && !W.ARTICLES.has(word) ? strong(how) : WEAK;
  }
  return strong(how);
}
