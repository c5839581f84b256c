import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWordCharAt, wordEnd, wordStart } from '@/lib/matching/char-classes';
import { evidenceEntries, nameEntries } from '@/lib/matching/detector';
import { loosePattern, matchEndAt } from '@/lib/matching/loose-pattern';
import { phraseBody, phraseKey } from '@/lib/matching/patterns';
import {
  createPhraseIndex,
  wordKey,
  type PhraseEntry,
  type PhraseHit,
} from '@/lib/matching/phrase-index';
import { detectorData } from './helpers';

const index = createPhraseIndex([
  { phrase: 'asylum', value: 'a', caseSensitive: false },
  { phrase: 'asylum seekers', value: 'b', caseSensitive: false },
  { phrase: 'ICE', value: 'c', caseSensitive: true },
  { phrase: "Queen's Park", value: 'd', caseSensitive: false },
  { phrase: 'feat.', value: 'e', caseSensitive: false },
  { phrase: 'MPP+', value: 'f', caseSensitive: true },
  { phrase: 'Ciudad Juárez', value: 'g', caseSensitive: false },
  { phrase: 'non-refoulement', value: 'h', caseSensitive: false },
]);
const found = (text: string) => index.find(text).map((hit) => [hit.text, ...hit.values]);

describe('createPhraseIndex', () => {
  it.each([
    [
      'the longest phrase wins',
      'Asylum Seekers and asylum',
      [
        ['Asylum Seekers', 'b'],
        ['asylum', 'a'],
      ],
    ],
    ['case-sensitive acronyms', 'ICE and ice', [['ICE', 'c']]],
    ['curly apostrophes', 'at Queen’s Park today', [['Queen’s Park', 'd']]],
    ['phrases ending in punctuation', 'Song feat. Artist', [['feat.', 'e']]],
    ['a form ending in +', 'MPP+ toxicity', [['MPP+', 'f']]],
    ['accents are optional', 'CIUDAD JUAREZ', [['CIUDAD JUAREZ', 'g']]],
    ['spaces for hyphens', 'non refoulement', [['non refoulement', 'h']]],
    [
      'a line break and indentation between words',
      'Asylum\n' + ' '.repeat(39) + 'Seekers',
      [['Asylum\n' + ' '.repeat(39) + 'Seekers', 'b']],
    ],
    ['not more than 40 spaces', 'asylum' + ' '.repeat(41) + 'seekers', [['asylum', 'a']]],
    [
      'a hyphen with up to three spaces either side',
      'non \u00a0 - \u00a0 refoulement',
      [['non \u00a0 - \u00a0 refoulement', 'h']],
    ],
    ['not four', 'non    - refoulement', []],
    ['word boundaries', 'asylums, preasylum, asylum_x, ICEd', []],
    ['surrogate-pair letters end words', 'asylum𝐀 asylum', [['asylum', 'a']]],
    ['a lone combining mark before a word', '\u0301asylum', []],
    [
      'up to two combining marks after an accented letter',
      'Ciudad Jua\u0301\u0301rez',
      [['Ciudad Jua\u0301\u0301rez', 'g']],
    ],
    ['not three inside a word', 'Ciudad Jua\u0301\u0301\u0301rez', []],
    ['marks after a letter that takes none', 'Ciudad Juárez\u0301\u0301\u0301', []],
  ])('%s', (_why, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reports offsets and the phrase key', () => {
    const [hit] = index.find('x  Asylum  Seekers!');
    expect(hit).toMatchObject({ start: 3, end: 18, key: phraseKey('asylum seekers') });
  });

  it('rejects a phrase that cannot start a word', () => {
    expect(() => createPhraseIndex([{ phrase: '#tag', value: 1, caseSensitive: false }])).toThrow();
  });
});

/**
 * What `find` must find, the slow way: at each word start it tries every phrase of the index, not
 * only those with the word's key and the next word's (`wordKey`). Same candidates (one per distinct
 * pattern), same order, same word starts.
 */
function findByTryingEverything<T>(entries: readonly PhraseEntry<T>[]) {
  const bySource = new Map<
    string,
    { regex: RegExp; endsWord: boolean; key: string; values: T[] }
  >();
  for (const { phrase, value, caseSensitive } of entries) {
    const { body, endsWord, unicode } = phraseBody(phrase, caseSensitive);
    const source = `${caseSensitive ? 'cs' : 'ci'}:${body}`;
    const known = bySource.get(source);
    if (known) known.values.push(value);
    else {
      const flags = `${caseSensitive ? '' : 'i'}${unicode ? 'u' : ''}y`;
      const regex = new RegExp(loosePattern(body), flags);
      bySource.set(source, { regex, endsWord, key: phraseKey(phrase), values: [value] });
    }
  }
  const all = [...bySource.values()].sort(
    (a, b) => b.key.length - a.key.length || (a.key < b.key ? -1 : 1),
  );
  return (text: string) => {
    const hits: PhraseHit<T>[] = [];
    let free = 0;
    for (
      let start = wordStart(text, 0);
      start >= 0;
      start = wordStart(text, wordEnd(text, start))
    ) {
      if (start < free || (start > 0 && isWordCharAt(text, start, true))) continue;
      for (const { regex, endsWord, key, values } of all) {
        const end = matchEndAt(regex, text, start, endsWord);
        if (end < 0) continue;
        hits.push({ start, end, text: text.slice(start, end), key, values });
        free = end;
        break;
      }
    }
    return hits;
  };
}

/** Ways a page may write one character of a phrase, the pattern's letters' variants included. */
function spellings(char: string): string[] {
  if (/\s/.test(char)) return [' ', '  ', '\n      ', '-', ' - ', '\u200b', '\u00a0', ', ', ''];
  // Not the modifier letter apostrophe U+02BC, which patterns accept too: it is a letter, so
  // "Queen\u02bcs" is one word to the word cut, and no phrase starts with it.
  if (char === "'" || char === '\u2019') return ["'", '\u2019', '\u2018'];
  const lower = char.toLowerCase();
  const ways = [char, char.toUpperCase(), lower, '', char + char, char + '\u0301'];
  const accented: Record<string, string[]> = {
    a: ['á', 'Ã', 'a\u0301\u0301', 'a\u0399'],
    e: ['é', 'È', 'e\u0301', 'e\u03b9'],
    i: ['í', 'Ï', 'ı', 'İ'],
    o: ['ó', 'Ö', 'o\u0308'],
    u: ['ú', 'Ü'],
    n: ['ñ', 'N\u0303'],
    c: ['ç', 'Ç'],
    s: ['\u017f', 'ß'],
    k: ['\u212a'],
    y: ['ÿ', 'Ÿ'],
  };
  return [...ways, ...(accented[lower] ?? [])];
}

const nameIndexEntries = nameEntries(detectorData);
const evidenceIndexEntries = evidenceEntries(detectorData);
const phrases = [...nameIndexEntries, ...evidenceIndexEntries].map(({ phrase }) => phrase);
/** A phrase of the pack as a page might write it: each character kept, varied, doubled or lost. */
const writtenPhrase = fc
  .constantFrom(...phrases)
  .chain((phrase) =>
    fc.tuple(
      ...Array.from(phrase, (char) =>
        fc.oneof(
          { weight: 6, arbitrary: fc.constant(char) },
          { weight: 1, arbitrary: fc.constantFrom(...spellings(char)) },
        ),
      ),
    ),
  )
  .map((chars) => chars.join(''));
const filler = fc.constantFrom(
  'the',
  'MPPs',
  'riding',
  'said',
  'Park',
  '2.0',
  '«',
  '(',
  'Queen',
  's',
);
const pageText = fc
  .array(
    fc.tuple(
      fc.oneof(
        { weight: 4, arbitrary: writtenPhrase },
        { weight: 2, arbitrary: filler },
        { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
      ),
      fc.constantFrom(' ', '', '\n', '-', ', ', '\u00a0'),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.flat().join(''));

describe('createPhraseIndex with the fact pack', () => {
  it.each([
    ['names', nameIndexEntries],
    ['evidence', evidenceIndexEntries],
  ] as const)(
    'the %s index finds what trying every phrase at every word finds',
    (_index, entries: readonly PhraseEntry<unknown>[]) => {
      const index = createPhraseIndex(entries);
      const expected = findByTryingEverything(entries);
      fc.assert(
        fc.property(pageText, (text) => {
          expect(index.find(text)).toEqual(expected(text));
        }),
        { numRuns: 400 },
      );
    },
  );

  it.each([
    ['a long s in the second word', 'two MPP \u017ftudents', 'mpp students'],
    ['a Kelvin sign', 'the MPP doc\u212aet', 'mpp docket'],
    ['a long s in the first word', 'many a\u017fylum seekers', 'asylum seekers'],
    ['decomposed accents and capitals', 'QUE\u0301DATE EN ME\u0301XICO', 'quedate en mexico'],
  ])('keys a word as its pattern reads it: %s', (_why, text, key) => {
    const index = createPhraseIndex<unknown>([...nameIndexEntries, ...evidenceIndexEntries]);
    expect(index.find(text).map((hit) => hit.key)).toContain(key);
  });
});

describe('wordKey', () => {
  it.each([
    ['Juárez', 'juarez'],
    ['JUA\u0301REZ', 'juarez'],
    ['\u017ftay', 'stay'],
    ['\u212aelvin', 'kelvin'],
    ['ΜΠΠ', ''],
    ['MPP', 'mpp'],
  ])('%s → %s', (word, key) => {
    expect(wordKey(word)).toBe(key);
  });
});

describe('building candidates lazily', () => {
  it('builds only the patterns of phrases whose first and second words the text has', () => {
    const entries = ['MPP', 'MPP riding', 'MPP solar', 'MPP Queen'].map((phrase) => ({
      phrase,
      value: phrase,
      caseSensitive: true,
    }));
    const index = createPhraseIndex(entries);
    const built: string[] = [];
    const RealRegExp = globalThis.RegExp;
    globalThis.RegExp = new Proxy(RealRegExp, {
      construct(target, args: [string, string]) {
        if (args[0].startsWith('MPP')) built.push(args[0]);
        return new target(...args);
      },
    });
    try {
      expect(index.find('the MPP said').map((hit) => hit.text)).toEqual(['MPP']);
      expect(built).toEqual(['MPP']);
      expect(index.find('an MPP  solar array').map((hit) => hit.text)).toEqual(['MPP  solar']);
      expect(built).toHaveLength(2);
    } finally {
      globalThis.RegExp = RealRegExp;
    }
  });
});
