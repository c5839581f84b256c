/**
 * The language of a mention's popover. Evidence, strongest first: the block's own words (many
 * sites declare lang="en" over Spanish text, so a clear count of function words wins), the block's
 * [lang], the page's lang, and finally the language of the name itself.
 */
import type { Lang } from '@/lib/facts/types';
import { latinRegExp } from './latin-regexp';

const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));
const SPANISH = words(
  'el la los las de del que y en por para con una un se su sus es al como más pero fue según este esta sobre entre',
);
const ENGLISH = words(
  'the of and to in is that for with was on by as it from are were has have this said which their will not',
);
const SAMPLE = 1200;
const NOT_LETTERS = latinRegExp(String.raw`[^\p{L}]+`, 'u');
const MIN_WORDS = 3;

/** 'en' or 'es' when the text's function words clearly say so (at least 3, twice the other's). */
export function textLang(text: string): Lang | undefined {
  let es = 0;
  let en = 0;
  const sample = text.slice(0, SAMPLE).toLowerCase();
  for (const word of sample.split(NOT_LETTERS.pick(sample))) {
    if (SPANISH.has(word)) es += 1;
    if (ENGLISH.has(word)) en += 1;
  }
  if (es >= MIN_WORDS && es > 2 * en) return 'es';
  if (en >= MIN_WORDS && en > 2 * es) return 'en';
  return undefined;
}

/** 'en' or 'es' from a BCP-47 tag ("es-MX" → 'es'), or undefined for any other language. */
export function tagLang(tag: string | undefined): Lang | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' || primary === 'es' ? primary : undefined;
}

/** The popover language for a mention: `textGuess` is `textLang` of its block (computed once). */
export function mentionLang(
  textGuess: Lang | undefined,
  blockTag: string | undefined,
  pageTag: string | undefined,
  nameLang: Lang,
): Lang {
  return textGuess ?? tagLang(blockTag) ?? tagLang(pageTag) ?? nameLang;
}
