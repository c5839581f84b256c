import { describe, expect, it } from 'vitest';
import { phraseKey } from '@/lib/matching/patterns';
import { createPhraseIndex } from '@/lib/matching/phrase-index';

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
