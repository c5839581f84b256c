/**
 * The cheap forms the content script runs on every page mean exactly what the plain Unicode
 * regexes they replace mean: the prefilter's `testPrefilter`, phrase regexes without `u`, and
 * loose patterns whose bounds are checked in code (`loose-pattern.ts`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '@/lib/matching';
import { exactEnd, isSpace, loosePattern } from '@/lib/matching/loose-pattern';
import { phraseBody } from '@/lib/matching/patterns';
import { withoutInvisible } from '@/lib/matching/invisible';
import { detectorData } from './helpers';

const BMP = Array.from({ length: 0x10000 }, (_, point) => String.fromCharCode(point));

/** Pieces of anchors, look-alikes, marks, case variants, surrogates and boundaries. */
const PIECES = [
  'Mexico',
  'MÉXICO',
  'Me\u0301',
  'xico',
  'm',
  'exico',
  '\u0301',
  '\u0301\u0301\u0301',
  'MPP',
  'mpp',
  's',
  'RMX',
  'Protection',
  'Protección',
  'Perſecution',
  'Persecution',
  'protect',
  'ion',
  'town',
  '_',
  '1',
  ' ',
  '-',
  '’',
  '“',
  'Ω',
  '中',
  '\ud835\udc00',
  '\ud800',
  '\udc00',
  'ι',
  'Ι',
  '\u1fbe',
  '\u00ad',
  '\u2060',
  '\ufeff',
];

describe('testPrefilter', () => {
  it.each([{}, { groups: { common: false, official: false, acronym: false } }])(
    'answers like prefilter.test on the visible text, and only where quickPrefilter matches (options %j)',
    (options) => {
      const matcher = createMatcher(detectorData, options);
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
          const text = pieces.join('');
          const exact = matcher.prefilter.test(withoutInvisible(text));
          expect(matcher.testPrefilter(text)).toBe(exact);
          // The scanner asks testPrefilter only about texts quickPrefilter matches.
          if (exact) expect(matcher.quickPrefilter.test(text)).toBe(true);
        }),
        { numRuns: 3000 },
      );
    },
  );

  it.each([
    ['Mexico', true],
    ['Me\u0301xico\u0301', true],
    ['Mexico\u0301\u0301\u0301', false],
    ['Me\u0301\u0301xico', true],
    ['Me\u0301\u0301\u0301xico', false],
    ['Me\u0301\u0301\u0301xico Protection', true],
    // Case-insensitively the marks' class also holds the iotas that fold with U+0345.
    ['Meιιxico', true],
    ['Meι\u0301ιxico', false],
    ['MexicoΙ', true],
    ['MexicoΙ\u1fbe\u0301', false],
    ['MPPs and MPP', true],
    ['Perſecution', true],
    ['\ud835\udc00Mexico', false],
    ['\ud800Mexico', true],
  ])('"%s" → %s', (text, expected) => {
    const matcher = createMatcher(detectorData);
    expect(matcher.testPrefilter(text)).toBe(expected);
    expect(matcher.prefilter.test(text)).toBe(expected);
  });

  it.each([
    ['Mex\u00adico', true],
    ['M\u00adP\u2060P', true],
    ['Pro\ufefftec\u00adción', true],
    ['Mex\u00adicotown', false],
    ['\u00ad', false],
  ])(
    '"%s" (with invisible characters) → %s, and quickPrefilter lets it through',
    (text, expected) => {
      const matcher = createMatcher(detectorData);
      expect(matcher.testPrefilter(text)).toBe(expected);
      expect(matcher.quickPrefilter.test(text)).toBe(true);
    },
  );

  it('never matches with every name switched off', () => {
    const none = createMatcher(detectorData, {
      groups: { common: false, official: false, acronym: false, spanish: false },
    });
    expect(none.testPrefilter('Remain in Mexico MPP')).toBe(false);
    expect(none.quickPrefilter.test('Remain in Mexico MPP')).toBe(false);
  });
});

describe('quickPrefilter', () => {
  it('is stateless: the same answer however often it is asked', () => {
    const { quickPrefilter } = createMatcher(detectorData);
    expect(quickPrefilter.global || quickPrefilter.sticky).toBe(false);
    for (let i = 0; i < 3; i++) expect(quickPrefilter.test('Remain in México')).toBe(true);
  });

  it.each([
    ['Protections', true, false],
    ['sampple', true, false],
    ['the town hall', false, false],
    ['MPP', true, true],
  ])(
    '"%s": quick %s, exact %s (a cheap superset: boundaries are testPrefilter’s job)',
    (text, quick, exact) => {
      const matcher = createMatcher(detectorData);
      expect(matcher.quickPrefilter.test(text)).toBe(quick);
      expect(matcher.testPrefilter(text)).toBe(exact);
    },
  );
});

describe('phrase regexes without the u flag', () => {
  const letters = [...'abcdefghijklmnopqrstuvwxyzáàâäãéèêëíìîïóòôöõúùûüñç', "'", '’'];

  it.each(letters)(
    '"%s": its source means the same with i as with iu, on every BMP character',
    (letter) => {
      const { body, unicode } = phraseBody(letter, false);
      expect(unicode).toBe(false);
      const without = new RegExp(`^(?:${body})$`, 'i');
      const withU = new RegExp(`^(?:${body})$`, 'iu');
      expect(BMP.filter((char) => without.test(char) !== withU.test(char))).toEqual([]);
    },
  );

  // The other letters compile to the same accent class as before.
  it.each([...'bdfghjklmpqrstvwxyz'])(
    '"%s" matches what the letter itself matches with iu',
    (letter) => {
      const fast = new RegExp(`^(?:${phraseBody(letter, false).body})$`, 'i');
      const plain = new RegExp(`^${letter}$`, 'iu');
      expect(BMP.filter((char) => fast.test(char) !== plain.test(char))).toEqual([]);
    },
  );

  it.each(['Straße', 'Øresund', 'Ωmega'])('"%s" keeps the u flag', (phrase) => {
    expect(phraseBody(phrase, false).unicode).toBe(true);
  });

  it('case-sensitive forms never need it', () => {
    expect(phraseBody('MÉXICO Ω', true).unicode).toBe(false);
  });
});

describe('loose patterns', () => {
  const phrases = [
    ...detectorData.names.flatMap((name) => name.forms),
    ...detectorData.detection.cues.flatMap((cue) => cue.terms),
    ...detectorData.detection.otherSenses.flatMap((sense) => [
      ...sense.terms,
      ...(sense.forms ?? []),
    ]),
  ];
  const MARKS = ['\u0301', '\u0308', '\u0345', 'ι', 'Ι', '\u1fbe'];
  const spaces = (n: number, space = ' ') => space.repeat(n);
  const separator = fc.oneof(
    fc.integer({ min: 0, max: 45 }).map((n) => spaces(n)),
    fc
      .tuple(
        fc.integer({ min: 0, max: 5 }),
        fc.constantFrom('-', '\u2010', '\u2011'),
        fc.integer({ min: 0, max: 5 }),
      )
      .map(([before, hyphen, after]) => spaces(before) + hyphen + spaces(after, '\u00a0')),
    fc.constantFrom('\n      ', '\u200b', ' - - ', '--', '\t', '\u3000', ' \u0301 ', '·'),
  );

  it('loosePattern cut by exactEnd ends where the exact pattern does (every pack phrase, marks and separators varied)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...phrases),
        fc.array(fc.array(fc.constantFrom(...MARKS), { maxLength: 4 }), { maxLength: 40 }),
        fc.array(separator, { maxLength: 6 }),
        fc.boolean(),
        fc.constantFrom('', ' ', 'x', 'é', '\u0301', 'ι'),
        (phrase, runs, separators, upper, tail) => {
          const cased = upper ? phrase.toUpperCase() : phrase;
          let word = 0;
          let char = 0;
          const text =
            cased
              .split(/[\s\u200b\-\u2010\u2011]+/)
              .map((part) => Array.from(part, (c) => c + (runs[char++] ?? []).join('')).join(''))
              .reduce((joined, part) => joined + (separators[word++] ?? ' ') + part) + tail;
          const { body, unicode } = phraseBody(phrase, false);
          const flags = unicode ? 'iuy' : 'iy';
          const exact = new RegExp(body, flags).exec(text);
          const loose = new RegExp(loosePattern(body), flags).exec(text);
          const end = loose ? exactEnd(text, 0, loose[0].length) : -1;
          expect(end).toBe(exact ? exact[0].length : -1);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('leaves bodies without accented letters or separators alone', () => {
    const { body } = phraseBody('MPP', false);
    expect(loosePattern(body)).toBe(body);
  });

  it('isSpace is [\\s\\u200b] on every BMP character', () => {
    const space = /^[\s\u200b]$/;
    expect(BMP.filter((char) => isSpace(char.charCodeAt(0)) !== space.test(char))).toEqual([]);
  });
});
